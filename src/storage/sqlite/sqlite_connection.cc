// SqlConnection over the sqlite3 C API, and OpenSqliteDatabase.
#include <sqlite3.h>

#include <cctype>
#include <filesystem>
#include <chrono>
#include <random>
#include <thread>
#include <string>
#include <unordered_map>

#include "storage/sql/sql_database.h"
#include "storage/sqlite/fts5_tokenizer.h"
#include "storage/sqlite/sqlite_database.h"
#include "storage/sqlite/sqlite_schema.h"

namespace gongkai::storage {
namespace {

using sql::SqlFailure;
using sql::SqlParam;
using sql::SqlRows;

// "$1" → "?1": SQLite numbers ?NNN parameters like PostgreSQL's $NNN.
std::string ToSqlitePlaceholders(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '$' && std::isdigit(static_cast<unsigned char>(out[i + 1]))) out[i] = '?';
  }
  return out;
}

SqlFailure FailureOf(int extended_code) {
  switch (extended_code) {
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return SqlFailure::kForeignKey;
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return SqlFailure::kUnique;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      return SqlFailure::kCheck;
    case SQLITE_CONSTRAINT_TRIGGER:
      return SqlFailure::kAppendOnly;
    default:
      return SqlFailure::kOther;
  }
}

class SqliteConnection final : public sql::SqlConnection, private sql::SqlTx {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [text, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  sql::SqlDialect dialect() const override { return sql::SqlDialect::kSqlite; }

  // The outermost call owns the SQLite transaction; calls inside it (store
  // calls within Database::Transaction) each run in a savepoint, so a failed
  // inner call leaves nothing and the outer transaction goes on.
  Status Transact(sql::TxMode mode, const std::function<Status(sql::SqlTx&)>& body) override {
    if (depth_ > 0) return Nested(mode, body);
    Status begin = ExecScript(mode == sql::TxMode::kRead ? "BEGIN" : "BEGIN IMMEDIATE");
    if (!begin.ok()) return begin;
    outer_mode_ = mode;
    broken_ = false;
    depth_ = 1;
    Status st = body(*this);
    depth_ = 0;
    // SQLite rolls a whole transaction back by itself after some errors
    // (disk full, I/O); an inner call that failed so must not be committed
    // around as if only it were lost.
    if (st.ok() && (broken_ || sqlite3_get_autocommit(db_))) {
      st = Status::IoError("SQLite 数据库 " + path_ + " 的事务已被中止，本次写入全部撤销，请重试");
    }
    if (st.ok()) {
      Status commit = ExecScript("COMMIT");
      if (commit.ok()) return st;
      st = commit;
    }
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return st;
  }

  Status Open() {
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_handler(db_, &SqliteConnection::OnBusy, this);
    // synchronous=FULL with WAL: a committed transaction is on disk before
    // COMMIT returns, so an acknowledged event survives SIGKILL or power loss.
    Status st = ExecScript(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    if (!st.ok()) return st;
    Result<SqlRows> fk = Exec("PRAGMA foreign_keys", {});
    if (!fk.ok()) return fk.status();
    if (fk->empty() || fk->at(0).at(0) != "1") {
      return Status::Unsupported("此 SQLite 版本不支持外键约束（foreign_keys）");
    }
    return Status::Ok();
  }

 private:
  Result<SqlRows> Exec(std::string_view text, const std::vector<SqlParam>& params) override {
    failure_ = SqlFailure::kNone;
    std::string key(text);
    sqlite3_stmt* stmt = nullptr;
    auto it = cache_.find(key);
    if (it != cache_.end()) {
      stmt = it->second;
    } else {
      const std::string rewritten = ToSqlitePlaceholders(text);
      int rc = sqlite3_prepare_v3(db_, rewritten.c_str(), static_cast<int>(rewritten.size()),
                                  SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) return Error(rc, text);
      cache_.emplace(key, stmt);
    }
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      const SqlParam& p = params[i];
      int rc = SQLITE_OK;
      switch (p.type) {
        case SqlParam::Type::kNull:
          rc = sqlite3_bind_null(stmt, index);
          break;
        case SqlParam::Type::kInt:
          rc = sqlite3_bind_int64(stmt, index, p.integer);
          break;
        case SqlParam::Type::kText:
          rc = sqlite3_bind_text(stmt, index, p.text.data(), static_cast<int>(p.text.size()),
                                 SQLITE_TRANSIENT);
          break;
      }
      if (rc != SQLITE_OK) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return Error(rc, text);
      }
    }
    SqlRows rows;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      const int n = sqlite3_column_count(stmt);
      sql::SqlRow row(n);
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) continue;
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        row[c] = std::string(bytes, sqlite3_column_bytes(stmt, c));
      }
      rows.push_back(std::move(row));
    }
    Result<SqlRows> out = rc == SQLITE_DONE ? Result<SqlRows>(std::move(rows)) : Error(rc, text);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return out;
  }

  Status ExecScript(std::string_view text) override {
    failure_ = SqlFailure::kNone;
    const std::string s(text);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return Status::Ok();
    std::string m = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return ErrorStatus(sqlite3_extended_errcode(db_), m, text);
  }

  SqlFailure last_failure() const override { return failure_; }

  Status Error(int rc, std::string_view text) {
    (void)rc;
    return ErrorStatus(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_), text);
  }

  Status ErrorStatus(int extended, const std::string& message, std::string_view text) {
    failure_ = FailureOf(extended);
    const std::string where = "SQLite 数据库 " + path_;
    if ((extended & 0xff) == SQLITE_BUSY || (extended & 0xff) == SQLITE_LOCKED) {
      return Status::IoError(where + " 正被其他进程长时间占用，请稍后重试（" + message + "）");
    }
    if ((extended & 0xff) == SQLITE_CONSTRAINT) {
      return Status::InvalidInput(where + " 拒绝写入（违反约束）：" + message);
    }
    if (message.find("no such table") != std::string::npos) {
      return Status::NotFound(where + " 尚未初始化，请先运行 gongkai db migrate（" + message + "）");
    }
    return Status::IoError(where + " 出错：" + message + "；语句：" + std::string(text.substr(0, 120)));
  }

  Status Nested(sql::TxMode mode, const std::function<Status(sql::SqlTx&)>& body) {
    if (mode != sql::TxMode::kRead && outer_mode_ == sql::TxMode::kRead) {
      return Status::Internal("SQLite 只读事务中不能写入");
    }
    // A read writes nothing to undo: no savepoint.
    if (mode != sql::TxMode::kWrite) return body(*this);
    const std::string savepoint = "sp" + std::to_string(depth_);
    Status begin = ExecScript("SAVEPOINT " + savepoint);
    if (!begin.ok()) return begin;
    ++depth_;
    Status st = body(*this);
    --depth_;
    if (st.ok()) {
      Status release = ExecScript("RELEASE " + savepoint);
      if (release.ok()) return st;
      st = release;
    }
    // Undo what the body wrote and drop the savepoint; the outer transaction
    // stays open. If even that fails, the outer transaction cannot commit
    // what it meant to, so the error is kept for it to see.
    const std::string undo = "ROLLBACK TO " + savepoint + "; RELEASE " + savepoint;
    if (sqlite3_exec(db_, undo.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      broken_ = true;
    }
    return st;
  }

  // Waiting for another process's write lock: poll every 0.2–1 ms (random,
  // so that waiting writers do not wake in step) for up to 10 s. SQLite's
  // own busy timeout backs off to 100 ms sleeps, and a writer that keeps
  // losing the race then waits seconds while the others go on.
  static int OnBusy(void* self, int count) {
    auto* c = static_cast<SqliteConnection*>(self);
    const auto now = std::chrono::steady_clock::now();
    if (count == 0) c->busy_since_ = now;
    if (now - c->busy_since_ > std::chrono::seconds(10)) return 0;
    std::uniform_int_distribution<int> micros(200, 1000);
    std::this_thread::sleep_for(std::chrono::microseconds(micros(c->jitter_)));
    return 1;
  }

  sqlite3* db_;
  std::string path_;
  std::chrono::steady_clock::time_point busy_since_;
  std::minstd_rand jitter_{std::random_device{}()};
  int depth_ = 0;  // 0: no transaction; 1: the outermost; n: inside savepoint sp(n-1)
  sql::TxMode outer_mode_ = sql::TxMode::kRead;
  bool broken_ = false;
  SqlFailure failure_ = SqlFailure::kNone;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<service::Database>> OpenSqliteDatabase(const std::string& path,
                                                             const OpenOptions& options) {
  // An empty file is no database yet: do not turn it into one unasked.
  std::error_code ec;
  if (!options.create && std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0) {
    return Status::NotFound("SQLite 数据库文件 " + path + " 是空文件，尚未初始化");
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    if (!options.create && (rc & 0xff) == SQLITE_CANTOPEN) {
      return Status::NotFound("SQLite 数据库文件 " + path + " 不存在");
    }
    return Status::IoError("无法打开 SQLite 数据库 " + path + "：" + message);
  }
  auto connection = std::make_unique<SqliteConnection>(db, path);
  Status st = connection->Open();
  if (!st.ok()) return st;
  st = RegisterFts5Tokenizer(db, options.tokenizer);
  if (!st.ok()) return st;
  return sql::NewSqlDatabase(std::move(connection),
                             sql::LimitMigrations(SqliteMigrations(), options.schema_limit),
                             options.tokenizer);
}

}  // namespace gongkai::storage
