// The in-memory fakes of the appeal and lock stores, and the Database.
#include "storage/memory/memory_database.h"

#include <functional>
#include <string>
#include <utility>

#include "service/appeal_decision.h"
#include "service/report_lock_rule.h"
#include "storage/codes.h"
#include "storage/memory/memory_state.h"
#include "storage/schema_version.h"

namespace gongkai::storage {
namespace memory {
namespace {

class Appeals final : public service::AppealStore {
 public:
  explicit Appeals(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Result<int64_t> Add(const domain::Appeal& appeal) override {
    Status valid = service::ValidateAppealDecision(appeal);
    if (!valid.ok()) return valid;
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      if (!d.agencies.count(appeal.agency_id)) {
        return Status::InvalidInput("机关 " + std::to_string(appeal.agency_id) + " 不存在");
      }
      if (appeal.application_id && !d.applications.count(*appeal.application_id)) {
        return Status::InvalidInput("申请 " + std::to_string(*appeal.application_id) + " 不存在");
      }
      Status lock =
          service::CheckAppealWrite(LockedYears(d, appeal.agency_id), std::nullopt, appeal);
      if (!lock.ok()) return lock;
      domain::Appeal a = appeal;
      a.id = NextId(d.appeals);
      d.appeals[a.id] = a;
      return a.id;
    });
  }

  Status Decide(int64_t id, CivilDate decided_on, domain::AppealOutcome outcome,
                const std::string& decided_by) override {
    Result<int64_t> r = With(*s_, [&](Data& d) -> Result<int64_t> {
      auto it = d.appeals.find(id);
      if (it == d.appeals.end()) {
        return Status::NotFound("复议诉讼案件 " + std::to_string(id) + " 不存在");
      }
      if (it->second.decided_on) {
        return Status::InvalidInput(service::AppealName(it->second) + "已于 " +
                                    it->second.decided_on->ToString() + " 审结，不能再次审结");
      }
      domain::Appeal after = it->second;
      after.decided_on = decided_on;
      after.outcome = outcome;
      after.decided_by = decided_by;
      Status valid = service::ValidateAppealDecision(after);
      if (!valid.ok()) return valid;
      Status lock = service::CheckAppealWrite(LockedYears(d, after.agency_id), it->second, after);
      if (!lock.ok()) return lock;
      it->second = after;
      return id;
    });
    return r.status();
  }

  Result<domain::Appeal> Get(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<domain::Appeal> {
      auto it = d.appeals.find(id);
      if (it == d.appeals.end()) {
        return Status::NotFound("复议诉讼案件 " + std::to_string(id) + " 不存在");
      }
      return it->second;
    });
  }

  Result<std::vector<domain::Appeal>> List(const std::vector<int64_t>& agency_ids) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::Appeal>> {
      std::vector<domain::Appeal> out;
      for (const auto& [id, a] : d.appeals) {
        if (InIds(agency_ids, a.agency_id)) out.push_back(a);
      }
      return out;
    });
  }

  Result<service::Table4Counts> CountTable4(const std::vector<int64_t>& agency_ids,
                                            int year) override {
    if (agency_ids.empty()) return Status::InvalidInput("统计表四至少需要一个机关");
    return With(*s_, [&](Data& d) -> Result<service::Table4Counts> {
      service::Table4Counts counts{};
      for (const auto& [id, a] : d.appeals) {
        if (!InIds(agency_ids, a.agency_id)) continue;
        if (std::optional<int> cell = service::Table4CellFor(a, year)) counts[*cell] += 1;
      }
      service::CompleteTable4Totals(counts);
      return counts;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

class Locks final : public service::ReportLockStore {
 public:
  explicit Locks(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Status Lock(int64_t agency_id, int year, const service::LockAction& action) override {
    return Change(agency_id, year, action, service::LockEventKind::kLock);
  }
  Status Unlock(int64_t agency_id, int year, const service::LockAction& action) override {
    return Change(agency_id, year, action, service::LockEventKind::kUnlock);
  }

  Result<bool> IsLocked(int64_t agency_id, int year) override {
    return With(*s_, [&](Data& d) -> Result<bool> {
      return d.locked.count({agency_id, year}) > 0;
    });
  }

  Result<std::vector<int>> LockedYears(int64_t agency_id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<int>> {
      return memory::LockedYears(d, agency_id);
    });
  }

  Result<std::vector<service::LockLogEntry>> Log(int64_t agency_id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<service::LockLogEntry>> {
      std::vector<service::LockLogEntry> out;
      for (const service::LockLogEntry& e : d.lock_log) {
        if (e.agency_id == agency_id) out.push_back(e);
      }
      return out;
    });
  }

 private:
  Status Change(int64_t agency_id, int year, const service::LockAction& action,
                service::LockEventKind kind) {
    if (year < 2008 || year > 9999) {
      return Status::InvalidInput("报告年度 " + std::to_string(year) +
                                  " 无效，应为 2008 年以后的四位年份");
    }
    const bool lock = kind == service::LockEventKind::kLock;
    if (action.actor.empty()) {
      return Status::InvalidInput(std::string(lock ? "锁定" : "解锁") + "报告年度必须记录操作人");
    }
    if (!lock && action.reason.empty()) {
      return Status::InvalidInput("解锁 " + std::to_string(year) + " 年度必须填写原因");
    }
    Result<bool> r = With(*s_, [&](Data& d) -> Result<bool> {
      if (!d.agencies.count(agency_id)) {
        return Status::NotFound("机关 " + std::to_string(agency_id) + " 不存在");
      }
      const bool locked = d.locked.count({agency_id, year}) > 0;
      if (lock && locked) {
        return Status::InvalidInput("机关 " + std::to_string(agency_id) + " 的 " +
                                    std::to_string(year) + " 年度已锁定，无需重复锁定");
      }
      if (!lock && !locked) {
        return Status::InvalidInput("机关 " + std::to_string(agency_id) + " 的 " +
                                    std::to_string(year) + " 年度未锁定，无法解锁");
      }
      if (lock) {
        d.locked.insert({agency_id, year});
      } else {
        d.locked.erase({agency_id, year});
      }
      service::LockAction logged = action;
      if (logged.at.empty()) logged.at = UtcNow();
      d.lock_log.push_back({agency_id, year, kind, logged});
      return true;
    });
    return r.status();
  }

  std::shared_ptr<State> s_;
};

// Migrations of the fake: the newest schema version of the SQL adapters.
constexpr int kMemorySchemaVersion = kSchemaVersion;

class MemoryDatabase final : public service::Database {
 public:
  MemoryDatabase(std::shared_ptr<State> s, const service::TextTokenizer* tokenizer)
      : state_(s),
        tokenizer_(tokenizer),
        agencies_(NewAgencyStore(s)),
        applicants_(NewApplicantStore(s)),
        applications_(NewApplicationStore(s)),
        appeals_(s),
        locks_(s),
        publications_(NewPublicationStore(s, tokenizer)),
        stats_(NewStatsStore(s)),
        messages_(NewMessageStore(s)),
        requests_(NewApplicationRequestStore(s)),
        guards_(NewFormGuardStore(s)),
        reports_(NewPublishedReportStore(s)) {}

  Status Migrate() override {
    std::lock_guard<std::recursive_mutex> lock(state_->mu);
    state_->data.version = kMemorySchemaVersion;
    return Status::Ok();
  }
  Result<int> SchemaVersion() override {
    std::lock_guard<std::recursive_mutex> lock(state_->mu);
    return state_->data.version;
  }
  int LatestSchemaVersion() const override { return kMemorySchemaVersion; }
  // Holds the mutex for the whole body (other threads' calls wait, as for
  // SQLite's write lock) and puts the data back as it was when the body
  // fails; nested calls keep their own snapshot, so an inner failure undoes
  // only the inner writes.
  Status Transaction(const std::function<Status()>& body) override {
    std::lock_guard<std::recursive_mutex> lock(state_->mu);
    Data before = state_->data;
    Status st = body();
    if (!st.ok()) state_->data = std::move(before);
    return st;
  }

  // Holds the mutex: no other thread writes while the body reads.
  Status Snapshot(const std::function<Status()>& body) override {
    std::lock_guard<std::recursive_mutex> lock(state_->mu);
    return body();
  }

  service::AgencyStore& agencies() override { return *agencies_; }
  service::ApplicantStore& applicants() override { return *applicants_; }
  service::ApplicationStore& applications() override { return *applications_; }
  service::AppealStore& appeals() override { return appeals_; }
  service::ReportLockStore& locks() override { return locks_; }
  service::PublicationStore& publications() override { return *publications_; }
  service::StatsStore& stats() override { return *stats_; }
  service::MessageStore& messages() override { return *messages_; }
  service::ApplicationRequestStore& requests() override { return *requests_; }
  service::FormGuardStore& guards() override { return *guards_; }
  service::PublishedReportStore& reports() override { return *reports_; }

  const std::shared_ptr<State>& state() const { return state_; }
  const service::TextTokenizer* tokenizer() const { return tokenizer_; }

 private:
  std::shared_ptr<State> state_;
  const service::TextTokenizer* tokenizer_;
  std::unique_ptr<service::AgencyStore> agencies_;
  std::unique_ptr<service::ApplicantStore> applicants_;
  std::unique_ptr<service::ApplicationStore> applications_;
  Appeals appeals_;
  Locks locks_;
  std::unique_ptr<service::PublicationStore> publications_;
  std::unique_ptr<service::StatsStore> stats_;
  std::unique_ptr<service::MessageStore> messages_;
  std::unique_ptr<service::ApplicationRequestStore> requests_;
  std::unique_ptr<service::FormGuardStore> guards_;
  std::unique_ptr<service::PublishedReportStore> reports_;
};

}  // namespace
}  // namespace memory

std::unique_ptr<service::Database> NewMemoryDatabase(const service::TextTokenizer* tokenizer) {
  return std::make_unique<memory::MemoryDatabase>(std::make_shared<memory::State>(), tokenizer);
}

std::unique_ptr<service::Database> ReopenMemoryDatabase(service::Database& db) {
  if (auto* m = dynamic_cast<memory::MemoryDatabase*>(&db)) {
    return std::make_unique<memory::MemoryDatabase>(m->state(), m->tokenizer());
  }
  return NewMemoryDatabase();
}

}  // namespace gongkai::storage
