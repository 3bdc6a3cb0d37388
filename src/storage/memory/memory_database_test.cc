// The shared storage suite on the in-memory fake.
#include "storage/memory/memory_database.h"
#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

class MemoryStore final : public TestStore {
 public:
  Result<std::unique_ptr<service::Database>> Open() override {
    if (!first_) {
      first_ = NewMemoryDatabase();
      return ReopenMemoryDatabase(*first_);
    }
    return ReopenMemoryDatabase(*first_);
  }

 private:
  std::unique_ptr<service::Database> first_;
};

INSTANTIATE_TEST_SUITE_P(Memory, StoreSuite,
                         ::testing::Values(Backend{"Memory", [](std::string&) {
                                                     return std::unique_ptr<TestStore>(
                                                         new MemoryStore());
                                                   }}),
                         BackendName);

}  // namespace
}  // namespace gongkai::storage::testing
