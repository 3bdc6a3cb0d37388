// The engines of report_tables_bench: bulk load and hand-written queries
// over the sqlite3 C API, and over libpq (COPY) / libpqxx.
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <pqxx/pqxx>

#include "bench/report_tables_data.h"

namespace gongkai::bench {
namespace {

const char* AppealOutcomeCode(domain::AppealOutcome o) { return domain::AppealOutcomeName(o); }

// ---- SQLite ---------------------------------------------------------------

class SqliteEngine final : public Engine {
 public:
  explicit SqliteEngine(int64_t n) {
    const char* tmp = std::getenv("TMPDIR");
    path_ = std::string(tmp && *tmp ? tmp : "/tmp") + "/gongkai-bench-" + std::to_string(n) +
            "-" + std::to_string(getpid()) + ".sqlite";
    Drop();
  }
  ~SqliteEngine() override {
    if (raw_) sqlite3_close_v2(raw_);
  }
  const char* name() const override { return "SQLite"; }
  std::string url() const override { return "sqlite:" + path_; }

  void Load(const Generator& g, int64_t n, const std::vector<int64_t>& agency_ids,
            const DateText& dates) override {
    sqlite3* db = Open();
    // Loading only: no journal, no fsync, a large cache for the indexes.
    Exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
             "PRAGMA cache_size = -2000000; BEGIN");
    sqlite3_stmt* s = Prepare(db, "INSERT INTO applicants (id, kind) VALUES (?1, ?2)");
    for (int64_t id = 1; id <= g.applicants(); ++id) {
      sqlite3_bind_int64(s, 1, id);
      sqlite3_bind_int(s, 2, Generator::ApplicantKind(id));
      Step(db, s);
    }
    sqlite3_finalize(s);
    s = Prepare(db,
                "INSERT INTO applications (id, agency_id, applicant_id, applicant_kind, channel, "
                "subject, query_code, submitted_on, state, received_on, due_on, closed_on, "
                "outcome, outcome_row, last_seq) VALUES (?1, ?2, ?3, ?4, ?5, "
                "'关于本单位政府信息的公开申请', ?6, ?7, ?8, ?7, ?9, ?10, ?11, ?12, 0)");
    char code[32];
    for (int64_t id = 1; id <= n; ++id) {
      const GenApplication a = g.Application(id);
      std::snprintf(code, sizeof code, "GK%010" PRId64, id);
      sqlite3_bind_int64(s, 1, id);
      sqlite3_bind_int64(s, 2, agency_ids[a.agency]);
      sqlite3_bind_int64(s, 3, a.applicant_id);
      sqlite3_bind_int(s, 4, a.kind);
      sqlite3_bind_text(s, 5, a.channel, -1, SQLITE_STATIC);
      sqlite3_bind_text(s, 6, code, -1, SQLITE_TRANSIENT);
      BindText(s, 7, dates(a.received));
      sqlite3_bind_text(s, 8, a.closed >= 0 ? "closed" : "in_progress", -1, SQLITE_STATIC);
      BindText(s, 9, dates(a.received + 28));
      if (a.closed >= 0) {
        const auto t = static_cast<law::ReplyType>(a.outcome);
        BindText(s, 10, dates(a.closed));
        sqlite3_bind_text(s, 11, law::ReplyTypeName(t), -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 12, law::Table3Row(t));
      } else {
        for (int i = 10; i <= 12; ++i) sqlite3_bind_null(s, i);
      }
      Step(db, s);
    }
    sqlite3_finalize(s);
    s = Prepare(db,
                "INSERT INTO appeals (agency_id, application_id, kind, case_number, filed_on, "
                "decided_on, outcome, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '')");
    for (int64_t j = 1; j <= g.appeals(); ++j) {
      const GenAppeal p = g.Appeal(j);
      const std::string number = "复〔" + std::to_string(j) + "〕号";
      sqlite3_bind_int64(s, 1, agency_ids[p.agency]);
      sqlite3_bind_int64(s, 2, p.application_id);
      sqlite3_bind_text(s, 3, domain::AppealKindName(p.kind), -1, SQLITE_STATIC);
      sqlite3_bind_text(s, 4, number.c_str(), -1, SQLITE_TRANSIENT);
      BindText(s, 5, dates(p.filed));
      if (p.decided >= 0) {
        BindText(s, 6, dates(p.decided));
        sqlite3_bind_text(s, 7, AppealOutcomeCode(p.outcome), -1, SQLITE_STATIC);
      } else {
        sqlite3_bind_null(s, 6);
        sqlite3_bind_null(s, 7);
      }
      Step(db, s);
    }
    sqlite3_finalize(s);
    Exec(db, "COMMIT; ANALYZE; PRAGMA journal_mode = WAL");
    sqlite3_close_v2(db);
  }

  service::Table3Grid RawTable3(const std::string& ids, int year) override {
    service::Table3Grid grid{};
    Query(RawTable3Sql(ids, Lit(year, "01-01"), Lit(year, "12-31")), [&](sqlite3_stmt* s) {
      int64_t v[6];
      for (int i = 0; i < 6; ++i) v[i] = sqlite3_column_int64(s, i);
      AddTable3Row(grid, v);
    });
    service::CompleteTable3Totals(grid);
    return grid;
  }

  service::Table4Counts RawTable4(const std::string& ids, int year) override {
    service::Table4Counts counts{};
    Query(RawTable4Sql(ids, Lit(year, "01-01"), Lit(year, "12-31")), [&](sqlite3_stmt* s) {
      counts[sqlite3_column_int(s, 0) * service::kTable4BlockWidth + sqlite3_column_int(s, 1)] +=
          sqlite3_column_int64(s, 2);
    });
    service::CompleteTable4Totals(counts);
    return counts;
  }

  void Drop() override {
    if (raw_) sqlite3_close_v2(raw_);
    raw_ = nullptr;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::remove((path_ + suffix).c_str());
    }
  }

 private:
  static std::string Lit(int year, const char* mmdd) {
    return "'" + std::to_string(year) + "-" + mmdd + "'";
  }
  sqlite3* Open() {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      Die("cannot open " + path_);
    }
    return db;
  }
  static void Exec(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      Die(std::string("SQLite: ") + (message ? message : "?") + " in " + sql);
    }
  }
  static sqlite3_stmt* Prepare(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      Die(std::string("SQLite: ") + sqlite3_errmsg(db) + " in " + sql);
    }
    return s;
  }
  static void BindText(sqlite3_stmt* s, int i, const std::string& text) {
    sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  }
  static void Step(sqlite3* db, sqlite3_stmt* s) {
    if (sqlite3_step(s) != SQLITE_DONE) Die(std::string("SQLite insert: ") + sqlite3_errmsg(db));
    sqlite3_reset(s);
  }
  // Runs `sql` on the raw connection (opened once, like the store's).
  void Query(const std::string& sql, const std::function<void(sqlite3_stmt*)>& row) {
    if (!raw_) raw_ = Open();
    sqlite3_stmt* s = Prepare(raw_, sql);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) row(s);
    if (rc != SQLITE_DONE) Die(std::string("SQLite query: ") + sqlite3_errmsg(raw_));
    sqlite3_finalize(s);
  }

  std::string path_;
  sqlite3* raw_ = nullptr;
};

// ---- PostgreSQL -----------------------------------------------------------

class PgEngine final : public Engine {
 public:
  PgEngine(std::string server_url, int64_t n)
      : server_(std::move(server_url)),
        db_name_("gongkai_bench_" + std::to_string(n) + "_" + std::to_string(getpid())) {
    Admin("DROP DATABASE IF EXISTS " + db_name_);
    Admin("CREATE DATABASE " + db_name_);
  }
  const char* name() const override { return "PostgreSQL"; }
  // libpq takes a later dbname= over the one in the URI's path.
  std::string url() const override {
    return server_ + (server_.find('?') == std::string::npos ? "?" : "&") + "dbname=" + db_name_;
  }

  void Load(const Generator& g, int64_t n, const std::vector<int64_t>& agency_ids,
            const DateText& dates) override {
    PGconn* c = PQconnectdb(url().c_str());
    if (PQstatus(c) != CONNECTION_OK) Die(std::string("PostgreSQL: ") + PQerrorMessage(c));
    Run(c, "BEGIN");
    std::string buf;
    Copy(c, "COPY applicants (id, kind) FROM STDIN", [&](const std::function<void()>& flush) {
      for (int64_t id = 1; id <= g.applicants(); ++id) {
        buf += std::to_string(id) + '\t' + std::to_string(Generator::ApplicantKind(id)) + '\n';
        flush();
      }
    }, buf);
    // Bulk path: the per-row trigger that keeps application_year_counts
    // (storage migration 2) is off during COPY and the counts are rebuilt in
    // one statement, as that migration builds them. (Ten million updates of
    // a few hundred counter rows in one PostgreSQL transaction would walk
    // ever longer version chains.) SQLite keeps its triggers on.
    Run(c, "ALTER TABLE applications DISABLE TRIGGER application_year_counts_insert_delete");
    Copy(c,
         "COPY applications (id, agency_id, applicant_id, applicant_kind, channel, subject, "
         "query_code, submitted_on, state, received_on, due_on, closed_on, outcome, "
         "outcome_row, last_seq) FROM STDIN",
         [&](const std::function<void()>& flush) {
           char code[32];
           for (int64_t id = 1; id <= n; ++id) {
             const GenApplication a = g.Application(id);
             std::snprintf(code, sizeof code, "GK%010" PRId64, id);
             buf += std::to_string(id) + '\t' + std::to_string(agency_ids[a.agency]) + '\t' +
                    std::to_string(a.applicant_id) + '\t' + std::to_string(a.kind) + '\t' +
                    a.channel + "\t关于本单位政府信息的公开申请\t" + code + '\t' +
                    dates(a.received) + '\t' + (a.closed >= 0 ? "closed" : "in_progress") +
                    '\t' + dates(a.received) + '\t' + dates(a.received + 28) + '\t';
             if (a.closed >= 0) {
               const auto t = static_cast<law::ReplyType>(a.outcome);
               buf += dates(a.closed) + '\t' + law::ReplyTypeName(t) + '\t' +
                      std::to_string(law::Table3Row(t));
             } else {
               buf += "\\N\t\\N\t\\N";
             }
             buf += "\t0\n";
             flush();
           }
         },
         buf);
    Run(c,
        "INSERT INTO application_year_counts SELECT agency_id, applicant_kind, "
        "EXTRACT(YEAR FROM received_on)::int, COALESCE(EXTRACT(YEAR FROM closed_on)::int, 0), "
        "COALESCE(outcome_row, 0), COUNT(*) FROM applications WHERE received_on IS NOT NULL "
        "GROUP BY 1, 2, 3, 4, 5");
    Run(c, "ALTER TABLE applications ENABLE TRIGGER application_year_counts_insert_delete");
    Copy(c,
         "COPY appeals (agency_id, application_id, kind, case_number, filed_on, decided_on, "
         "outcome, note) FROM STDIN",
         [&](const std::function<void()>& flush) {
           for (int64_t j = 1; j <= g.appeals(); ++j) {
             const GenAppeal p = g.Appeal(j);
             buf += std::to_string(agency_ids[p.agency]) + '\t' +
                    std::to_string(p.application_id) + '\t' + domain::AppealKindName(p.kind) +
                    "\t复〔" + std::to_string(j) + "〕号\t" + dates(p.filed) + '\t' +
                    (p.decided >= 0 ? dates(p.decided) + '\t' + AppealOutcomeCode(p.outcome)
                                    : std::string("\\N\t\\N")) +
                    "\t\n";
             flush();
           }
         },
         buf);
    Run(c, "COMMIT");
    Run(c, "VACUUM ANALYZE");  // statistics and the visibility map (index-only scans)
    PQfinish(c);
  }

  service::Table3Grid RawTable3(const std::string& ids, int year) override {
    service::Table3Grid grid{};
    for (const pqxx::row& r : Raw().exec(RawTable3Sql(ids, Lit(year, "01-01"), Lit(year, "12-31")))) {
      int64_t v[6];
      for (int i = 0; i < 6; ++i) v[i] = r[i].as<int64_t>();
      AddTable3Row(grid, v);
    }
    service::CompleteTable3Totals(grid);
    return grid;
  }

  service::Table4Counts RawTable4(const std::string& ids, int year) override {
    service::Table4Counts counts{};
    for (const pqxx::row& r : Raw().exec(RawTable4Sql(ids, Lit(year, "01-01"), Lit(year, "12-31")))) {
      counts[r[0].as<int>() * service::kTable4BlockWidth + r[1].as<int>()] += r[2].as<int64_t>();
    }
    service::CompleteTable4Totals(counts);
    return counts;
  }

  void Drop() override {
    raw_.reset();
    raw_conn_.reset();
    Admin("DROP DATABASE IF EXISTS " + db_name_);
  }

 private:
  static std::string Lit(int year, const char* mmdd) {
    return "DATE '" + std::to_string(year) + "-" + mmdd + "'";
  }
  void Admin(const std::string& sql) {
    try {
      pqxx::connection c(server_);
      pqxx::nontransaction t(c);
      t.exec(sql);
    } catch (const std::exception& e) {
      Die(std::string("PostgreSQL: ") + e.what());
    }
  }
  pqxx::nontransaction& Raw() {
    if (!raw_) {
      raw_conn_ = std::make_unique<pqxx::connection>(url());
      raw_ = std::make_unique<pqxx::nontransaction>(*raw_conn_);
    }
    return *raw_;
  }
  static void Run(PGconn* c, const char* sql) {
    PGresult* r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      Die(std::string("PostgreSQL: ") + PQerrorMessage(c) + " in " + sql);
    }
    PQclear(r);
  }
  // COPY … FROM STDIN, `rows` appending text lines to `buf` and calling
  // flush() after each (which sends the buffer once it is large).
  static void Copy(PGconn* c, const char* sql,
                   const std::function<void(const std::function<void()>&)>& rows,
                   std::string& buf) {
    PGresult* r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COPY_IN) Die(std::string("PostgreSQL: ") + PQerrorMessage(c));
    PQclear(r);
    auto send = [&] {
      if (PQputCopyData(c, buf.data(), static_cast<int>(buf.size())) != 1) {
        Die(std::string("PostgreSQL COPY: ") + PQerrorMessage(c));
      }
      buf.clear();
    };
    rows([&] {
      if (buf.size() > (1 << 20)) send();
    });
    if (!buf.empty()) send();
    if (PQputCopyEnd(c, nullptr) != 1) Die(std::string("PostgreSQL COPY: ") + PQerrorMessage(c));
    r = PQgetResult(c);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      Die(std::string("PostgreSQL COPY: ") + PQerrorMessage(c));
    }
    PQclear(r);
    while ((r = PQgetResult(c)) != nullptr) PQclear(r);
  }

  std::string server_;
  std::string db_name_;
  std::unique_ptr<pqxx::connection> raw_conn_;
  std::unique_ptr<pqxx::nontransaction> raw_;
};

}  // namespace

std::unique_ptr<Engine> NewSqliteEngine(int64_t n) { return std::make_unique<SqliteEngine>(n); }
std::unique_ptr<Engine> NewPgEngine(const std::string& server_url, int64_t n) {
  return std::make_unique<PgEngine>(server_url, n);
}

}  // namespace gongkai::bench
