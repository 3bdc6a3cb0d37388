// Events recorded per second by concurrent writers (issue 6, item 10): N
// separate processes, each with its own connection, record events through
// service::CaseService::Record — one transaction each: the application read
// for update, its whole log replayed through the law clock, the event and
// the summary written — on the same set of applications, for a fixed time.
// Run with 1 writer and with 8 in the same invocation, beside a baseline of
// the same engine in the same run: one single-row INSERT committed per
// transaction by one writer (the engine's durable-commit floor). Afterwards
// every acknowledged event must be in the log (none lost, seq 1..n with no
// gap) and db check must find nothing, or the driver fails.
//
// SQLite: a file in $TMPDIR with the adapter's pragmas (WAL, synchronous=FULL).
// PostgreSQL: a new database on the server GONGKAI_BENCH_PG names (for
// durable figures start it with fsync on: PG_TEST_FSYNC=on tools/pg-test-server).
//
//   case_writers_bench [--engines sqlite,pg] [--writers 1,8] [--seconds 10]
//                      [--cases 2000]
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "app/workspace.h"
#include "service/case_service.h"
#include "service/integrity_service.h"
#include "storage/open_database.h"

namespace gongkai::bench {
namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "case_writers_bench: %s\n", what.c_str());
  std::exit(1);
}

std::unique_ptr<service::Database> Open(const std::string& url) {
  Result<std::unique_ptr<service::Database>> db = storage::OpenDatabase(url);
  if (!db.ok()) Die(db.status().message());
  return std::move(db).value();
}

// A fresh database at `url` with one agency and `cases` applications
// received on 2025-03-03.
void Prepare(const std::string& url, int cases) {
  std::unique_ptr<service::Database> db = Open(url);
  if (Status s = db->Migrate(); !s.ok()) Die(s.message());
  domain::Agency a;
  a.name = "某市财政局";
  a.code = "cz";
  if (!db->agencies().Add(a).ok()) Die("agency");
  app::DataCalendars calendars;  // data/ of the source tree (GONGKAI_DATA_DIR)
  service::CaseService svc(*db, calendars, {}, [] { return std::string("Q"); });
  Status st = db->Transaction([&]() -> Status {
    for (int i = 0; i < cases; ++i) {
      service::NewCase c;
      c.agency_id = 1;
      c.subject = "申请" + std::to_string(i);
      c.submitted_on = CivilDate{2025, 3, 3};
      c.received_on = CivilDate{2025, 3, 3};
      if (Result<int64_t> id = svc.Register(c, {"bench"}); !id.ok()) return id.status();
    }
    return Status::Ok();
  });
  if (!st.ok()) Die(st.message());
}

// One writer process: records consultation_sent events (always allowed
// while a case is open; each names a new third party) on random cases until
// the deadline; writes "case seq micros" per acknowledged event to `out`.
int Writer(const std::string& url, int index, int cases, double seconds, const std::string& out) {
  std::unique_ptr<service::Database> db = Open(url);
  app::DataCalendars calendars;  // data/ of the source tree (GONGKAI_DATA_DIR)
  service::CaseService svc(*db, calendars, {}, [] { return std::string("Q"); });
  std::mt19937_64 rng(1000 + index);
  std::FILE* f = std::fopen(out.c_str(), "w");
  if (f == nullptr) return 2;
  const Clock::time_point end =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  int64_t n = 0;
  int failures = 0;
  while (Clock::now() < end) {
    const int64_t id = 1 + static_cast<int64_t>(rng() % static_cast<uint64_t>(cases));
    law::ProcedureEvent e;
    e.kind = law::ProcedureEventKind::kConsultationSent;
    e.on = CivilDate{2025, 3, 4};
    e.party = "第三方" + std::to_string(index) + "-" + std::to_string(n);
    const Clock::time_point t = Clock::now();
    Result<service::RecordedEvent> r = svc.Record(id, e, {"bench" + std::to_string(index)});
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count();
    if (!r.ok()) {
      if (++failures <= 3) std::fprintf(stderr, "writer %d: %s\n", index, r.status().message().c_str());
      continue;
    }
    std::fprintf(f, "%lld %lld %lld\n", static_cast<long long>(id), static_cast<long long>(r->seq),
                 static_cast<long long>(micros));
    ++n;
  }
  std::fclose(f);
  return failures == 0 ? 0 : 3;
}

struct RunResult {
  int writers = 0;
  int64_t events = 0;
  double seconds = 0;
  double p50_ms = 0;
  double p99_ms = 0;
  double max_ms = 0;
};

RunResult Run(const std::string& url, int writers, int cases, double seconds) {
  Prepare(url, cases);
  const std::string dir = std::filesystem::temp_directory_path() / ("gk-writers-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::vector<pid_t> children;
  const Clock::time_point start = Clock::now();
  for (int w = 0; w < writers; ++w) {
    const pid_t pid = ::fork();
    if (pid < 0) Die("fork");
    if (pid == 0) _exit(Writer(url, w, cases, seconds, dir + "/w" + std::to_string(w)));
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) Die("a writer failed (exit " + std::to_string(status) + ")");
  }
  RunResult r;
  r.writers = writers;
  r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::vector<long long> latencies;
  std::vector<std::vector<long long>> acked(static_cast<size_t>(cases) + 1);
  for (int w = 0; w < writers; ++w) {
    std::ifstream in(dir + "/w" + std::to_string(w));
    long long id, seq, micros;
    while (in >> id >> seq >> micros) {
      latencies.push_back(micros);
      acked[static_cast<size_t>(id)].push_back(seq);
    }
  }
  std::filesystem::remove_all(dir);
  r.events = static_cast<int64_t>(latencies.size());
  std::sort(latencies.begin(), latencies.end());
  if (!latencies.empty()) {
    r.p50_ms = latencies[latencies.size() / 2] / 1000.0;
    r.p99_ms = latencies[latencies.size() * 99 / 100] / 1000.0;
    r.max_ms = latencies.back() / 1000.0;
  }
  // Nothing lost, nothing doubled: every case's log is its registration (2
  // events) plus exactly the acknowledged ones, seq 1..n.
  std::unique_ptr<service::Database> db = Open(url);
  for (int64_t id = 1; id <= cases; ++id) {
    Result<service::ApplicationRecord> rec = db->applications().Get(id);
    if (!rec.ok()) Die(rec.status().message());
    std::vector<long long>& mine = acked[static_cast<size_t>(id)];
    std::sort(mine.begin(), mine.end());
    if (rec->events.size() != mine.size() + 2) {
      Die("case " + std::to_string(id) + ": " + std::to_string(rec->events.size()) + " events stored, " +
          std::to_string(mine.size() + 2) + " acknowledged");
    }
    for (size_t i = 0; i < rec->events.size(); ++i) {
      if (rec->events[i].seq != static_cast<int64_t>(i) + 1) Die("case " + std::to_string(id) + ": seq gap");
      if (i >= 2 && rec->events[i].seq != mine[i - 2]) Die("case " + std::to_string(id) + ": unacknowledged event");
    }
  }
  app::DataCalendars calendars;  // data/ of the source tree (GONGKAI_DATA_DIR)
  service::IntegrityService integrity(*db, calendars, {});
  Result<service::IntegrityReport> check = integrity.Check();
  if (!check.ok() || !check->problems.empty()) Die("db check found problems after the run");
  return r;
}

// The durable-commit floor of the engine: one writer, one single-row INSERT
// per transaction, for `seconds`.
double SqliteBaseline(const std::string& path, double seconds) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (v TEXT)", nullptr, nullptr,
               nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO t VALUES ('x')", -1, &st, nullptr);
  const Clock::time_point start = Clock::now();
  int64_t n = 0;
  while (std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    ++n;
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n / std::chrono::duration<double>(Clock::now() - start).count();
}

double PgBaseline(const std::string& url, double seconds) {
  pqxx::connection c(url);
  {
    pqxx::nontransaction n(c);
    n.exec("CREATE TABLE baseline_t (v TEXT)");
  }
  const Clock::time_point start = Clock::now();
  int64_t n = 0;
  while (std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
    pqxx::work tx(c);
    tx.exec("INSERT INTO baseline_t VALUES ('x')");
    tx.commit();
    ++n;
  }
  return n / std::chrono::duration<double>(Clock::now() - start).count();
}

std::string PgDatabase(const std::string& server, const std::string& name) {
  pqxx::connection c(server);
  pqxx::nontransaction n(c);
  n.exec("DROP DATABASE IF EXISTS " + name);
  n.exec("CREATE DATABASE " + name);
  return server + (server.find('?') == std::string::npos ? "?" : "&") + "dbname=" + name;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(item);
  return out;
}

int Main(int argc, char** argv) {
  std::vector<std::string> engines = {"sqlite", "pg"};
  std::vector<int> writers = {1, 8};
  double seconds = 10;
  int cases = 2000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::string value = argv[i + 1];
    if (flag == "--engines") engines = Split(value);
    else if (flag == "--writers") {
      writers.clear();
      for (const std::string& w : Split(value)) writers.push_back(std::stoi(w));
    } else if (flag == "--seconds") seconds = std::stod(value);
    else if (flag == "--cases") cases = std::stoi(value);
    else Die("unknown flag " + flag);
  }
  std::printf("%-10s %-8s %10s %12s %9s %9s %9s %16s %8s\n", "engine", "writers", "events", "events/s",
              "p50 ms", "p99 ms", "max ms", "baseline tx/s", "÷ base");
  for (const std::string& engine : engines) {
    const char* pg = std::getenv("GONGKAI_BENCH_PG");
    if (engine == "pg" && (pg == nullptr || *pg == '\0')) {
      std::printf("pg: skipped (set GONGKAI_BENCH_PG to a server URL, e.g. from tools/pg-test-server start)\n");
      continue;
    }
    const std::string tmp = std::filesystem::temp_directory_path() / ("gk-bench-" + std::to_string(::getpid()));
    const double baseline = engine == "pg" ? PgBaseline(PgDatabase(pg, "gk_bench_baseline"), seconds)
                                           : SqliteBaseline(tmp + "-baseline.db", seconds);
    for (const char* suffix : {"-baseline.db", "-baseline.db-wal", "-baseline.db-shm"}) {
      std::filesystem::remove(tmp + suffix);
    }
    for (int w : writers) {
      const std::string path = tmp + "-" + std::to_string(w) + ".db";
      const std::string url = engine == "pg" ? PgDatabase(pg, "gk_bench_w" + std::to_string(w)) : "sqlite:" + path;
      const RunResult r = Run(url, w, cases, seconds);
      const double rate = r.events / r.seconds;
      std::printf("%-10s %-8d %10lld %12.0f %9.2f %9.2f %9.2f %16.0f %8.2f\n", engine.c_str(), w,
                  static_cast<long long>(r.events), rate, r.p50_ms, r.p99_ms, r.max_ms, baseline, rate / baseline);
      std::fflush(stdout);
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    }
  }
  return 0;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) { return gongkai::bench::Main(argc, argv); }
