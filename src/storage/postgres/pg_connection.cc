// SqlConnection over libpqxx 6.4, and OpenPostgresDatabase.
#include <pqxx/pqxx>

#include <string>

#include "storage/postgres/postgres_database.h"
#include "storage/postgres/postgres_schema.h"
#include "storage/sql/sql_database.h"

namespace gongkai::storage {
namespace {

using sql::SqlFailure;
using sql::SqlParam;
using sql::SqlRows;

SqlFailure FailureOf(const std::string& sqlstate, const std::string& message) {
  if (sqlstate == "23503") return SqlFailure::kForeignKey;
  if (sqlstate == "23505") return SqlFailure::kUnique;
  if (sqlstate == "23514" || sqlstate == "23502") return SqlFailure::kCheck;
  if (message.find("append-only") != std::string::npos) return SqlFailure::kAppendOnly;
  return SqlFailure::kOther;
}

class PgConnection final : public sql::SqlConnection, private sql::SqlTx {
 public:
  explicit PgConnection(std::unique_ptr<pqxx::connection> c) : conn_(std::move(c)) {}

  sql::SqlDialect dialect() const override { return sql::SqlDialect::kPostgres; }

  // The outermost call owns the pqxx transaction; calls inside it (store
  // calls within Database::Transaction) each run in a SAVEPOINT of it, so a
  // failed inner call is rolled back to its savepoint, its error is returned
  // as is and the outer transaction stays usable. (Not pqxx::subtransaction:
  // in libpqxx 6.4 it issues its SAVEPOINT lazily on exec() but not on
  // exec_params(), so its statements would run unprotected.)
  Status Transact(sql::TxMode mode, const std::function<Status(sql::SqlTx&)>& body) override {
    if (tx_ != nullptr) return Nested(mode, body);
    try {
      outer_mode_ = mode;
      if (mode == sql::TxMode::kRead) {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn_);
        return Run(tx, body);
      }
      pqxx::work tx(*conn_);
      return Run(tx, body);
    } catch (const std::exception& e) {
      tx_ = nullptr;
      depth_ = 0;
      return Status::IoError(std::string("PostgreSQL 事务失败：") + Trimmed(e.what()));
    }
  }

 private:
  static std::string Trimmed(std::string m) {
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return m;
  }

  template <typename Tx>
  Status Run(Tx& tx, const std::function<Status(sql::SqlTx&)>& body) {
    tx_ = &tx;
    depth_ = 1;
    broken_ = false;
    Status st = Status::Ok();
    try {
      st = body(*this);
    } catch (...) {
      tx_ = nullptr;
      depth_ = 0;
      throw;
    }
    tx_ = nullptr;
    depth_ = 0;
    if (st.ok() && broken_) {
      st = Status::IoError("PostgreSQL 事务中回滚保存点失败，本次写入全部撤销，请重试");
    }
    if (!st.ok()) {
      tx.abort();
      return st;
    }
    try {
      tx.commit();
    } catch (const pqxx::in_doubt_error& e) {
      return Status::IoError(std::string("PostgreSQL 提交结果不明（连接中断），请核对后重试：") +
                             e.what());
    }
    return st;
  }

  Status Nested(sql::TxMode mode, const std::function<Status(sql::SqlTx&)>& body) {
    if (mode != sql::TxMode::kRead && outer_mode_ == sql::TxMode::kRead) {
      return Status::Internal("PostgreSQL 只读事务中不能写入");
    }
    // A read writes nothing to undo: no savepoint (two round trips fewer
    // per store call inside a use case). A statement that fails leaves the
    // transaction aborted, so the outer one must not commit.
    if (mode != sql::TxMode::kWrite) {
      Status st = body(*this);
      if (!st.ok() && failure_ != SqlFailure::kNone) broken_ = true;
      return st;
    }
    const std::string savepoint = "sp" + std::to_string(depth_);
    try {
      tx_->exec("SAVEPOINT " + savepoint);
    } catch (const std::exception& e) {
      return Status::IoError("PostgreSQL 建立保存点失败：" + Trimmed(e.what()));
    }
    ++depth_;
    Status st = Status::Ok();
    try {
      st = body(*this);
    } catch (...) {
      --depth_;
      throw;
    }
    --depth_;
    if (st.ok()) {
      try {
        tx_->exec("RELEASE SAVEPOINT " + savepoint);
        return st;
      } catch (const std::exception& e) {
        st = Status::IoError("PostgreSQL 释放保存点失败：" + Trimmed(e.what()));
      }
    }
    // Undo the body's writes (and clear an error state the failed statement
    // left); the outer transaction goes on. If even that fails, the outer
    // one must not commit.
    try {
      tx_->exec("ROLLBACK TO SAVEPOINT " + savepoint + "; RELEASE SAVEPOINT " + savepoint);
    } catch (const std::exception&) {
      broken_ = true;
    }
    return st;
  }

  Result<SqlRows> Exec(std::string_view text, const std::vector<SqlParam>& params) override {
    failure_ = SqlFailure::kNone;
    std::vector<std::string> storage;
    storage.reserve(params.size());
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const SqlParam& p : params) {
      switch (p.type) {
        case SqlParam::Type::kNull:
          values.push_back(nullptr);
          continue;
        case SqlParam::Type::kInt:
          storage.push_back(std::to_string(p.integer));
          break;
        case SqlParam::Type::kText:
          storage.push_back(p.text);
          break;
      }
      values.push_back(storage.back().c_str());
    }
    try {
      pqxx::result r = tx_->exec_params(std::string(text), pqxx::prepare::make_dynamic_params(values));
      SqlRows rows;
      rows.reserve(r.size());
      for (const pqxx::row& row : r) {
        sql::SqlRow out(row.size());
        for (pqxx::row::size_type c = 0; c < row.size(); ++c) {
          if (!row[c].is_null()) out[c] = std::string(row[c].c_str(), row[c].size());
        }
        rows.push_back(std::move(out));
      }
      return rows;
    } catch (const pqxx::sql_error& e) {
      return Error(e.sqlstate(), e.what(), text);
    } catch (const pqxx::transaction_rollback& e) {
      // libpqxx 6.4 throws deadlock_detected / serialization_failure as
      // plain failures, without the SQLSTATE.
      return Error("40001", e.what(), text);
    } catch (const std::exception& e) {
      return Error("", e.what(), text);
    }
  }

  Status ExecScript(std::string_view text) override {
    failure_ = SqlFailure::kNone;
    try {
      tx_->exec(std::string(text));
      return Status::Ok();
    } catch (const pqxx::sql_error& e) {
      return Error(e.sqlstate(), e.what(), text);
    } catch (const pqxx::transaction_rollback& e) {
      // libpqxx 6.4 throws deadlock_detected / serialization_failure as
      // plain failures, without the SQLSTATE.
      return Error("40001", e.what(), text);
    } catch (const std::exception& e) {
      return Error("", e.what(), text);
    }
  }

  SqlFailure last_failure() const override { return failure_; }

  Status Error(const std::string& sqlstate, std::string message, std::string_view text) {
    failure_ = FailureOf(sqlstate, message);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    // Deadlock or serialization failure: nothing was written; the use case
    // may run again (service retries once).
    if (sqlstate == "40P01" || sqlstate == "40001") {
      return Status::Conflict("PostgreSQL 检测到并发写入冲突，本次写入已撤销：" + message);
    }
    if (sqlstate.rfind("23", 0) == 0 || failure_ == SqlFailure::kAppendOnly) {
      return Status::InvalidInput("PostgreSQL 拒绝写入（违反约束）：" + message);
    }
    if (sqlstate == "42P01") {
      return Status::NotFound("PostgreSQL 数据库尚未初始化，请先运行 gongkai db migrate（" +
                              message + "）");
    }
    return Status::IoError("PostgreSQL 出错：" + message + "；语句：" +
                           std::string(text.substr(0, 120)));
  }

  std::unique_ptr<pqxx::connection> conn_;
  pqxx::dbtransaction* tx_ = nullptr;  // the open transaction
  int depth_ = 0;  // 0: none; 1: the outermost; n: inside savepoint sp(n-1)
  sql::TxMode outer_mode_ = sql::TxMode::kRead;
  bool broken_ = false;  // a savepoint could not be rolled back
  SqlFailure failure_ = SqlFailure::kNone;
};

}  // namespace

Result<std::unique_ptr<service::Database>> OpenPostgresDatabase(const std::string& conninfo,
                                                               const OpenOptions& options) {
  std::unique_ptr<pqxx::connection> c;
  try {
    c = std::make_unique<pqxx::connection>(conninfo);
    pqxx::nontransaction setup(*c);
    setup.exec("SET DateStyle = ISO, YMD; SET client_min_messages = warning");
  } catch (const std::exception& e) {
    std::string m = e.what();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return Status::IoError("无法连接 PostgreSQL：" + m);
  }
  return sql::NewSqlDatabase(std::make_unique<PgConnection>(std::move(c)),
                             sql::LimitMigrations(PostgresMigrations(), options.schema_limit),
                             options.tokenizer);
}

}  // namespace gongkai::storage
