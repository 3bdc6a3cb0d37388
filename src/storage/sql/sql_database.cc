// service::Database over SqlConnection: migrations and the stores.
#include "storage/sql/sql_database.h"

#include <functional>
#include <string>
#include <utility>

#include "storage/codes.h"
#include "storage/sql/sql_message_store.h"
#include "storage/sql/sql_publication_store.h"
#include "storage/sql/sql_stores.h"
#include "storage/sql/sql_report_store.h"
#include "storage/sql/sql_web_stores.h"

namespace gongkai::storage::sql {
namespace {

constexpr const char* kMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

class SqlDatabase final : public service::Database {
 public:
  SqlDatabase(std::unique_ptr<SqlConnection> c, std::vector<Migration> migrations,
              const service::TextTokenizer* tokenizer)
      : c_(std::move(c)),
        migrations_(std::move(migrations)),
        agencies_(*c_),
        applicants_(*c_),
        applications_(*c_),
        appeals_(*c_),
        locks_(*c_),
        publications_(*c_, tokenizer),
        stats_(*c_),
        messages_(*c_),
        requests_(*c_),
        guards_(*c_),
        reports_(*c_) {}

  Status Migrate() override {
    int previous = 0;
    for (const Migration& m : migrations_) {
      if (m.version <= previous) {
        return Status::Internal("迁移版本号必须递增：" + std::to_string(m.version) + " 排在 " +
                                std::to_string(previous) + " 之后");
      }
      previous = m.version;
      Status st = c_->Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
        if (c_->dialect() == SqlDialect::kPostgres) {
          // Two processes migrating at once apply each migration once.
          Result<SqlRows> lock = tx.Exec("SELECT pg_advisory_xact_lock(7273030101)");
          if (!lock.ok()) return lock.status();
        }
        Status made = tx.ExecScript(kMigrationsTable);
        if (!made.ok()) return made;
        Result<SqlRows> done =
            tx.Exec("SELECT COUNT(*) FROM schema_migrations WHERE version = $1",
                    {SqlParam::Int(m.version)});
        if (!done.ok()) return done.status();
        if (ToText(done->at(0).at(0)) != "0") return Status::Ok();  // already applied
        Status applied = tx.ExecScript(m.sql);
        if (!applied.ok()) return applied;
        Result<SqlRows> recorded = tx.Exec(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            {SqlParam::Int(m.version), SqlParam::Text(m.name), SqlParam::Text(UtcNow())});
        return recorded.status();
      });
      if (!st.ok()) {
        return st.WithContext("数据库迁移 " + std::to_string(m.version) + "（" + m.name + "）失败");
      }
    }
    return Status::Ok();
  }

  Result<int> SchemaVersion() override {
    int version = 0;
    Status st = c_->Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
      const char* exists =
          c_->dialect() == SqlDialect::kSqlite
              ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                "'schema_migrations'"
              : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                "'schema_migrations' AND table_schema = current_schema()";
      Result<SqlRows> has = tx.Exec(exists);
      if (!has.ok()) return has.status();
      if (ToText(has->at(0).at(0)) == "0") return Status::Ok();
      Result<SqlRows> max = tx.Exec("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
      if (!max.ok()) return max.status();
      Result<int64_t> v = ToInt(max->at(0).at(0), "schema_migrations.version");
      if (!v.ok()) return v.status();
      version = static_cast<int>(*v);
      return Status::Ok();
    });
    if (!st.ok()) return st;
    return version;
  }

  int LatestSchemaVersion() const override {
    return migrations_.empty() ? 0 : migrations_.back().version;
  }

  // The store calls inside nest in it as savepoints (SqlConnection::Transact).
  Status Transaction(const std::function<Status()>& body) override {
    return c_->Transact(TxMode::kWrite, [&](SqlTx&) { return body(); });
  }

  Status Snapshot(const std::function<Status()>& body) override {
    return c_->Transact(TxMode::kRead, [&](SqlTx&) { return body(); });
  }

  service::AgencyStore& agencies() override { return agencies_; }
  service::ApplicantStore& applicants() override { return applicants_; }
  service::ApplicationStore& applications() override { return applications_; }
  service::AppealStore& appeals() override { return appeals_; }
  service::ReportLockStore& locks() override { return locks_; }
  service::PublicationStore& publications() override { return publications_; }
  service::StatsStore& stats() override { return stats_; }
  service::MessageStore& messages() override { return messages_; }
  service::ApplicationRequestStore& requests() override { return requests_; }
  service::FormGuardStore& guards() override { return guards_; }
  service::PublishedReportStore& reports() override { return reports_; }

 private:
  std::unique_ptr<SqlConnection> c_;
  std::vector<Migration> migrations_;
  SqlAgencyStore agencies_;
  SqlApplicantStore applicants_;
  SqlApplicationStore applications_;
  SqlAppealStore appeals_;
  SqlReportLockStore locks_;
  SqlPublicationStore publications_;
  SqlStatsStore stats_;
  SqlMessageStore messages_;
  SqlApplicationRequestStore requests_;
  SqlFormGuardStore guards_;
  SqlPublishedReportStore reports_;
};

}  // namespace

std::vector<Migration> LimitMigrations(std::vector<Migration> migrations, int limit) {
  if (limit > 0) {
    std::erase_if(migrations, [limit](const Migration& m) { return m.version > limit; });
  }
  return migrations;
}

std::unique_ptr<service::Database> NewSqlDatabase(std::unique_ptr<SqlConnection> connection,
                                                  std::vector<Migration> migrations,
                                                  const service::TextTokenizer* tokenizer) {
  return std::make_unique<SqlDatabase>(std::move(connection), std::move(migrations), tokenizer);
}

Status RequireRow(SqlTx& tx, const char* table, int64_t id, const char* what) {
  Result<SqlRows> rows =
      tx.Exec(std::string("SELECT 1 FROM ") + table + " WHERE id = $1", {SqlParam::Int(id)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound(std::string(what) + " " + std::to_string(id) + " 不存在");
  return Status::Ok();
}

Result<std::vector<int>> LockedYearsIn(SqlTx& tx, int64_t agency_id) {
  Result<SqlRows> rows = tx.Exec(
      "SELECT year FROM report_locks WHERE agency_id = $1 AND locked = 1 ORDER BY year",
      {SqlParam::Int(agency_id)});
  if (!rows.ok()) return rows.status();
  std::vector<int> years;
  for (const SqlRow& r : *rows) {
    Result<int64_t> y = ToInt(r[0], "report_locks.year");
    if (!y.ok()) return y.status();
    years.push_back(static_cast<int>(*y));
  }
  return years;
}

}  // namespace gongkai::storage::sql
