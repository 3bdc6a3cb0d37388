// `gongkai demo seed`: the generated year of 青山市 goes through the law clock
// (every stored log replays), is the same for the same seed on every store,
// and gives Tables 3 and 4 that balance, with 上年结转 and 结转下年度 non-zero.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "app/demo_seed.h"
#include "report/check.h"
#include "service/case_service.h"
#include "service/table3_counts.h"
#include "service/table4_counts.h"
#include "storage/open_database.h"
#include "shipped_calendar.h"

namespace gongkai {
namespace {

constexpr int kYear = 2025;
constexpr int kApplications = 500;

using test_support::ShippedCalendar;

int counter = 0;
std::string TestQueryCode() { return "DEMO" + std::to_string(++counter); }

struct Seeded {
  app::DemoSeedSummary summary;
  service::Table3Grid table3{};
  service::Table4Counts table4{};
};

// Seeds `db` and checks what holds for every store; returns the counts.
Seeded SeedAndCheck(service::Database& db, uint64_t seed) {
  Seeded out;
  ShippedCalendar calendars;
  app::DemoSeedOptions o;
  o.year = kYear;
  o.seed = seed;
  o.applications = kApplications;
  Result<app::DemoSeedSummary> s = app::SeedDemo(db, calendars, o, TestQueryCode);
  EXPECT_TRUE(s.ok()) << s.status().message();
  if (!s.ok()) return out;
  out.summary = *s;
  EXPECT_EQ(s->agencies, 15);
  EXPECT_EQ(s->applications, kApplications);
  EXPECT_EQ(s->closed + s->open_at_year_end, kApplications);

  const std::vector<int64_t> ids = db.agencies().Subtree(s->root_agency_id).value();
  EXPECT_EQ(ids.size(), 15u);
  out.table3 = db.applications().CountTable3(ids, kYear).value();
  out.table4 = db.appeals().CountTable4(ids, kYear).value();

  // The format (国办公开办函〔2021〕30号): R01 + R02 = R24 + R25 in every column.
  const service::Table3Grid& t = out.table3;
  for (int c = 0; c < service::kTable3Columns; ++c) {
    EXPECT_EQ(t[0][c] + t[1][c], t[service::kTable3TotalRow][c] + t[service::kTable3CarriedRow][c])
        << "column " << c;
  }
  constexpr int kTotal = service::kTable3TotalColumn;
  EXPECT_GT(t[1][kTotal], 0) << "上年结转 (R02)";
  EXPECT_GT(t[service::kTable3CarriedRow][kTotal], 0) << "结转下年度 (R25)";
  EXPECT_EQ(t[0][kTotal], s->received_in_year);
  EXPECT_EQ(t[1][kTotal], s->carried_in);
  EXPECT_EQ(t[service::kTable3CarriedRow][kTotal], s->open_at_year_end);
  // Most applicants are natural persons (C1), then commercial firms (C2).
  EXPECT_GT(t[0][0], t[0][1]);
  EXPECT_GT(t[0][1], 0);

  // Table 4: each block's 总计 is the sum of its four cells, the totals count
  // exactly the appeals pending at some time in Y, and the 尚未审结 cells are
  // the appeals still undecided on 31 Dec Y.
  int64_t pending = 0, all = 0;
  for (int b = 0; b < 3; ++b) {
    const int64_t* block = &out.table4[b * service::kTable4BlockWidth];
    EXPECT_EQ(block[service::kTable4TotalCell], block[0] + block[1] + block[2] + block[3]) << "block " << b;
    pending += block[service::kTable4PendingCell];
    all += block[service::kTable4TotalCell];
  }
  EXPECT_EQ(pending, s->appeals_pending);
  EXPECT_GT(s->appeals, 0);
  const std::vector<domain::Appeal> appeals = db.appeals().List({}).value();
  EXPECT_EQ(appeals.size(), static_cast<size_t>(s->appeals));
  int64_t counted = 0;
  for (const domain::Appeal& a : appeals) {
    EXPECT_LE(a.filed_on, (CivilDate{kYear, 12, 31}));
    if (service::Table4CellFor(a, kYear)) ++counted;
  }
  EXPECT_EQ(all, counted);

  // Every rule about Tables 3 and 4 that the report checker knows holds
  // (Table 2 and the sections are not generated).
  report::AnnualReport r;
  r.table3.present = true;
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) r.table3.cells[row][c] = report::CountCell::Of(t[row][c]);
  }
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = report::CountCell::Of(out.table4[i]);
  for (const report::Finding& f : report::CheckReport(r, nullptr, {})) {
    // H7 is about the sections, which are not generated here.
    if (f.rule[0] == 'H' && f.rule != "H7" && f.where.table.rfind("表二", 0) != 0) {
      ADD_FAILURE() << f.rule << " " << f.message;
    }
  }

  // Every stored event log replays through the law clock.
  service::CaseService cases(db, calendars, {}, TestQueryCode);
  const std::vector<domain::Application> apps = db.applications().List({}).value();
  EXPECT_EQ(apps.size(), static_cast<size_t>(kApplications));
  for (const domain::Application& a : apps) {
    Result<service::CaseView> v = cases.Show(a.id);
    EXPECT_TRUE(v.ok()) << "application " << a.id << ": " << v.status().message();
    if (!v.ok()) continue;
    EXPECT_EQ(v->clock.due_on, a.due_on) << "application " << a.id;
    EXPECT_EQ(v->clock.closed_on, a.closed_on) << "application " << a.id;
  }
  return out;
}

std::unique_ptr<service::Database> Open(const std::string& url) {
  Result<std::unique_ptr<service::Database>> db = storage::OpenDatabase(url);
  EXPECT_TRUE(db.ok()) << db.status().message();
  if (!db.ok()) return nullptr;
  EXPECT_TRUE((*db)->Migrate().ok());
  return std::move(db).value();
}

TEST(DemoSeed, SameSeedSameTablesInMemoryAndOnSqlite) {
  auto memory = Open("memory:");
  ASSERT_NE(memory, nullptr);
  const Seeded a = SeedAndCheck(*memory, 1);

  auto again = Open("memory:");
  ASSERT_NE(again, nullptr);
  const Seeded b = SeedAndCheck(*again, 1);
  EXPECT_EQ(a.table3, b.table3);
  EXPECT_EQ(a.table4, b.table4);

  const std::string path =
      (std::filesystem::temp_directory_path() / ("gongkai-demo-" + std::to_string(::getpid()) + ".db"))
          .string();
  std::filesystem::remove(path);
  {
    auto sqlite = Open("sqlite:" + path);
    ASSERT_NE(sqlite, nullptr);
    const Seeded c = SeedAndCheck(*sqlite, 1);
    EXPECT_EQ(a.table3, c.table3);
    EXPECT_EQ(a.table4, c.table4);
    EXPECT_EQ(a.summary.appeals, c.summary.appeals);
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");

  // Another seed is another year: the equality above is not vacuous.
  auto other = Open("memory:");
  ASSERT_NE(other, nullptr);
  const Seeded d = SeedAndCheck(*other, 2);
  EXPECT_NE(a.table3, d.table3);
}

TEST(DemoSeed, RefusesADatabaseThatHasAgencies) {
  auto db = Open("memory:");
  ASSERT_NE(db, nullptr);
  domain::Agency a;
  a.name = "某市人民政府";
  a.code = "x";
  a.kind = domain::AgencyKind::kGovernment;
  ASSERT_TRUE(db->agencies().Add(a).ok());
  ShippedCalendar calendars;
  app::DemoSeedOptions o;
  o.applications = 10;
  Result<app::DemoSeedSummary> s = app::SeedDemo(*db, calendars, o, TestQueryCode);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "数据库中已有机关数据，请使用新的数据库文件");
  EXPECT_EQ(db->applications().List({}).value().size(), 0u);
}

TEST(DemoSeed, RefusesAYearTheCalendarDoesNotCover) {
  auto db = Open("memory:");
  ASSERT_NE(db, nullptr);
  ShippedCalendar calendars;
  app::DemoSeedOptions o;
  o.year = 2040;
  o.applications = 10;
  Result<app::DemoSeedSummary> s = app::SeedDemo(*db, calendars, o, TestQueryCode);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("工作日历缺少2039年的数据"), std::string::npos)
      << s.status().message();
  EXPECT_EQ(db->agencies().List().value().size(), 0u);
}

}  // namespace
}  // namespace gongkai
