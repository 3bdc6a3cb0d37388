// The shared storage suite on PostgreSQL. Each test gets its own schema in
// the server named by GONGKAI_TEST_PG (set by ctest's gongkai_pg fixture,
// which runs tools/pg-test-server); without it the tests skip.
#include "storage/postgres/postgres_test_store.h"

namespace gongkai::storage::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(Postgres, StoreSuite,
                         ::testing::Values(Backend{"Postgres", MakePostgresStore}), BackendName);

}  // namespace
}  // namespace gongkai::storage::testing
