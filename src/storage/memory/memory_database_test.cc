// The shared storage suite on the in-memory fake.
#include "storage/memory/memory_database.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/test_tokenizer.h"

namespace gongkai::storage::testing {
namespace {

class MemoryStore final : public TestStore {
 public:
  Result<std::unique_ptr<service::Database>> Open() override {
    if (!first_) {
      first_ = NewMemoryDatabase(SuiteTokenizer());
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
