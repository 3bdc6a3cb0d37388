// The data of the in-memory fake (internal to storage/memory).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "domain/agency.h"
#include "domain/appeal.h"
#include "domain/applicant.h"
#include "domain/application.h"
#include "domain/application_request.h"
#include "domain/message.h"
#include "domain/publication.h"
#include "core/status.h"
#include "service/agency_store.h"
#include "service/appeal_store.h"
#include "service/applicant_store.h"
#include "service/application_request_store.h"
#include "service/application_store.h"
#include "service/form_guard_store.h"
#include "service/published_report_store.h"
#include "service/message_store.h"
#include "service/publication_store.h"
#include "service/report_lock_store.h"
#include "service/stats_store.h"
#include "service/text_tokenizer.h"

namespace gongkai::storage::memory {

// A publication with its versions and review log.
struct StoredPublication {
  domain::Publication header;  // content: not used (see versions)
  std::vector<domain::PublicationVersion> versions;
  std::vector<domain::PublicationLogEntry> log;
};

// A mailbox message with its writer's contact and its event log.
struct StoredMessage {
  domain::Message message;
  domain::MessageContact contact;
  std::vector<domain::MessageEvent> events;
};

struct Data {
  int version = 0;  // 0 until Migrate()
  std::map<int64_t, domain::Agency> agencies;
  std::map<int64_t, domain::Applicant> applicants;
  std::map<int64_t, domain::Application> applications;
  std::map<int64_t, std::vector<domain::ApplicationEvent>> events;
  std::map<int64_t, domain::Appeal> appeals;
  std::set<std::pair<int64_t, int>> locked;  // (agency, year)
  std::vector<service::LockLogEntry> lock_log;
  std::map<int64_t, StoredPublication> publications;
  std::set<std::tuple<int64_t, int64_t, domain::LinkKind>> links;  // (from, to, kind)
  std::map<std::string, int64_t> index_serials;
  std::map<std::tuple<int64_t, int, service::StatItem>, service::StatValue> stats;
  std::vector<service::StatValue> stats_log;
  std::map<int64_t, StoredMessage> messages;
  std::map<int64_t, domain::ApplicationRequest> requests;
  std::map<std::string, service::FormToken> form_tokens;
  std::multimap<std::string, int64_t> rate_hits;  // bucket → at
  std::vector<service::PublishedReport> published_reports;  // in order added
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
std::unique_ptr<service::StatsStore> NewStatsStore(std::shared_ptr<State> s);
std::unique_ptr<service::MessageStore> NewMessageStore(std::shared_ptr<State> s);
std::unique_ptr<service::ApplicationRequestStore> NewApplicationRequestStore(
    std::shared_ptr<State> s);
std::unique_ptr<service::FormGuardStore> NewFormGuardStore(std::shared_ptr<State> s);
std::unique_ptr<service::PublishedReportStore> NewPublishedReportStore(std::shared_ptr<State> s);
// Search scans the public publications with `tokenizer` (may be null: then
// Search fails, as the SQL adapters do without one).
std::unique_ptr<service::PublicationStore> NewPublicationStore(
    std::shared_ptr<State> s, const service::TextTokenizer* tokenizer);

}  // namespace gongkai::storage::memory
