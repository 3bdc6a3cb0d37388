// The shared storage test suite: written once against the service ports and
// instantiated for every adapter (memory, SQLite, PostgreSQL) with a factory.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "service/database.h"

namespace gongkai::storage::testing {

// One empty store per test; Open() may be called again to get a second
// connection to the same data (like reopening a file).
class TestStore {
 public:
  virtual ~TestStore() = default;
  virtual Result<std::unique_ptr<service::Database>> Open() = 0;
};

struct Backend {
  std::string name;
  // Returns a fresh store, or null with `skip` set to why it cannot run.
  std::function<std::unique_ptr<TestStore>(std::string& skip)> make;
};

// Names the backend in test listings (instead of gtest's byte dump).
inline void PrintTo(const Backend& b, std::ostream* os) { *os << b.name; }

inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param.name;
}

CivilDate D(const char* iso);

// AppendEvent after whatever the log holds now: the suite tests the store,
// not the replay that gives a use case the seq it expects.
Result<int64_t> AppendAtEnd(service::Database& db, int64_t application_id,
                            const domain::ApplicationEvent& event,
                            const service::ApplicationSummary& summary);

class StoreSuite : public ::testing::TestWithParam<Backend> {
 public:
  void SetUp() override;

  service::Database& db() { return *db_; }

  // Helpers that fail the test (ADD_FAILURE) and return 0 when a write fails.
  int64_t AddAgency(const std::string& name, const std::string& code,
                    std::optional<int64_t> parent = std::nullopt,
                    domain::AgencyKind kind = domain::AgencyKind::kDepartment);
  int64_t AddApplicant(domain::ApplicantKind kind, const std::string& name = "张三");
  // A new application (submitted on `received` or 2024-01-02), received on
  // `received` (event 1, due 20 days later) and, when `closed` is set,
  // closed with `outcome` (event 2).
  int64_t AddCase(int64_t agency, int64_t applicant, std::optional<CivilDate> received,
                  std::optional<CivilDate> closed = std::nullopt,
                  law::ReplyType outcome = law::ReplyType::kDisclosed);
  static domain::ApplicationEvent Event(const std::string& kind, CivilDate on,
                                        const std::string& note = "");

  std::unique_ptr<TestStore> store_;
  std::unique_ptr<service::Database> db_;
};

}  // namespace gongkai::storage::testing
