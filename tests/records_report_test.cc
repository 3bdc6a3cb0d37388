// A report built from case records cannot have the defects real reports
// have (Kashgar 2023: totals over all-zero rows, unbalanced columns): for any
// set of records, the Table 3 and Table 4 counts satisfy every table rule.
// Property test over random records, on the memory and SQLite stores.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <unistd.h>

#include "report/check.h"
#include "service/database.h"
#include "storage/open_database.h"

namespace gongkai {
namespace {

report::AnnualReport FromCounts(const service::Table3Grid& t3, const service::Table4Counts& t4) {
  report::AnnualReport r;
  r.table3.present = true;
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      r.table3.cells[row][c] = report::CountCell::Of(t3[row][c]);
    }
  }
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = report::CountCell::Of(t4[i]);
  return r;
}

void FillRandomRecords(service::Database& db, uint64_t seed, int n) {
  std::mt19937_64 rng(seed);
  domain::Agency city;
  city.name = "示例市人民政府";
  city.code = "city";
  city.kind = domain::AgencyKind::kGovernment;
  const int64_t city_id = db.agencies().Add(city).value();
  domain::Agency dept;
  dept.name = "示例市财政局";
  dept.code = "cz";
  dept.parent_id = city_id;
  const int64_t dept_id = db.agencies().Add(dept).value();
  for (int i = 0; i < n; ++i) {
    domain::Applicant who;
    who.kind = static_cast<domain::ApplicantKind>(rng() % domain::kApplicantKindCount);
    const int64_t applicant = db.applicants().Add(who).value();
    domain::Application a;
    a.agency_id = (rng() % 2) ? city_id : dept_id;
    a.applicant_id = applicant;
    a.applicant_kind = who.kind;
    a.subject = "x";
    a.query_code = "Q" + std::to_string(i);
    const int64_t id = db.applications().Create(a).value();
    // Received somewhere in 2023–2025; closed later, or still open.
    const CivilDate received = CivilDate::FromDays(CivilDate{2023, 1, 1}.ToDays() +
                                                   static_cast<int64_t>(rng() % (3 * 365)));
    service::ApplicationSummary s;
    s.received_on = received;
    s.state = domain::ApplicationState::kInProgress;
    if (rng() % 5 != 0) {
      s.state = domain::ApplicationState::kClosed;
      s.closed_on = CivilDate::FromDays(received.ToDays() + static_cast<int64_t>(rng() % 90));
      s.outcome = static_cast<law::ReplyType>(rng() % law::kReplyTypeCount);
    }
    domain::ApplicationEvent e;
    e.kind = "handed_in";
    e.occurred_on = received;
    e.actor = "test";
    ASSERT_TRUE(db.applications().AppendEvent(id, e, s, 1).ok());
    if (rng() % 20 == 0) {
      domain::Appeal appeal;
      appeal.agency_id = a.agency_id;
      appeal.application_id = id;
      appeal.kind = static_cast<domain::AppealKind>(rng() % 3);
      appeal.filed_on = CivilDate::FromDays(received.ToDays() + 30);
      const int64_t appeal_id = db.appeals().Add(appeal).value();
      if (rng() % 3 != 0) {
        ASSERT_TRUE(db.appeals()
                        .Decide(appeal_id, CivilDate::FromDays(received.ToDays() + 120),
                                static_cast<domain::AppealOutcome>(rng() % 3), "test")
                        .ok());
      }
    }
  }
}

void ExpectNoTableErrors(service::Database& db) {
  const std::vector<int64_t> ids = db.agencies().Subtree(1).value();
  for (int year : {2023, 2024, 2025}) {
    const service::Table3Grid t3 = db.applications().CountTable3(ids, year).value();
    const service::Table4Counts t4 = db.appeals().CountTable4(ids, year).value();
    const report::AnnualReport r = FromCounts(t3, t4);
    for (const report::Finding& f : report::CheckReport(r, nullptr, {})) {
      // Table 2 and the sections are not counted from cases; every rule
      // about Tables 3 and 4 must hold.
      if (f.rule[0] == 'H' && f.rule != "H7" && f.where.table.rfind("表二", 0) != 0) {
        ADD_FAILURE() << year << " " << f.rule << " " << f.message;
      }
    }
  }
}

TEST(RecordsReport, TablesFromRandomRecordsObeyEveryTableRuleInMemory) {
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    auto db = storage::OpenDatabase("memory:");
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    FillRandomRecords(**db, seed, 400);
    ExpectNoTableErrors(**db);
  }
}

TEST(RecordsReport, TablesFromRandomRecordsObeyEveryTableRuleOnSqlite) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("gongkai-records-" + std::to_string(::getpid()) + ".db"))
          .string();
  std::filesystem::remove(path);
  {
    auto db = storage::OpenDatabase("sqlite:" + path);
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    ASSERT_TRUE((*db)->Transaction([&] {
      FillRandomRecords(**db, 7, 600);
      return Status::Ok();
    }).ok());
    ExpectNoTableErrors(**db);
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
}

}  // namespace
}  // namespace gongkai
