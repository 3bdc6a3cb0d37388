// What only PostgreSQL has: TRUNCATE refused on the append-only logs, the
// application role that cannot rewrite them, and an upgrade in place of a
// database that holds data.
#include <gmock/gmock.h>
#include <pqxx/pqxx>
#include <unistd.h>

#include "service/case_service.h"
#include "service/integrity_service.h"
#include "storage/postgres/postgres_roles.h"
#include "storage/postgres/postgres_test_store.h"
#include "storage/suite/use_cases.h"

#include "storage/schema_version.h"

namespace gongkai::storage::testing {
namespace {

using ::testing::HasSubstr;

// Runs `sql` on a connection of its own; "" or the error text.
std::string Raw(const std::string& url, const std::string& sql) {
  try {
    pqxx::connection c(url);
    pqxx::work tx(c);
    tx.exec(sql);
    tx.commit();
    return "";
  } catch (const std::exception& e) {
    return e.what();
  }
}

std::string Count(const std::string& url, const std::string& table) {
  pqxx::connection c(url);
  pqxx::work tx(c);
  return tx.exec1("SELECT COUNT(*) FROM " + table)[0].c_str();
}

// A migrated database with one agency, one answered case and one lock.
struct Seeded {
  std::unique_ptr<PostgresStore> store;
  std::unique_ptr<service::Database> db;
  ShippedCalendars calendars;
};

std::unique_ptr<Seeded> Seed() {
  auto s = std::make_unique<Seeded>();
  std::string skip;
  s->store = MakePostgresStore(skip);
  if (!s->store) return nullptr;
  Result<std::unique_ptr<service::Database>> db = s->store->Open();
  if (!db.ok() || !(*db)->Migrate().ok()) return nullptr;
  s->db = std::move(db).value();
  domain::Agency a;
  a.name = "某市财政局";
  a.code = "cz";
  const int64_t agency = *s->db->agencies().Add(a);
  service::CaseService cases(*s->db, s->calendars, {}, [] { return std::string("Q"); });
  service::NewCase c;
  c.agency_id = agency;
  c.subject = "预算";
  c.submitted_on = CivilDate{2024, 9, 27};
  c.received_on = CivilDate{2024, 9, 29};
  const int64_t id = *cases.Register(c, {"clerk"});
  (void)cases.Record(id, Reply("2024-10-20", law::ReplyType::kDisclosed), {"clerk"});
  (void)s->db->locks().Lock(agency, 2023, {"科长", "", ""});
  return s;
}

TEST(PostgresAppendOnly, TruncateOfTheLogsIsRefused) {
  std::unique_ptr<Seeded> s = Seed();
  if (!s) GTEST_SKIP() << "GONGKAI_TEST_PG is not set or the server is unreachable";
  const std::string url = s->store->url();
  EXPECT_THAT(Raw(url, "TRUNCATE application_events"), HasSubstr("append-only"));
  EXPECT_THAT(Raw(url, "TRUNCATE report_lock_log"), HasSubstr("append-only"));
  EXPECT_THAT(Raw(url, "TRUNCATE applications CASCADE"), HasSubstr("append-only"));
  EXPECT_THAT(Raw(url, "DELETE FROM application_events"), HasSubstr("append-only"));
  EXPECT_THAT(Raw(url, "UPDATE report_lock_log SET reason = 'x'"), HasSubstr("append-only"));
  EXPECT_EQ(Count(url, "application_events"), "3");
  EXPECT_EQ(Count(url, "report_lock_log"), "1");
  EXPECT_EQ(Count(url, "applications"), "1");
}

TEST(PostgresAppendOnly, TheApplicationRoleAddsButNeverRewritesTheLogs) {
  std::unique_ptr<Seeded> s = Seed();
  if (!s) GTEST_SKIP() << "GONGKAI_TEST_PG is not set or the server is unreachable";
  const std::string suffix = std::to_string(::getpid());
  const std::string role = "gk_app_" + suffix;
  const std::string clerk = "gk_clerk_" + suffix;
  ASSERT_TRUE(GrantPostgresAppRole(s->store->url(), role).ok());
  ASSERT_TRUE(GrantPostgresAppRole(s->store->url(), role).ok());  // again: idempotent
  EXPECT_EQ(GrantPostgresAppRole(s->store->url(), "Bad-Name").code(), StatusCode::kInvalidInput);
  ASSERT_EQ(Raw(s->store->server(), "DROP ROLE IF EXISTS " + clerk + "; CREATE ROLE " + clerk +
                                        " LOGIN IN ROLE " + role),
            "");
  {
    // As the clerk: the use cases work …
    Result<std::unique_ptr<service::Database>> as_clerk = OpenPostgresDatabase(s->store->url(clerk));
    ASSERT_TRUE(as_clerk.ok()) << as_clerk.status().message();
    service::CaseService cases(**as_clerk, s->calendars, {}, [] { return std::string("Q2"); });
    service::NewCase c;
    c.agency_id = 1;
    c.subject = "合同";
    c.submitted_on = CivilDate{2025, 3, 3};
    c.received_on = CivilDate{2025, 3, 3};
    Result<int64_t> id = cases.Register(c, {"clerk"});
    ASSERT_TRUE(id.ok()) << id.status().message();
    ASSERT_TRUE(cases.Record(*id, Reply("2025-03-20", law::ReplyType::kDisclosed), {"clerk"}).ok());
    service::ReportLockStore& locks = (*as_clerk)->locks();
    ASSERT_TRUE(locks.Unlock(1, 2023, {"科长", "", "补录"}).ok());
  }
  // … but the logs cannot be rewritten, deleted or emptied, nor the schema changed.
  const std::string url = s->store->url(clerk);
  for (const char* sql : {"UPDATE application_events SET note = 'x'", "DELETE FROM application_events",
                          "TRUNCATE application_events", "UPDATE report_lock_log SET reason = 'x'",
                          "DELETE FROM report_lock_log", "TRUNCATE report_lock_log CASCADE",
                          "DELETE FROM schema_migrations", "DROP TABLE appeals"}) {
    const std::string error = Raw(url, sql);
    EXPECT_TRUE(error.find("permission denied") != std::string::npos ||
                error.find("must be owner") != std::string::npos)
        << sql << ": " << error;
  }
  EXPECT_EQ(Count(s->store->url(), "application_events"), "6");  // 3 seeded + 3 by the clerk
  EXPECT_EQ(Count(s->store->url(), "report_lock_log"), "2");
  (void)Raw(s->store->server(), "DROP OWNED BY " + clerk + ", " + role + "; DROP ROLE " + clerk + "; DROP ROLE " + role);
}

TEST(PostgresUpgrade, AnOlderDatabaseWithDataIsMigratedAndKeepsEverything) {
  std::string skip;
  std::unique_ptr<PostgresStore> store = MakePostgresStore(skip);
  if (!store) GTEST_SKIP() << skip;
  {
    OpenOptions old;
    old.schema_limit = 2;
    auto db = store->Open(old);
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE((*db)->Migrate().ok());
    EXPECT_EQ(*(*db)->SchemaVersion(), 2);
  }
  ASSERT_EQ(Raw(store->url(), std::string(kVersion2Data) +
                                  "SELECT setval(pg_get_serial_sequence('applications', 'id'), 10);"
                                  "SELECT setval(pg_get_serial_sequence('applicants', 'id'), 10);"),
            "");
  auto db = store->Open();
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->Migrate().ok());
  EXPECT_EQ(*(*db)->SchemaVersion(), kSchemaVersion);
  Result<service::Table3Grid> t3 = (*db)->applications().CountTable3({1, 2}, 2024);
  ASSERT_TRUE(t3.ok());
  EXPECT_EQ((*t3)[0][0], 1);
  EXPECT_EQ((*t3)[24][1], 1);
  ShippedCalendars calendars;
  service::IntegrityService integrity(**db, calendars, {});
  EXPECT_THAT(integrity.Check()->problems, ::testing::IsEmpty());
  EXPECT_THAT(Raw(store->url(), "TRUNCATE application_events"), HasSubstr("append-only"));
  ExpectVersion3WorksOnUpgradedData(**db);
}

}  // namespace
}  // namespace gongkai::storage::testing
