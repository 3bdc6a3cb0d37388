// The PostgreSQL tests' store (postgres_test_store.h). A _test.cc file so
// that it is compiled into the test binary only.
#include <pqxx/pqxx>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "storage/postgres/postgres_test_store.h"

namespace gongkai::storage::testing {

PostgresStore::~PostgresStore() {
  try {
    pqxx::connection c(conninfo_);
    pqxx::nontransaction n(c);
    n.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  } catch (const std::exception&) {
    // The throw-away server goes away with its data anyway.
  }
}

std::unique_ptr<PostgresStore> MakePostgresStore(std::string& skip) {
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

}  // namespace gongkai::storage::testing
