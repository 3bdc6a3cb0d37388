// The in-memory fakes of the agency, applicant and application stores.

#include <algorithm>
#include <string>

#include "domain/index_number.h"
#include "service/report_lock_rule.h"
#include "storage/codes.h"
#include "storage/memory/memory_state.h"

namespace gongkai::storage {
namespace memory {
namespace {

class Agencies final : public service::AgencyStore {
 public:
  explicit Agencies(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Result<int64_t> Add(const domain::Agency& agency) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      if (agency.name.empty()) return Status::InvalidInput("机关名称不能为空（应写全称）");
      if (agency.code.empty()) return Status::InvalidInput("机关“" + agency.name + "”缺少机关代码");
      if (agency.parent_id && !d.agencies.count(*agency.parent_id)) {
        return Status::InvalidInput("上级机关 " + std::to_string(*agency.parent_id) + " 不存在");
      }
      for (const auto& [id, a] : d.agencies) {
        if (a.code == agency.code) {
          return Status::InvalidInput("机关代码“" + agency.code + "”已被机关 " +
                                      std::to_string(id) + " 使用，代码必须唯一");
        }
      }
      domain::Agency a = agency;
      a.id = NextId(d.agencies);
      d.agencies[a.id] = a;
      return a.id;
    });
  }

  Result<domain::Agency> Get(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<domain::Agency> {
      auto it = d.agencies.find(id);
      if (it == d.agencies.end()) return Status::NotFound("机关 " + std::to_string(id) + " 不存在");
      return it->second;
    });
  }

  Result<std::vector<domain::Agency>> List() override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::Agency>> {
      std::vector<domain::Agency> out;
      for (const auto& [id, a] : d.agencies) out.push_back(a);
      return out;
    });
  }

  Result<std::vector<domain::Agency>> Children(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::Agency>> {
      if (!d.agencies.count(id)) return Status::NotFound("机关 " + std::to_string(id) + " 不存在");
      std::vector<domain::Agency> out;
      for (const auto& [child, a] : d.agencies) {
        if (a.parent_id == id) out.push_back(a);
      }
      return out;
    });
  }

  Status SetOrgCode(int64_t id, const std::string& org_code) override {
    if (!domain::PlausibleOrgCode(org_code)) return BadOrgCode(org_code);
    return With(*s_, [&](Data& d) -> Status {
      auto it = d.agencies.find(id);
      if (it == d.agencies.end()) return Status::NotFound("机关 " + std::to_string(id) + " 不存在");
      it->second.org_code = org_code;
      return Status::Ok();
    });
  }

  Result<std::vector<int64_t>> Subtree(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<int64_t>> {
      if (!d.agencies.count(id)) return Status::NotFound("机关 " + std::to_string(id) + " 不存在");
      std::vector<int64_t> out{id};
      for (size_t i = 0; i < out.size(); ++i) {
        for (const auto& [child, a] : d.agencies) {
          if (a.parent_id == out[i]) out.push_back(child);
        }
      }
      std::sort(out.begin(), out.end());
      return out;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

class Applicants final : public service::ApplicantStore {
 public:
  explicit Applicants(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Result<int64_t> Add(const domain::Applicant& applicant) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      domain::Applicant a = applicant;
      a.id = NextId(d.applicants);
      d.applicants[a.id] = a;
      return a.id;
    });
  }

  Result<domain::Applicant> GetWithContact(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<domain::Applicant> {
      auto it = d.applicants.find(id);
      if (it == d.applicants.end()) return Status::NotFound("申请人 " + std::to_string(id) + " 不存在");
      return it->second;
    });
  }

  Result<domain::ApplicantKind> Kind(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<domain::ApplicantKind> {
      auto it = d.applicants.find(id);
      if (it == d.applicants.end()) return Status::NotFound("申请人 " + std::to_string(id) + " 不存在");
      return it->second.kind;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

class Applications final : public service::ApplicationStore {
 public:
  explicit Applications(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Result<int64_t> Create(const domain::Application& application) override {
    Status valid = service::ValidateSummary(service::SummaryOf(application));
    if (!valid.ok()) return valid;
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      if (!d.agencies.count(application.agency_id)) {
        return Status::InvalidInput("机关 " + std::to_string(application.agency_id) + " 不存在");
      }
      auto applicant = d.applicants.find(application.applicant_id);
      if (applicant == d.applicants.end()) {
        return Status::InvalidInput("申请人 " + std::to_string(application.applicant_id) + " 不存在");
      }
      domain::Application a = application;
      a.applicant_kind = applicant->second.kind;
      if (!a.external_id.empty()) {
        for (const auto& [id, other] : d.applications) {
          if (other.agency_id == a.agency_id && other.external_id == a.external_id) {
            return Status::InvalidInput("申请编号“" + a.external_id +
                                        "”已在本机关登记，同一机关的申请编号不能重复");
          }
        }
      }
      Status lock = service::CheckApplicationWrite(LockedYears(d, a.agency_id), std::nullopt, a, {});
      if (!lock.ok()) return lock;
      a.id = NextId(d.applications);
      d.applications[a.id] = a;
      d.events[a.id];
      return a.id;
    });
  }

  Result<int64_t> AppendEvent(int64_t application_id, const domain::ApplicationEvent& event,
                              const service::ApplicationSummary& summary,
                              int64_t expected_seq) override {
    const std::string where = "申请 " + std::to_string(application_id) + " 的事件";
    if (event.kind.empty()) return Status::InvalidInput(where + "缺少事件类型（kind）");
    if (event.actor.empty()) return Status::InvalidInput(where + "缺少经办人（actor）");
    Status valid = service::ValidateSummary(summary);
    if (!valid.ok()) return valid.WithContext(where);
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      auto it = d.applications.find(application_id);
      if (it == d.applications.end()) {
        return Status::NotFound("申请 " + std::to_string(application_id) + " 不存在");
      }
      std::vector<domain::ApplicationEvent>& log = d.events[application_id];
      const int64_t seq = static_cast<int64_t>(log.size()) + 1;
      if (seq != expected_seq) {
        return Status::Conflict("申请 " + std::to_string(application_id) + " 在核对期间已由其他人记录了第" +
                                std::to_string(expected_seq) + "条办理记录");
      }
      if (event.corrects_seq && (*event.corrects_seq < 1 || *event.corrects_seq >= seq)) {
        return Status::InvalidInput(where + "：要更正的事件序号 " +
                                    std::to_string(*event.corrects_seq) +
                                    " 不存在（更正只能针对已记录的事件）");
      }
      domain::Application after = it->second;
      service::ApplySummary(summary, after);
      std::vector<CivilDate> touched = {event.occurred_on};
      if (event.corrects_seq) touched.push_back(log[*event.corrects_seq - 1].occurred_on);
      Status lock = service::CheckApplicationWrite(LockedYears(d, after.agency_id), it->second,
                                                   after, touched);
      if (!lock.ok()) return lock;
      domain::ApplicationEvent e = event;
      e.application_id = application_id;
      e.seq = seq;
      if (e.recorded_at.empty()) e.recorded_at = UtcNow();
      if (e.data.empty()) e.data = "{}";
      log.push_back(std::move(e));
      it->second = after;
      return seq;
    });
  }

  Result<service::ApplicationRecord> Get(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<service::ApplicationRecord> {
      auto it = d.applications.find(id);
      if (it == d.applications.end()) return Status::NotFound("申请 " + std::to_string(id) + " 不存在");
      return service::ApplicationRecord{it->second, d.events[id]};
    });
  }

  Result<service::ApplicationRecord> GetForUpdate(int64_t id) override { return Get(id); }

  Result<std::vector<int64_t>> FindByQueryCode(const std::string& query_code) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<int64_t>> {
      std::vector<int64_t> ids;
      for (const auto& [id, a] : d.applications) {
        if (!query_code.empty() && a.query_code == query_code) ids.push_back(id);
      }
      return ids;
    });
  }

  Result<std::optional<domain::Application>> FindByExternalId(
      int64_t agency_id, const std::string& external_id) override {
    return With(*s_, [&](Data& d) -> Result<std::optional<domain::Application>> {
      std::optional<domain::Application> out;
      for (const auto& [id, a] : d.applications) {
        if (!external_id.empty() && a.agency_id == agency_id && a.external_id == external_id) out = a;
      }
      return out;
    });
  }

  Result<std::vector<domain::Application>> SameApplicantReceived(int64_t agency_id,
                                                                 int64_t applicant_id,
                                                                 CivilDate from,
                                                                 CivilDate to) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::Application>> {
      const auto me = d.applicants.find(applicant_id);
      const auto same = [&](int64_t other) {
        if (other == applicant_id) return true;
        if (me == d.applicants.end()) return false;
        const auto o = d.applicants.find(other);
        if (o == d.applicants.end()) return false;
        const domain::ApplicantContact& a = me->second.contact;
        const domain::ApplicantContact& b = o->second.contact;
        if (!a.id_document.empty()) return b.id_document == a.id_document;
        return !a.name.empty() && b.id_document.empty() && b.name == a.name && b.phone == a.phone;
      };
      std::vector<domain::Application> out;
      for (const auto& [id, a] : d.applications) {
        if (a.agency_id == agency_id && a.received_on && *a.received_on >= from &&
            *a.received_on <= to && same(a.applicant_id)) {
          out.push_back(a);
        }
      }
      std::stable_sort(out.begin(), out.end(), [](const domain::Application& x, const domain::Application& y) {
        return *x.received_on < *y.received_on;
      });
      return out;
    });
  }

  Status RewriteSummary(int64_t application_id, const service::ApplicationSummary& summary) override {
    Status valid = service::ValidateSummary(summary);
    if (!valid.ok()) return valid;
    return With(*s_, [&](Data& d) -> Result<int64_t> {
             auto it = d.applications.find(application_id);
             if (it == d.applications.end()) {
               return Status::NotFound("申请 " + std::to_string(application_id) + " 不存在");
             }
             service::ApplySummary(summary, it->second);
             return application_id;
           })
        .status();
  }

  // The fake counts Table 3 from the rows every time: nothing to rebuild.
  Status RebuildDerivedCounts() override {
    return With(*s_, [&](Data&) -> Result<int64_t> { return 0; }).status();
  }

  Result<std::vector<domain::Application>> List(const service::ApplicationFilter& f) override {
    if ((f.due_within_days || f.overdue) && !f.as_of) {
      return Status::InvalidInput("按办理期限筛选（--due-within / --overdue）需要给出基准日期");
    }
    if (f.due_within_days && *f.due_within_days < 0) {
      return Status::InvalidInput("到期天数应为不小于 0 的整数，实际为 " +
                                  std::to_string(*f.due_within_days));
    }
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::Application>> {
      std::vector<domain::Application> out;
      for (const auto& [id, a] : d.applications) {
        if (!InIds(f.agency_ids, a.agency_id)) continue;
        if (f.state && a.state != *f.state) continue;
        const bool open = a.state != domain::ApplicationState::kClosed;
        if (f.due_within_days) {
          const CivilDate until = CivilDate::FromDays(f.as_of->ToDays() + *f.due_within_days);
          if (!open || !a.due_on || *a.due_on < *f.as_of || *a.due_on > until) continue;
        }
        if (f.overdue && (!open || !a.due_on || !(*a.due_on < *f.as_of))) continue;
        out.push_back(a);
      }
      return out;
    });
  }

  Result<service::Table3Grid> CountTable3(const std::vector<int64_t>& agency_ids,
                                          int year) override {
    if (agency_ids.empty()) return Status::InvalidInput("统计表三至少需要一个机关");
    return With(*s_, [&](Data& d) -> Result<service::Table3Grid> {
      service::Table3Grid grid{};
      for (const auto& [id, a] : d.applications) {
        if (!InIds(agency_ids, a.agency_id)) continue;
        for (int row : service::Table3RowsFor(a.received_on, a.closed_on, a.outcome, year)) {
          grid[row][static_cast<int>(a.applicant_kind)] += 1;
        }
      }
      service::CompleteTable3Totals(grid);
      return grid;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

}  // namespace

std::unique_ptr<service::AgencyStore> NewAgencyStore(std::shared_ptr<State> s) {
  return std::make_unique<Agencies>(std::move(s));
}
std::unique_ptr<service::ApplicantStore> NewApplicantStore(std::shared_ptr<State> s) {
  return std::make_unique<Applicants>(std::move(s));
}
std::unique_ptr<service::ApplicationStore> NewApplicationStore(std::shared_ptr<State> s) {
  return std::make_unique<Applications>(std::move(s));
}

}  // namespace memory
}  // namespace gongkai::storage
