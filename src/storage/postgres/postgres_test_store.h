// Internal to the PostgreSQL tests: each test gets its own schema in the
// server named by GONGKAI_TEST_PG (set by ctest's gongkai_pg fixture, which
// runs tools/pg-test-server); without it the tests skip.
#pragma once

#include <memory>
#include <string>

#include "storage/postgres/postgres_database.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/test_tokenizer.h"

namespace gongkai::storage::testing {

class PostgresStore final : public TestStore {
 public:
  PostgresStore(std::string conninfo, std::string schema)
      : conninfo_(std::move(conninfo)), schema_(std::move(schema)) {}
  ~PostgresStore() override;  // drops the schema
  Result<std::unique_ptr<service::Database>> Open() override { return OpenPostgresDatabase(url(), SuiteOptions()); }
  Result<std::unique_ptr<service::Database>> Open(const OpenOptions& options) {
    return OpenPostgresDatabase(url(), options);
  }
  // The server's URL with the test's schema first on the search_path, as
  // `user` (default: the URL's).
  std::string url(const std::string& user = "") const {
    std::string base = conninfo_;
    if (!user.empty()) base.replace(base.find("postgres@"), 9, user + "@");
    const char* sep = base.find('?') == std::string::npos ? "?" : "&";
    return base + sep + "options=-csearch_path%3D" + schema_;
  }
  const std::string& server() const { return conninfo_; }
  const std::string& schema() const { return schema_; }

 private:
  std::string conninfo_;
  std::string schema_;
};

// A store in a new schema of GONGKAI_TEST_PG, or null with `skip` saying why.
std::unique_ptr<PostgresStore> MakePostgresStore(std::string& skip);

}  // namespace gongkai::storage::testing
