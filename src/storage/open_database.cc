#include "storage/open_database.h"

#include "storage/memory/memory_database.h"
#include "storage/postgres/postgres_database.h"
#include "storage/sqlite/sqlite_database.h"

namespace gongkai::storage {
namespace {

bool StartsWith(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

Result<std::unique_ptr<service::Database>> OpenDatabase(const std::string& url,
                                                     const OpenOptions& options) {
  if (url.empty()) {
    return Status::InvalidInput(
        "未指定数据库：应为 SQLite 文件路径、sqlite:路径、postgresql://… 或 memory:");
  }
  if (url == "memory:") return NewMemoryDatabase(options.tokenizer);
  if (StartsWith(url, "postgresql://") || StartsWith(url, "postgres://")) {
    return OpenPostgresDatabase(url, options);
  }
  if (StartsWith(url, "pg:")) return OpenPostgresDatabase(url.substr(3), options);
  if (StartsWith(url, "sqlite:")) return OpenSqliteDatabase(url.substr(7), options);
  return OpenSqliteDatabase(url, options);
}

}  // namespace gongkai::storage
