// The shared storage suite on PostgreSQL. Each test gets its own schema in
// the server named by GONGKAI_TEST_PG (set by ctest's gongkai_pg fixture,
// which runs tools/pg-test-server); without it the tests skip.
#include <pqxx/pqxx>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "storage/postgres/postgres_database.h"
#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

class PostgresStore final : public TestStore {
 public:
  PostgresStore(std::string conninfo, std::string schema)
      : conninfo_(std::move(conninfo)), schema_(std::move(schema)) {}
  ~PostgresStore() override {
    try {
      pqxx::connection c(conninfo_);
      pqxx::nontransaction n(c);
      n.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    } catch (const std::exception&) {
      // The throw-away server goes away with its data anyway.
    }
  }
  Result<std::unique_ptr<service::Database>> Open() override {
    const char* sep = conninfo_.find('?') == std::string::npos ? "?" : "&";
    return OpenPostgresDatabase(conninfo_ + sep + "options=-csearch_path%3D" + schema_);
  }

 private:
  std::string conninfo_;
  std::string schema_;
};

std::unique_ptr<TestStore> MakePostgresStore(std::string& skip) {
  const char* url = std::getenv("GONGKAI_TEST_PG");
  if (url == nullptr || *url == '\0') {
    skip = "GONGKAI_TEST_PG is not set: PostgreSQL tests skipped (ctest sets it after "
           "tools/pg-test-server start; or run that script and export the URL it prints)";
    return nullptr;
  }
  static std::atomic<int> counter{0};
  const std::string schema =
      "gk_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  try {
    pqxx::connection c(url);
    pqxx::nontransaction n(c);
    n.exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "cannot prepare schema on GONGKAI_TEST_PG=" << url << ": " << e.what();
    skip = "PostgreSQL unreachable";
    return nullptr;
  }
  return std::make_unique<PostgresStore>(url, schema);
}

INSTANTIATE_TEST_SUITE_P(Postgres, StoreSuite,
                         ::testing::Values(Backend{"Postgres", MakePostgresStore}), BackendName);

}  // namespace
}  // namespace gongkai::storage::testing
