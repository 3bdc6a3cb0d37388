// The shared storage suite on SQLite (a temp file per test), and checks of
// what only SQLite has: the pragmas and the append-only triggers.
#include <gmock/gmock.h>
#include <filesystem>

#include "storage/postgres/postgres_schema.h"
#include "storage/schema_version.h"
#include "storage/sqlite/sqlite_schema.h"
#include "storage/sqlite/sqlite_test_store.h"

namespace gongkai::storage::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreSuite,
                         ::testing::Values(Backend{"Sqlite", [](std::string&) {
                                                     return std::unique_ptr<TestStore>(
                                                         new SqliteStore());
                                                   }}),
                         BackendName);

TEST(SqliteDatabase, WalFileAndMigrationsRecordedOnce) {
  SqliteStore store;
  {
    auto db = store.Open();
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    ASSERT_TRUE((*db)->Migrate().ok());
  }
  EXPECT_EQ(Raw(store.path(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Raw(store.path(), "SELECT COUNT(*) FROM schema_migrations"),
            std::to_string(kSchemaVersion));
  EXPECT_EQ(SqliteMigrations().back().version, kSchemaVersion);
  EXPECT_EQ(PostgresMigrations().back().version, kSchemaVersion);
  EXPECT_EQ(Raw(store.path(), "SELECT name FROM schema_migrations WHERE version = 1"),
            "agencies, applicants, applications, events, appeals, report locks");
}

TEST(SqliteDatabase, EventsAreAppendOnlyInTheFileItself) {
  SqliteStore store;
  auto db = store.Open();
  ASSERT_TRUE(db.ok()) << db.status().message();
  ASSERT_TRUE((*db)->Migrate().ok());
  domain::Agency a;
  a.name = "某市财政局";
  a.code = "cz";
  const int64_t agency = *(*db)->agencies().Add(a);
  domain::Applicant p;
  const int64_t applicant = *(*db)->applicants().Add(p);
  domain::Application app;
  app.agency_id = agency;
  app.applicant_id = applicant;
  const int64_t id = *(*db)->applications().Create(app);
  domain::ApplicationEvent e;
  e.kind = "received";
  e.actor = "clerk";
  e.occurred_on = D("2024-03-01");
  service::ApplicationSummary s;
  s.state = domain::ApplicationState::kInProgress;
  s.received_on = D("2024-03-01");
  ASSERT_TRUE((*db)->applications().AppendEvent(id, e, s, 1).ok());
  EXPECT_THAT(Raw(store.path(), "UPDATE application_events SET note = 'x'"),
              ::testing::HasSubstr("申请事件只能追加，不能修改"));
  EXPECT_THAT(Raw(store.path(), "DELETE FROM application_events"),
              ::testing::HasSubstr("申请事件只能追加，不能删除"));
  EXPECT_EQ(Raw(store.path(), "SELECT COUNT(*) FROM application_events"), "1");
  // Personal data live in their own table, not beside the case.
  EXPECT_EQ(Raw(store.path(), "SELECT COUNT(*) FROM applicant_contacts"), "1");
}

// Database::Transaction holds SQLite's write lock from its start (BEGIN
// IMMEDIATE) and shows nothing to other connections before its commit.
TEST(SqliteDatabase, TransactionHoldsTheWriteLockAndIsInvisibleUntilCommit) {
  SqliteStore store;
  auto db = store.Open();
  ASSERT_TRUE(db.ok()) << db.status().message();
  ASSERT_TRUE((*db)->Migrate().ok());
  std::string seen_inside, other_write;
  Status st = (*db)->Transaction([&]() -> Status {
    Result<int64_t> id = (*db)->applicants().Add(domain::Applicant{});
    if (!id.ok()) return id.status();
    seen_inside = Raw(store.path(), "SELECT COUNT(*) FROM applicants");
    other_write = Raw(store.path(), "INSERT INTO applicants (kind) VALUES (0)");
    return Status::Ok();
  });
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(seen_inside, "0");
  EXPECT_EQ(other_write, "error: database is locked");
  EXPECT_EQ(Raw(store.path(), "SELECT COUNT(*) FROM applicants"), "1");
  EXPECT_EQ(Raw(store.path(), "SELECT COUNT(*) FROM applicant_contacts"), "1");
}

TEST(SqliteDatabase, UnmigratedFileSaysToRunMigrate) {
  SqliteStore store;
  auto db = store.Open();
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ(*(*db)->SchemaVersion(), 0);
  Result<std::vector<domain::Agency>> r = (*db)->agencies().List();
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), ::testing::HasSubstr("尚未初始化，请先运行 gongkai db migrate"));
}

TEST(SqliteDatabase, UnopenablePathIsAnIoError) {
  auto db = OpenSqliteDatabase("/nonexistent-dir/sub/gongkai.db");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kIoError);
  EXPECT_THAT(db.status().message(), ::testing::HasSubstr("无法打开 SQLite 数据库 /nonexistent-dir/sub/gongkai.db"));
}

}  // namespace
}  // namespace gongkai::storage::testing
