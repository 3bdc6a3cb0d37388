// The data of the in-memory fake (internal to storage/memory).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <map>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include "domain/agency.h"
#include "domain/appeal.h"
#include "domain/applicant.h"
#include "domain/application.h"
#include "core/status.h"
#include "service/agency_store.h"
#include "service/appeal_store.h"
#include "service/applicant_store.h"
#include "service/application_store.h"
#include "service/report_lock_store.h"

namespace gongkai::storage::memory {

struct Data {
  int version = 0;  // 0 until Migrate()
  std::map<int64_t, domain::Agency> agencies;
  std::map<int64_t, domain::Applicant> applicants;
  std::map<int64_t, domain::Application> applications;
  std::map<int64_t, std::vector<domain::ApplicationEvent>> events;
  std::map<int64_t, domain::Appeal> appeals;
  std::set<std::pair<int64_t, int>> locked;  // (agency, year)
  std::vector<service::LockLogEntry> lock_log;
};

struct State {
  // Recursive: Database::Transaction holds it for its whole body, and the
  // store calls inside take it again.
  std::recursive_mutex mu;
  Data data;
};

template <typename M>
int64_t NextId(const M& m) {
  return m.empty() ? 1 : m.rbegin()->first + 1;
}

inline bool InIds(const std::vector<int64_t>& ids, int64_t id) {
  return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end();
}

inline std::vector<int> LockedYears(const Data& d, int64_t agency_id) {
  std::vector<int> years;
  for (const auto& [agency, year] : d.locked) {
    if (agency == agency_id) years.push_back(year);
  }
  return years;
}

// Runs `f` on the data under the mutex; fails before Migrate() like an
// uninitialised SQL database.
template <typename F>
auto With(State& s, F&& f) -> decltype(f(s.data)) {
  std::lock_guard<std::recursive_mutex> lock(s.mu);
  if (s.data.version == 0) {
    return Status::NotFound("内存数据库尚未初始化，请先运行 Migrate()");
  }
  return f(s.data);
}


std::unique_ptr<service::AgencyStore> NewAgencyStore(std::shared_ptr<State> s);
std::unique_ptr<service::ApplicantStore> NewApplicantStore(std::shared_ptr<State> s);
std::unique_ptr<service::ApplicationStore> NewApplicationStore(std::shared_ptr<State> s);

}  // namespace gongkai::storage::memory
