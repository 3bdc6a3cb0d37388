// Tables 3 and 4 of the annual report built from N generated applications
// (issue 3, item 7), on SQLite and on PostgreSQL, each beside a hand-written
// SELECT … GROUP BY over the same rows in the same run. A small driver rather
// than Google Benchmark: one run takes seconds and the load minutes.
//
// For each size and engine: a fresh database (a SQLite file in $TMPDIR; a new
// PostgreSQL database on the server GONGKAI_BENCH_PG names, e.g. the URL
// `tools/pg-test-server start` prints), migrated through storage::OpenDatabase
// + Migrate; 50 agencies through the AgencyStore; applicants, N applications
// and N/100 appeals bulk-loaded with SQL in one transaction (SQLite: one
// prepared INSERT; PostgreSQL: COPY). Then, best of --reps runs each:
//   store  ApplicationStore::CountTable3 / AppealStore::CountTable4 for the
//          year over all agencies (the city's subtree);
//   raw    the same grid from a hand-written GROUP BY over `applications`
//          (sqlite3 C API / libpqxx on a second connection).
// Both grids must equal the one computed in C++ from the generated rows
// (service::Table3RowsFor / Table4CellFor), or the driver fails.
//
//   report_tables_bench [--sizes 1000000,10000000] [--engines sqlite,pg]
//                       [--year 2025] [--reps 3] [--keep]#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench/report_tables_data.h"
#include "domain/agency.h"
#include "service/database.h"
#include "storage/open_database.h"

namespace gongkai::bench {
namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Best wall time of `reps` runs of `f`.
double Best(int reps, const std::function<void()>& f) {
  double best = 1e300;
  for (int i = 0; i < reps; ++i) {
    const Clock::time_point t = Clock::now();
    f();
    best = std::min(best, Seconds(t));
  }
  return best;
}

// ---- the run --------------------------------------------------------------

template <typename Grid>
bool Same(const Grid& a, const Grid& b) {
  return a == b;
}

void PrintTable3(const service::Table3Grid& g) {
  for (int r = 0; r < service::kTable3Rows; ++r) {
    std::printf("    R%02d", r + 1);
    for (int64_t v : g[r]) std::printf(" %9" PRId64, v);
    std::printf("\n");
  }
}

void RunOne(Engine& e, int64_t n, int year, int reps, bool keep) {
  const Generator g(year, n);
  const DateText dates(year);
  std::printf("\n== %s, %" PRId64 " applications, %" PRId64 " appeals, year %d ==\n", e.name(), n,
              g.appeals(), year);
  std::fflush(stdout);
  std::vector<int64_t> agency_ids;
  {
    std::unique_ptr<service::Database> db = Must(storage::OpenDatabase(e.url()), "open");
    Must(db->Migrate(), "migrate");
    domain::Agency city;
    city.name = "基准市人民政府";
    city.kind = domain::AgencyKind::kGovernment;
    city.code = "city";
    agency_ids.push_back(Must(db->agencies().Add(city), "add city"));
    for (int i = 1; i < kAgencies; ++i) {
      domain::Agency d;
      d.parent_id = agency_ids[0];
      d.name = "基准市第" + std::to_string(i) + "局";
      d.code = "d" + std::to_string(i);
      agency_ids.push_back(Must(db->agencies().Add(d), "add agency"));
    }
  }
  Clock::time_point t = Clock::now();
  e.Load(g, n, agency_ids, dates);
  const double load = Seconds(t);
  std::printf("  load (one transaction, then ANALYZE): %.1f s, %.0f applications/s\n", load,
              static_cast<double>(n) / load);
  t = Clock::now();
  const Expected want = ExpectedGrids(g, n, year, agency_ids);
  std::printf("  expected grids computed in C++ from the generated rows: %.1f s\n", Seconds(t));
  std::fflush(stdout);

  std::unique_ptr<service::Database> db = Must(storage::OpenDatabase(e.url()), "reopen");
  const std::vector<int64_t> ids = Must(db->agencies().Subtree(agency_ids[0]), "subtree");
  const std::string id_list = IdList(ids);
  service::Table3Grid store3{}, raw3{};
  service::Table4Counts store4{}, raw4{};
  const double raw_t3 = Best(reps, [&] { raw3 = e.RawTable3(id_list, year); });
  const double store_t3 =
      Best(reps, [&] { store3 = Must(db->applications().CountTable3(ids, year), "CountTable3"); });
  const double raw_t4 = Best(reps, [&] { raw4 = e.RawTable4(id_list, year); });
  const double store_t4 =
      Best(reps, [&] { store4 = Must(db->appeals().CountTable4(ids, year), "CountTable4"); });
  bool ok = true;
  if (!Same(store3, want.t3) || !Same(raw3, want.t3)) {
    ok = false;
    std::printf("  TABLE 3 MISMATCH; expected:\n");
    PrintTable3(want.t3);
    std::printf("  store:\n");
    PrintTable3(store3);
    std::printf("  raw:\n");
    PrintTable3(raw3);
  }
  if (!Same(store4, want.t4) || !Same(raw4, want.t4)) {
    ok = false;
    std::printf("  TABLE 4 MISMATCH\n");
  }
  const double nd = static_cast<double>(n);
  std::printf("  %-8s %-34s %10s %14s %8s\n", "table", "what", "best s", "rows/s", "÷ raw");
  std::printf("  %-8s %-34s %10.3f %14.0f %8s\n", "3", "raw GROUP BY", raw_t3, nd / raw_t3, "");
  std::printf("  %-8s %-34s %10.3f %14.0f %8.4f\n", "3", "ApplicationStore::CountTable3", store_t3,
              nd / store_t3, store_t3 / raw_t3);
  const double na = static_cast<double>(g.appeals());
  std::printf("  %-8s %-34s %10.4f %14.0f %8s\n", "4", "raw GROUP BY", raw_t4, na / raw_t4, "");
  std::printf("  %-8s %-34s %10.4f %14.0f %8.4f\n", "4", "AppealStore::CountTable4", store_t4,
              na / store_t4, store_t4 / raw_t4);
  std::printf("  R01 %" PRId64 ", R02 %" PRId64 ", R24 %" PRId64 ", R25 %" PRId64
              "; grids equal to the C++ count: %s\n",
              want.t3[0][6], want.t3[1][6], want.t3[23][6], want.t3[24][6], ok ? "yes" : "NO");
  std::fflush(stdout);
  db.reset();
  if (!keep) e.Drop();
  if (!ok) Die("the grids differ");
}

std::vector<int64_t> ParseSizes(const std::string& s) {
  std::vector<int64_t> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ',')) {
    char* end = nullptr;
    const long long v = std::strtoll(item.c_str(), &end, 10);
    if (item.empty() || *end != '\0' || v < 100) Die("--sizes wants numbers ≥ 100: " + s);
    out.push_back(v);
  }
  return out;
}

int Main(int argc, char** argv) {
  std::vector<int64_t> sizes = {1000000, 10000000};
  std::string engines = "sqlite,pg";
  int year = 2025;
  int reps = 3;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Die(a + " needs a value");
      return argv[++i];
    };
    if (a == "--sizes") {
      sizes = ParseSizes(value());
    } else if (a == "--engines") {
      engines = value();
    } else if (a == "--year") {
      year = std::atoi(value().c_str());
    } else if (a == "--reps") {
      reps = std::max(1, std::atoi(value().c_str()));
    } else if (a == "--keep") {
      keep = true;
    } else {
      Die("usage: report_tables_bench [--sizes N,N…] [--engines sqlite,pg] [--year Y] "
          "[--reps R] [--keep]");
    }
  }
  const bool sqlite = engines.find("sqlite") != std::string::npos;
  const bool pg = engines.find("pg") != std::string::npos;
  const char* pg_url = std::getenv("GONGKAI_BENCH_PG");
  if (pg && (!pg_url || !*pg_url)) {
    std::printf("PostgreSQL skipped: set GONGKAI_BENCH_PG to a server URL "
                "(e.g. the one `tools/pg-test-server start` prints)\n");
  }
  for (int64_t n : sizes) {
    if (sqlite) {
      std::unique_ptr<Engine> e = NewSqliteEngine(n);
      RunOne(*e, n, year, reps, keep);
    }
    if (pg && pg_url && *pg_url) {
      std::unique_ptr<Engine> e = NewPgEngine(pg_url, n);
      RunOne(*e, n, year, reps, keep);
    }
  }
  return 0;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) { return gongkai::bench::Main(argc, argv); }
