// SQLite files over time: a database of an older schema that holds data is
// upgraded in place; damage done behind gongkai's back is found by db check
// and repaired from the event logs; a missing file is never created unasked.
#include <gmock/gmock.h>

#include "service/case_service.h"
#include "service/integrity_service.h"
#include "storage/sqlite/sqlite_test_store.h"
#include "storage/suite/use_cases.h"

#include "storage/schema_version.h"

namespace gongkai::storage::testing {
namespace {

using ::testing::HasSubstr;

TEST(SqliteUpgrade, AnOlderDatabaseWithDataIsMigratedAndKeepsEverything) {
  SqliteStore store;
  {
    OpenOptions old;
    old.schema_limit = 2;
    auto db = store.Open(old);
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    EXPECT_EQ(*(*db)->SchemaVersion(), 2);
  }
  ASSERT_EQ(RawScript(store.path(), kVersion2Data), "");
  auto db = store.Open();
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*(*db)->SchemaVersion(), 2);
  ASSERT_TRUE((*db)->Migrate().ok());
  EXPECT_EQ(*(*db)->SchemaVersion(), kSchemaVersion);
  // Everything is there, and agrees with itself.
  Result<service::ApplicationRecord> one = (*db)->applications().Get(1);
  ASSERT_TRUE(one.ok()) << one.status().message();
  EXPECT_EQ(one->events.size(), 3u);
  EXPECT_EQ(one->application.external_id, "");
  Result<service::Table3Grid> t3 = (*db)->applications().CountTable3({1, 2}, 2024);
  ASSERT_TRUE(t3.ok());
  EXPECT_EQ((*t3)[0][0], 1);   // R01 自然人
  EXPECT_EQ((*t3)[0][1], 1);   // R01 商业企业
  EXPECT_EQ((*t3)[2][0], 1);   // R03 予以公开
  EXPECT_EQ((*t3)[24][1], 1);  // R25 结转下年度
  ShippedCalendars calendars;
  service::IntegrityService integrity(**db, calendars, {});
  Result<service::IntegrityReport> check = integrity.Check();
  ASSERT_TRUE(check.ok()) << check.status().message();
  EXPECT_THAT(check->problems, ::testing::IsEmpty());
  EXPECT_EQ(check->applications, 2);
  // What version 3 adds works on the old data: 申请编号 of an import.
  ExpectVersion3WorksOnUpgradedData(**db);
}

TEST(SqliteUpgrade, DbCheckFindsDamageAndRepairRebuildsFromTheLogs) {
  SqliteStore store;
  auto db = store.Open();
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->Migrate().ok());
  ASSERT_EQ(RawScript(store.path(), "INSERT INTO agencies (id, name, kind, code) VALUES (1, '某市财政局', 'department', 'cz')"), "");
  ShippedCalendars calendars;
  service::CaseService cases(**db, calendars, {}, [] { return std::string("Q"); });
  service::NewCase c;
  c.agency_id = 1;
  c.subject = "预算";
  c.submitted_on = CivilDate{2024, 9, 27};
  c.received_on = CivilDate{2024, 9, 29};
  ASSERT_TRUE(cases.Register(c, {"clerk"}).ok());
  ASSERT_TRUE(cases.Register(c, {"clerk"}).ok());
  ASSERT_TRUE(cases.Record(2, Reply("2024-10-20", law::ReplyType::kDisclosed), {"clerk"}).ok());
  service::IntegrityService integrity(**db, calendars, {});
  ASSERT_THAT(integrity.Check()->problems, ::testing::IsEmpty());

  // A count and a summary changed behind gongkai's back.
  ASSERT_EQ(RawScript(store.path(), "UPDATE application_year_counts SET n = n + 1 WHERE closed_year = 2024"), "");
  ASSERT_EQ(RawScript(store.path(), "UPDATE applications SET due_on = '2030-01-01' WHERE id = 1"), "");
  Result<service::IntegrityReport> check = integrity.Check();
  ASSERT_TRUE(check.ok());
  ASSERT_GE(check->problems.size(), 3u);
  EXPECT_EQ(check->problems[0], "申请1：答复期限存储为2030-01-01，按办理记录应为2024-10-31");
  EXPECT_THAT(check->problems,
              ::testing::Contains(HasSubstr("2024年表三“（一）予以公开”“自然人”列：存储的统计为2，按申请记录重新统计为1")));
  EXPECT_THAT(check->problems, ::testing::Contains(HasSubstr("“一、本年新收政府信息公开申请数量”“总计”列")));

  Result<service::IntegrityReport> repaired = integrity.Repair({"管理员"});
  ASSERT_TRUE(repaired.ok()) << repaired.status().message();
  EXPECT_EQ(repaired->summaries_rewritten, 1);
  EXPECT_TRUE(repaired->counts_rebuilt);
  EXPECT_THAT(repaired->problems, ::testing::IsEmpty());
  EXPECT_THAT(integrity.Check()->problems, ::testing::IsEmpty());
  EXPECT_EQ(Raw(store.path(), "SELECT due_on FROM applications WHERE id = 1"), "2024-10-31");
  EXPECT_EQ(Raw(store.path(), "SELECT COUNT(*) FROM application_events"), "5");  // the logs untouched
}

TEST(SqliteUpgrade, AMissingFileIsNotCreatedUnlessAsked) {
  SqliteStore store;
  OpenOptions existing;
  existing.create = false;
  Result<std::unique_ptr<service::Database>> db = store.Open(existing);
  EXPECT_EQ(db.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(db.status().message(), HasSubstr("不存在"));
  EXPECT_FALSE(std::filesystem::exists(store.path()));
  ASSERT_TRUE(store.Open().ok());
  EXPECT_TRUE(std::filesystem::exists(store.path()));
}

}  // namespace
}  // namespace gongkai::storage::testing
