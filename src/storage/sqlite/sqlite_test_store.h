// Internal to the SQLite tests: a database file in a fresh temp directory,
// and statements run on a raw connection of its own (to see or damage what
// the adapter wrote).
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

#include "storage/sqlite/sqlite_database.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/test_tokenizer.h"

namespace gongkai::storage::testing {

class SqliteStore final : public TestStore {
 public:
  SqliteStore() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("gongkai-sqlite-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
  }
  ~SqliteStore() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  Result<std::unique_ptr<service::Database>> Open() override { return OpenSqliteDatabase(path(), SuiteOptions()); }
  Result<std::unique_ptr<service::Database>> Open(const OpenOptions& options) {
    return OpenSqliteDatabase(path(), options);
  }
  std::string path() const { return (dir_ / "gongkai.db").string(); }

 private:
  std::filesystem::path dir_;
};

// Runs `sql` (one statement) on its own raw connection; returns the first
// cell or "error: …".
std::string Raw(const std::string& path, const std::string& sql);
// Runs several statements; "" or "error: …".
std::string RawScript(const std::string& path, const std::string& sql);

}  // namespace gongkai::storage::testing
