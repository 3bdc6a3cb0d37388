// Runs the demo publication plan (demo_pub_plan.h) through the services.
#include "app/demo_publications.h"

#include <cstdio>
#include <map>
#include <optional>
#include <vector>

#include "app/demo_city.h"
#include "app/demo_pub_plan.h"
#include "app/demo_pub_profiles.h"
#include "app/demo_stats.h"

namespace gongkai::app {
namespace {

using demo::LaterStep;
using demo::PlannedPublication;
using demo::PlantedKind;
using demo::StepKind;
using domain::PublicationKind;

// At `minute` after midnight, Beijing time (≥ 08:00, so the UTC date is the same).
service::Moment At(CivilDate d, int minute) {
  const int utc = minute - 8 * 60;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00Z", d.year, d.month, d.day, utc / 60,
                utc % 60);
  return service::Moment{buf, d};
}

service::ScreenHitKind HitKind(PlantedKind k) {
  switch (k) {
    case PlantedKind::kNone:
    case PlantedKind::kResidentId:
      return service::ScreenHitKind::kResidentId;
    case PlantedKind::kMobile:
      return service::ScreenHitKind::kMobile;
    case PlantedKind::kBankCard:
      return service::ScreenHitKind::kBankCard;
  }
  return service::ScreenHitKind::kResidentId;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) {
    text.replace(at, from.size(), to);
  }
  return text;
}

class Runner {
 public:
  Runner(service::Database& db, const service::PublicationTools& tools,
         const service::PublicationSettings& settings, const std::vector<int64_t>& agency_ids,
         DemoPublicationSummary& summary)
      : pubs_(db, tools, settings), agency_ids_(agency_ids), s_(summary) {}

  Status Publish(const PlannedPublication& p, size_t index);
  Status Later(const LaterStep& step, const std::vector<PlannedPublication>& items);

 private:
  // The input of an edit: no new links (they are kept), the attachments kept.
  static service::PublicationInput EditInput(const service::PublicationInput& in) {
    service::PublicationInput e = in;
    e.interprets.clear();
    e.replaces.clear();
    e.attachments.clear();
    e.keep_attachments = true;
    return e;
  }
  Status MaskAndResubmit(const PlannedPublication& p, int64_t id,
                         const service::PublicationInput& in, const service::Actor& clerk,
                         int start);
  int64_t Id(int index) const {
    return index >= 0 && static_cast<size_t>(index) < ids_.size() ? ids_[static_cast<size_t>(index)]
                                                                  : 0;
  }

  service::PublicationService pubs_;
  const std::vector<int64_t>& agency_ids_;
  DemoPublicationSummary& s_;
  std::vector<int64_t> ids_;                // by plan index
  std::map<int64_t, int> published_today_;  // by day
};

Status Runner::MaskAndResubmit(const PlannedPublication& p, int64_t id,
                               const service::PublicationInput& in, const service::Actor& clerk,
                               int start) {
  Result<std::vector<service::ScreenFinding>> findings = pubs_.Screen(id);
  if (!findings.ok()) return findings.status();
  std::string masked;
  for (const service::ScreenFinding& f : *findings) {
    if (f.hit.kind == HitKind(p.planted)) {
      masked = f.hit.masked;
      break;
    }
  }
  if (masked.empty())
    return Status::Internal("筛查结果中没有埋入的" + std::string(demo::PlantedLabel(p.planted)));
  service::PublicationInput e = EditInput(in);
  e.body_html = Replace(e.body_html, p.planted_text, masked);
  if (p.planted_in_attachment && p.attachment) {
    Result<std::string> bytes = demo::AttachmentBytes(*p.attachment, p.planted_text, masked);
    if (!bytes.ok()) return bytes.status();
    e.attachments = {{p.attachment->filename, std::move(*bytes)}};
    e.keep_attachments = false;
  }
  Result<int> edited = pubs_.Edit(clerk, id, e, At(p.created_on, start + 20));
  if (!edited.ok()) return edited.status();
  Status again = pubs_.Submit(clerk, id, "", At(p.created_on, start + 25));
  if (!again.ok()) return again.WithContext("遮盖后重新提交");
  ++s_.screen_masked;
  return Status::Ok();
}

Status Runner::Publish(const PlannedPublication& p, size_t index) {
  const demo::PubProfile& prof = demo::PubProfiles()[static_cast<size_t>(p.agency)];
  const service::Actor clerk{prof.clerk}, reviewer{prof.reviewer}, leader{prof.leader};
  service::PublicationInput in = p.input;
  in.agency_id = agency_ids_[static_cast<size_t>(p.agency)];
  in.kind = p.kind;
  if (p.interprets >= 0) {
    if (!Id(p.interprets)) return Status::Internal("政策解读排在所解读的政策之前");
    in.interprets = {Id(p.interprets)};
  }
  if (p.attachment) {
    Result<std::string> bytes = demo::AttachmentBytes(*p.attachment, "", "");
    if (!bytes.ok()) return bytes.status();
    in.attachments = {{p.attachment->filename, std::move(*bytes)}};
    ++s_.attachments;
  }
  const int start = 8 * 60 + 30 + p.minute;
  Result<int64_t> id = pubs_.Create(clerk, in, At(p.created_on, start));
  if (!id.ok()) return id.status();
  ids_.resize(index + 1, 0);
  ids_[index] = *id;
  ++s_.created;
  if (p.pending && index % 2 == 0) {  // still a draft
    ++s_.pending;
    return Status::Ok();
  }
  service::Actor approver = reviewer;
  std::string override_reason;
  Status submitted = pubs_.Submit(clerk, *id, "", At(p.created_on, start + 5));
  if (p.planted != PlantedKind::kNone) {
    if (submitted.ok()) {
      return Status::Internal("埋入的" + std::string(demo::PlantedLabel(p.planted)) +
                              "未被个人信息筛查发现");
    }
    if (submitted.code() != StatusCode::kInvalidInput) return submitted;
    ++s_.screen_blocked;
    if (p.statutory) {
      // The reviewer submits with the reason; the leader approves (先审后发 by another).
      override_reason = p.override_reason;
      Status st = pubs_.Submit(reviewer, *id, override_reason, At(p.created_on, start + 20));
      if (!st.ok()) return st.WithContext("审核人说明理由后提交");
      approver = leader;
      ++s_.screen_overridden;
    } else if (Status st = MaskAndResubmit(p, *id, in, clerk, start); !st.ok()) {
      return st;
    }
  } else if (!submitted.ok()) {
    return submitted.WithContext(p.bad_checksum ? "含校验位不符的18位数字" : "提交审核");
  } else if (p.bad_checksum) {
    ++s_.bad_checksum_passed;
  }
  if (p.returned) {
    Status back = pubs_.Return(reviewer, *id, "标题与正文表述不一致，请核对后重新提交",
                               At(p.created_on, start + 60));
    if (!back.ok()) return back;
    Result<int> edited = pubs_.Edit(clerk, *id, EditInput(in), At(p.created_on, start + 80));
    if (!edited.ok()) return edited.status();
    if (Status again = pubs_.Submit(clerk, *id, "", At(p.created_on, start + 85)); !again.ok())
      return again;
    ++s_.returned;
  }
  if (p.pending) {  // 待审核 at year end
    ++s_.pending;
    return Status::Ok();
  }
  // Published in plan order, two minutes apart from 13:30: the 索引号 serials
  // follow the publication times.
  const int at = 13 * 60 + 30 + 2 * published_today_[p.published_on.ToDays()]++;
  if (Status st = pubs_.Approve(approver, *id, "同意发布", At(p.published_on, at)); !st.ok())
    return st;
  Result<std::string> index_no =
      pubs_.Publish(reviewer, *id, override_reason, At(p.published_on, at + 20));
  return index_no.status();
}

Status Runner::Later(const LaterStep& step, const std::vector<PlannedPublication>& items) {
  const PlannedPublication& p = items[static_cast<size_t>(step.target)];
  const demo::PubProfile& prof = demo::PubProfiles()[static_cast<size_t>(p.agency)];
  const service::Actor clerk{prof.clerk}, reviewer{prof.reviewer}, leader{prof.leader};
  const int64_t id = Id(step.target);
  if (!id) return Status::Internal("后续步骤所指的信息尚未生成");
  constexpr int kAt = 16 * 60 + 10;
  switch (step.kind) {
    case StepKind::kAbolish:
    case StepKind::kExpire: {
      const bool abolish = step.kind == StepKind::kAbolish;
      std::optional<int64_t> by;
      if (step.other >= 0) by = Id(step.other);
      Status st = pubs_.ChangeValidity(
          leader, id, abolish ? domain::Validity::kAbolished : domain::Validity::kExpired, step.on,
          by, step.reason, At(step.on, kAt + 35));
      if (!st.ok()) return st;
      ++(abolish ? s_.abolished : s_.expired);
      if (by) ++s_.replaced;
      return Status::Ok();
    }
    case StepKind::kWithdraw: {
      Status st = pubs_.Withdraw(reviewer, id, step.reason, At(step.on, kAt + 30));
      if (st.ok()) ++s_.withdrawn;
      return st;
    }
    case StepKind::kRevise: {
      service::PublicationInput e = EditInput(p.input);
      e.agency_id = agency_ids_[static_cast<size_t>(p.agency)];
      e.body_html += "<p>" + step.reason + "</p>\n";
      Result<int> edited = pubs_.Edit(clerk, id, e, At(step.on, kAt));
      if (!edited.ok()) return edited.status();
      if (Status st = pubs_.Submit(clerk, id, "", At(step.on, kAt + 5)); !st.ok()) return st;
      if (Status st = pubs_.Approve(reviewer, id, "同意更新", At(step.on, kAt + 20)); !st.ok())
        return st;
      Result<std::string> again = pubs_.Publish(reviewer, id, "", At(step.on, kAt + 25));
      if (again.ok()) ++s_.revised;
      return again.status();
    }
    case StepKind::kLink: {
      Status st = pubs_.LinkInterpretation(clerk, Id(step.other), id, At(step.on, kAt + 40));
      if (st.ok()) ++s_.interpretation_links;
      return st;
    }
  }
  return Status::Ok();
}

Result<std::vector<int64_t>> DemoAgencyIds(service::Database& db, int64_t root) {
  Result<std::vector<domain::Agency>> all = db.agencies().List();
  if (!all.ok()) return all.status();
  std::map<std::string, int64_t> by_code;
  for (const domain::Agency& a : *all) by_code[a.code] = a.id;
  std::vector<int64_t> ids;
  for (const demo::AgencySpec& spec : demo::CityAgencies()) {
    auto it = by_code.find(spec.code);
    if (it == by_code.end())
      return Status::InvalidInput(std::string("找不到演示机关“") + spec.name + "”");
    ids.push_back(it->second);
  }
  if (ids.front() != root)
    return Status::InvalidInput("机关编号 " + std::to_string(root) + " 不是青山市人民政府");
  return ids;
}

Result<std::vector<CivilDate>> Workdays(service::CalendarProvider& calendars, int year) {
  domain::Agency probe;
  Result<const law::WorkdayCalendar*> cal = calendars.ForAgency(probe);
  if (!cal.ok()) return cal.status();
  std::vector<CivilDate> days;
  for (CivilDate d{year - 1, 1, 1}; d.year <= year; d = CivilDate::FromDays(d.ToDays() + 1)) {
    Result<bool> working = (*cal)->IsWorkingDay(d);
    if (!working.ok()) return working.status();
    if (*working) days.push_back(d);
  }
  return days;
}

Status Seed(service::Database& db, const service::PublicationTools& tools,
            const std::vector<int64_t>& agency_ids, const std::vector<CivilDate>& workdays,
            const DemoPublicationOptions& o, DemoPublicationSummary& s) {
  for (size_t i = 0; i < agency_ids.size(); ++i) {
    Status st =
        db.agencies().SetOrgCode(agency_ids[i], demo::OrgCode(demo::PubProfiles()[i].org_base));
    if (!st.ok())
      return st.WithContext(std::string("设置“") + demo::CityAgencies()[i].name +
                            "”的组织机构代码");
  }
  demo::Dice dice(o.seed * 0x9E3779B97F4A7C15ULL + 0x7075626cULL);
  for (int y = o.year - 1; y <= o.year; ++y) {
    Result<int> figures = demo::SeedDemoStats(db, agency_ids, y, dice);
    if (!figures.ok()) return figures.status();
    s.stats_figures += *figures;
  }
  const demo::DemoPlan plan = demo::PlanPublications(dice, workdays, o.year, o.publications);
  Runner run(db, tools, o.settings, agency_ids, s);
  for (size_t i = 0; i < plan.items.size(); ++i) {
    const PlannedPublication& p = plan.items[i];
    if (Status st = run.Publish(p, i); !st.ok()) {
      return st.WithContext("演示信息第" + std::to_string(i + 1) + "条《" + p.input.title + "》（" +
                            demo::CityAgencies()[static_cast<size_t>(p.agency)].name + "）");
    }
  }
  for (const LaterStep& step : plan.later) {
    if (Status st = run.Later(step, plan.items); !st.ok()) {
      return st.WithContext("演示信息《" +
                            plan.items[static_cast<size_t>(step.target)].input.title +
                            "》的后续处理（" + step.on.ToString() + "）");
    }
  }
  service::PublicationFilter f;
  f.agency_ids = agency_ids;
  f.public_only = true;
  for (int k = 0; k < 5; ++k) {
    service::PublicationFilter of = f;
    of.year = o.year;
    of.kind = static_cast<PublicationKind>(k);
    Result<int64_t> n = db.publications().Count(of);
    if (!n.ok()) return n.status();
    s.by_kind[static_cast<size_t>(k)] = *n;
  }
  service::PublicationFilter prev = f;
  prev.year = o.year - 1;
  Result<int64_t> n = db.publications().Count(prev);
  if (!n.ok()) return n.status();
  s.previous_year = *n;
  service::PublicationFilter missing = f;
  missing.missing_interpretation = true;
  n = db.publications().Count(missing);
  if (!n.ok()) return n.status();
  s.without_interpretation = *n;
  return Status::Ok();
}

}  // namespace

Result<DemoPublicationSummary> SeedDemoPublications(service::Database& db,
                                                    const service::PublicationTools& tools,
                                                    service::CalendarProvider& calendars,
                                                    const DemoPublicationOptions& options,
                                                    int64_t root_agency_id) {
  if (options.publications < 0 || options.publications > 100000) {
    return Status::InvalidInput("主动公开信息条数应为0至100000，实为" +
                                std::to_string(options.publications) + "。");
  }
  Result<std::vector<CivilDate>> workdays = Workdays(calendars, options.year);
  if (!workdays.ok()) return workdays.status();
  DemoPublicationSummary summary;
  const Status st = db.Transaction([&]() -> Status {
    summary = DemoPublicationSummary{};
    summary.year = options.year;
    Result<std::vector<int64_t>> ids = DemoAgencyIds(db, root_agency_id);
    if (!ids.ok()) return ids.status();
    return Seed(db, tools, *ids, *workdays, options, summary);
  });
  if (!st.ok()) return st;
  return summary;
}

std::string DemoPublicationSummaryText(const DemoPublicationSummary& s) {
  const std::string y = std::to_string(s.year);
  const auto n = [](int64_t v) { return std::to_string(v); };
  int64_t year_total = 0;
  for (int64_t k : s.by_kind) year_total += k;
  std::string out;
  const std::string stats = "  表二年度数据：" + std::to_string(s.year - 1) + "—" + y +
                            "年各部门和镇街的行政许可、行政处罚、行政强制、行政事业性收费共" +
                            n(s.stats_figures) + "项\n";
  if (s.created == 0)
    return "  主动公开：未生成（--publications 0），已设置各机关组织机构代码\n" + stats;
  out += "  主动公开：" + y + "年发布" + n(year_total) + "条（一般信息" + n(s.by_kind[0]) +
         "条、规章" + n(s.by_kind[1]) + "件、行政规范性文件" + n(s.by_kind[2]) + "件、政策解读" +
         n(s.by_kind[3]) + "篇、会议" + n(s.by_kind[4]) + "条），" + std::to_string(s.year - 1) +
         "年发布" + n(s.previous_year) + "条；附件" + n(s.attachments) + "个\n";
  out += "  规章和规范性文件：废止" + n(s.abolished) + "件（其中被新文件替代" + n(s.replaced) +
         "件）、失效" + n(s.expired) + "件；未关联政策解读" + n(s.without_interpretation) +
         "件，发布后补充关联解读" + n(s.interpretation_links) + "件\n";
  out += "  审核发布：撤回" + n(s.withdrawn) + "条，修订后重新发布" + n(s.revised) +
         "条，退回修改" + n(s.returned) + "条，年底仍为草稿或待审核" + n(s.pending) + "条\n";
  out += "  个人信息筛查：拦截" + n(s.screen_blocked) + "条（经办人遮盖后重新提交" +
         n(s.screen_masked) + "条，审核人说明理由后保留" + n(s.screen_overridden) +
         "条）；校验位不符的18位数字" + n(s.bad_checksum_passed) + "处未拦截\n";
  out += stats;
  return out;
}

}  // namespace gongkai::app
