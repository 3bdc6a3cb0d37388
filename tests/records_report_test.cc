// The annual report built from case records (ReportService::Build, the use
// case the CLI and the back office call) against a recount written here from
// the rule of application-workflow.md §6 and annual-report-format.md §4 —
// independently of service/table3_counts and of the adapters' queries and
// trigger-kept counts — for random records on the memory and SQLite stores,
// for the city's subtree and for each department, over three years. The
// built report also passes every table rule of the checker.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <random>
#include <unistd.h>

#include "report/check.h"
#include "service/report_service.h"
#include "storage/open_database.h"

namespace gongkai {
namespace {

struct Record {
  int64_t agency;
  int kind;  // Table 3 column 0–5
  CivilDate received;
  std::optional<CivilDate> closed;
  std::optional<law::ReplyType> outcome;
};

struct Case4 {
  int64_t agency;
  int block;  // 0 行政复议, 1 直接起诉, 2 复议后起诉
  CivilDate filed;
  std::optional<CivilDate> decided;
  int outcome;  // 0 维持 1 纠正 2 其他
};

struct Data {
  int64_t city = 0;
  std::vector<int64_t> departments;
  std::vector<Record> records;
  std::vector<Case4> appeals;
};

// The 0-based Table 3 row of each reply type, in law::ReplyType's order,
// from application-workflow.md §5: 36(一)/(二) R03, 37 R04, the 不予公开 rows
// R05–R11, 36(七) R12, 36(四)/(五) both R13, then R14 … R23.
int OutcomeRow(law::ReplyType t) {
  static constexpr int kRows[law::kReplyTypeCount] = {2,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12,
                                                     12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22};
  return kRows[static_cast<int>(t)];
}

using Grid = std::array<std::array<int64_t, 7>, 25>;

// §6, spelled out: R01 received in Y; R02 received before Y and open on
// 1 Jan Y; R03–R23 closed in Y by outcome; R24 their sum; R25 received by
// 31 Dec Y and open then; column 7 the row's total.
Grid Recount(const Data& d, const std::vector<int64_t>& agencies, int y) {
  Grid g{};
  for (const Record& r : d.records) {
    if (std::find(agencies.begin(), agencies.end(), r.agency) == agencies.end()) continue;
    const bool open_at_start = !r.closed || r.closed->year >= y;
    const bool open_at_end = !r.closed || r.closed->year > y;
    if (r.received.year == y) g[0][r.kind]++;
    if (r.received.year < y && open_at_start) g[1][r.kind]++;
    if (r.closed && r.closed->year == y) {
      g[OutcomeRow(*r.outcome)][r.kind]++;
      g[23][r.kind]++;
    }
    if (r.received.year <= y && open_at_end) g[24][r.kind]++;
  }
  for (auto& row : g) {
    for (int c = 0; c < 6; ++c) row[6] += row[c];
  }
  return g;
}

// annual-report-format.md §4 [I]: every case pending at any time in Y, once,
// with its status on 31 Dec Y; 总计 last in each block of five.
std::array<int64_t, 15> Recount4(const Data& d, const std::vector<int64_t>& agencies, int y) {
  std::array<int64_t, 15> t{};
  for (const Case4& a : d.appeals) {
    if (std::find(agencies.begin(), agencies.end(), a.agency) == agencies.end()) continue;
    if (a.filed.year > y || (a.decided && a.decided->year < y)) continue;
    const int cell = a.decided && a.decided->year <= y ? a.outcome : 3;
    t[a.block * 5 + cell]++;
    t[a.block * 5 + 4]++;
  }
  return t;
}

Data FillRandomRecords(service::Database& db, uint64_t seed, int n) {
  std::mt19937_64 rng(seed);
  Data d;
  domain::Agency city;
  city.name = "示例市人民政府";
  city.code = "city";
  city.kind = domain::AgencyKind::kGovernment;
  d.city = db.agencies().Add(city).value();
  for (const char* code : {"cz", "jy", "gt"}) {
    domain::Agency dept;
    dept.name = std::string("示例市") + code;
    dept.code = code;
    dept.parent_id = d.city;
    d.departments.push_back(db.agencies().Add(dept).value());
  }
  for (int i = 0; i < n; ++i) {
    Record r;
    r.agency = rng() % 4 == 0 ? d.city : d.departments[rng() % 3];
    r.kind = static_cast<int>(rng() % domain::kApplicantKindCount);
    r.received = CivilDate::FromDays(CivilDate{2023, 1, 1}.ToDays() + static_cast<int64_t>(rng() % (3 * 365)));
    if (rng() % 5 != 0) {
      r.closed = CivilDate::FromDays(r.received.ToDays() + static_cast<int64_t>(rng() % 90));
      r.outcome = static_cast<law::ReplyType>(rng() % law::kReplyTypeCount);
    }
    domain::Applicant who;
    who.kind = static_cast<domain::ApplicantKind>(r.kind);
    domain::Application a;
    a.agency_id = r.agency;
    a.applicant_id = db.applicants().Add(who).value();
    a.subject = "x";
    a.query_code = "Q" + std::to_string(i);
    const int64_t id = db.applications().Create(a).value();
    service::ApplicationSummary s;
    s.received_on = r.received;
    s.state = r.closed ? domain::ApplicationState::kClosed : domain::ApplicationState::kInProgress;
    s.closed_on = r.closed;
    s.outcome = r.outcome;
    domain::ApplicationEvent e;
    e.kind = "handed_in";
    e.occurred_on = r.received;
    e.actor = "test";
    EXPECT_TRUE(db.applications().AppendEvent(id, e, s, 1).ok());
    // Half of them get a second write that moves them between rows or
    // years: the UPDATE paths of the counts.
    if (rng() % 2 == 0) {
      if (r.closed && rng() % 2 == 0) {
        r.outcome = static_cast<law::ReplyType>(rng() % law::kReplyTypeCount);
      } else if (!r.closed) {
        r.closed = CivilDate::FromDays(r.received.ToDays() + static_cast<int64_t>(rng() % 400));
        r.outcome = static_cast<law::ReplyType>(rng() % law::kReplyTypeCount);
      }
      s.state = r.closed ? domain::ApplicationState::kClosed : domain::ApplicationState::kInProgress;
      s.closed_on = r.closed;
      s.outcome = r.outcome;
      e.kind = "replied";
      EXPECT_TRUE(db.applications().AppendEvent(id, e, s, 2).ok());
    }
    d.records.push_back(r);
    if (rng() % 15 == 0) {
      Case4 c{r.agency, static_cast<int>(rng() % 3), CivilDate::FromDays(r.received.ToDays() + 30),
              std::nullopt, static_cast<int>(rng() % 3)};
      domain::Appeal appeal;
      appeal.agency_id = c.agency;
      appeal.kind = static_cast<domain::AppealKind>(c.block);
      appeal.filed_on = c.filed;
      const int64_t appeal_id = db.appeals().Add(appeal).value();
      if (rng() % 3 != 0) {
        c.decided = CivilDate::FromDays(c.filed.ToDays() + static_cast<int64_t>(rng() % 500));
        EXPECT_TRUE(db.appeals()
                        .Decide(appeal_id, *c.decided, static_cast<domain::AppealOutcome>(c.outcome), "test")
                        .ok());
      }
      d.appeals.push_back(c);
    }
  }
  return d;
}

void ExpectReportsEqualTheRecount(service::Database& db, const Data& d) {
  service::ReportService reports(db);
  for (int year : {2023, 2024, 2025}) {
    std::vector<std::pair<int64_t, bool>> scopes = {{d.city, true}, {d.city, false}};
    for (int64_t dept : d.departments) scopes.push_back({dept, false});
    for (const auto& [agency, children] : scopes) {
      const std::vector<int64_t> ids = children ? std::vector<int64_t>{d.city, d.departments[0], d.departments[1],
                                                                        d.departments[2]}
                                                : std::vector<int64_t>{agency};
      service::BuildRequest request;
      request.scope = {agency, year, children};
      Result<service::BuiltReport> built = reports.Build(request, {"test"});
      ASSERT_TRUE(built.ok()) << built.status().message();
      const Grid want = Recount(d, ids, year);
      for (int row = 0; row < 25; ++row) {
        for (int c = 0; c < 7; ++c) {
          ASSERT_EQ(built->report.table3.cells[row][c].value, want[row][c])
              << year << " agency " << agency << (children ? " +children" : "") << " row " << row << " col " << c;
        }
      }
      const std::array<int64_t, 15> want4 = Recount4(d, ids, year);
      for (int i = 0; i < 15; ++i) {
        ASSERT_EQ(built->report.table4.cells[i].value, want4[i]) << year << " agency " << agency << " cell " << i;
      }
      for (const report::Finding& f : report::CheckReport(built->report, nullptr, {})) {
        // Table 2 and the narrative are not counted from cases (no draft
        // here); every rule about Tables 3 and 4 must hold.
        if (f.rule[0] == 'H' && f.rule != "H7" && f.where.table.rfind("表二", 0) != 0) {
          ADD_FAILURE() << year << " " << f.rule << " " << f.message;
        }
      }
    }
  }
}

TEST(RecordsReport, ReportsFromRandomRecordsEqualAnIndependentRecountInMemory) {
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    auto db = storage::OpenDatabase("memory:");
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    const Data d = FillRandomRecords(**db, seed, 400);
    ExpectReportsEqualTheRecount(**db, d);
  }
}

TEST(RecordsReport, ReportsFromRandomRecordsEqualAnIndependentRecountOnSqlite) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("gongkai-records-" + std::to_string(::getpid()) + ".db"))
          .string();
  std::filesystem::remove(path);
  {
    auto db = storage::OpenDatabase("sqlite:" + path);
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    Data d;
    ASSERT_TRUE((*db)->Transaction([&] {
      d = FillRandomRecords(**db, 7, 600);
      return Status::Ok();
    }).ok());
    ExpectReportsEqualTheRecount(**db, d);
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
}

}  // namespace
}  // namespace gongkai
