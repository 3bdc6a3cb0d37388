#include "app/demo_seed.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "app/demo_city.h"
#include "domain/appeal.h"
#include "law/clock.h"
#include "law/fee.h"
#include "service/case_service.h"
#include "service/table3_counts.h"

namespace gongkai::app {
namespace {

using domain::ApplicantKind;
using law::Channel;
using law::ProcedureEventKind;
using law::ReplyType;

using demo::Dice;

const service::Actor kActor{"demo"};

// Working-day arithmetic on the city's calendar; the first error sticks and
// is reported after the application it happened in.
class Days {
 public:
  explicit Days(const law::WorkdayCalendar& cal) : cal_(cal) {}
  CivilDate Add(CivilDate d, int n) {
    Result<law::DayCount> c = cal_.AddWorkingDays(d, n);
    if (!c.ok()) return Keep(c.status(), d);
    return c->end;
  }
  bool Working(CivilDate d) {
    Result<bool> w = cal_.IsWorkingDay(d);
    if (!w.ok()) return Keep(w.status(), false);
    return *w;
  }
  CivilDate NextWorking(CivilDate d) {  // d itself when it is one
    for (int i = 0; i < 30 && !Working(d); ++i) d = Plus(d, 1);
    return d;
  }
  // The n-th 工作日 before d (n >= 1), never before `floor`.
  CivilDate Back(CivilDate d, int n, CivilDate floor) {
    while (n > 0 && d > floor) {
      d = Plus(d, -1);
      if (Working(d)) --n;
    }
    return std::max(d, floor);
  }
  static CivilDate Plus(CivilDate d, int days) { return CivilDate::FromDays(d.ToDays() + days); }
  const Status& error() const { return error_; }

 private:
  template <typename T>
  T Keep(const Status& s, T fallback) {
    if (error_.ok()) error_ = s;
    return fallback;
  }
  const law::WorkdayCalendar& cal_;
  Status error_ = Status::Ok();
};

struct Planned {
  int agency = 0;  // index into demo::CityAgencies()
  ApplicantKind kind = ApplicantKind::kNaturalPerson;
  Channel channel = Channel::kOnline;
  CivilDate submitted, received;
  std::string subject;
  domain::ApplicantContact contact;
};

// What became of one application by 31 Dec Y.
struct Outcome {
  int64_t id = 0;
  int agency = 0;
  std::optional<CivilDate> received_on, closed_on;
  std::optional<ReplyType> reply;
};

class Generator {
 public:
  Generator(service::Database& db, service::CaseService& cases, const law::WorkdayCalendar& cal,
            const DemoSeedOptions& o)
      : db_(db), cases_(cases), days_(cal), dice_(o.seed), o_(o),
        year_end_{o.year, 12, 31} {}

  Status Run(DemoSeedSummary& summary);

 private:
  Status AddAgencies();
  std::vector<Planned> Plan();
  Status Simulate(const Planned& p, Outcome& out);
  Status AddAppeals(const std::vector<Outcome>& outcomes, DemoSeedSummary& summary);

  service::Database& db_;
  service::CaseService& cases_;
  Days days_;
  Dice dice_;
  DemoSeedOptions o_;
  CivilDate year_end_;
  std::vector<int64_t> agency_ids_;
};

Status Generator::AddAgencies() {
  for (const demo::AgencySpec& spec : demo::CityAgencies()) {
    domain::Agency a;
    a.name = spec.name;
    a.code = spec.code;
    a.kind = spec.kind;
    if (!agency_ids_.empty()) a.parent_id = agency_ids_.front();
    Result<int64_t> id = db_.agencies().Add(a);
    if (!id.ok()) return id.status().WithContext(std::string("添加机关“") + a.name + "”");
    agency_ids_.push_back(*id);
  }
  return Status::Ok();
}

std::vector<Planned> Generator::Plan() {
  // 收到申请之日: working days from 15 Oct Y−1 through 31 Dec Y.
  std::vector<CivilDate> workdays;
  for (CivilDate d{o_.year - 1, 10, 15}; d <= year_end_; d = Days::Plus(d, 1)) {
    if (days_.Working(d)) workdays.push_back(d);
  }
  std::vector<Planned> plans;
  if (workdays.empty()) return plans;
  int total_weight = 0;
  const std::span<const demo::AgencySpec> agencies = demo::CityAgencies();
  for (const demo::AgencySpec& a : agencies) total_weight += a.weight;
  for (int n = 0; n < o_.applications; ++n) {
    Planned p;
    int x = dice_.Below(total_weight);
    while (x >= agencies[p.agency].weight) x -= agencies[p.agency++].weight;
    p.kind = dice_.Weighted<ApplicantKind>({{ApplicantKind::kNaturalPerson, 850},
                                            {ApplicantKind::kCommercial, 80},
                                            {ApplicantKind::kLegalService, 30},
                                            {ApplicantKind::kResearch, 10},
                                            {ApplicantKind::kPublicInterest, 10},
                                            {ApplicantKind::kOtherOrg, 20}});
    p.channel = dice_.Weighted<Channel>({{Channel::kOnline, 700},
                                         {Channel::kInPerson, 160},
                                         {Channel::kRegisteredPost, 80},
                                         {Channel::kOrdinaryPost, 30},
                                         {Channel::kFax, 30}});
    p.received = workdays[dice_.Below(static_cast<int>(workdays.size()))];
    int before = 0;  // calendar days from sending to receipt
    switch (p.channel) {
      case Channel::kInPerson: before = 0; break;
      case Channel::kOnline: before = dice_.Between(0, 2); break;
      case Channel::kFax: before = dice_.Between(0, 1); break;
      case Channel::kRegisteredPost: before = dice_.Between(2, 5); break;
      case Channel::kOrdinaryPost: before = dice_.Between(3, 7); break;
    }
    p.submitted = Days::Plus(p.received, -before);
    std::string place;
    p.subject = demo::DrawSubject(dice_, p.agency, p.received.year, place);
    switch (p.kind) {
      case ApplicantKind::kNaturalPerson:
        p.contact.name = demo::DrawPersonName(dice_);
        break;
      case ApplicantKind::kCommercial: p.contact.name = demo::DrawCompany(dice_); break;
      case ApplicantKind::kLegalService: p.contact.name = demo::DrawLawFirm(dice_); break;
      case ApplicantKind::kResearch: p.contact.name = "青山学院地方治理研究中心"; break;
      case ApplicantKind::kPublicInterest: p.contact.name = "青山市绿色家园环保志愿者协会"; break;
      case ApplicantKind::kOtherOrg: p.contact.name = place + "业主委员会"; break;
    }
    p.contact.address = "青山市" + place + "（演示数据）";
    plans.push_back(std::move(p));
  }
  // Registered in the order they arrived, so ids follow the calendar.
  std::stable_sort(plans.begin(), plans.end(), [](const Planned& a, const Planned& b) {
    return a.received < b.received;
  });
  return plans;
}

Status Generator::Simulate(const Planned& p, Outcome& out) {
  out.agency = p.agency;
  service::NewCase c;
  c.agency_id = agency_ids_[p.agency];
  c.applicant_kind = p.kind;
  c.contact = p.contact;
  c.channel = p.channel;
  c.subject = p.subject;
  c.submitted_on = p.submitted;
  Result<int64_t> id = cases_.Register(c, kActor);
  if (!id.ok()) return id.status();
  out.id = *id;

  law::ClockResult clock;
  CivilDate last = p.submitted;
  bool stopped = false;  // the next event falls after 31 Dec Y: it stays open
  const auto record = [&](law::ProcedureEvent e) -> Status {
    if (!days_.error().ok()) return days_.error();
    if (stopped || e.on > year_end_) {
      stopped = true;
      return Status::Ok();
    }
    Result<service::RecordedEvent> r = cases_.Record(*id, e, kActor);
    if (!r.ok()) return r.status();
    clock = r->clock;
    last = e.on;
    return Status::Ok();
  };
  const auto event = [](ProcedureEventKind kind, CivilDate on) {
    law::ProcedureEvent e;
    e.kind = kind;
    e.on = on;
    return e;
  };
  const auto finish = [&]() -> Status {
    out.received_on = clock.received_on;
    if (!stopped && clock.closed_on) {
      out.closed_on = clock.closed_on;
      out.reply = clock.reply;
    }
    return days_.error();
  };
  // 收到申请之日 (条例第三十一条): handed in, Register recorded it already.
  if (p.channel == Channel::kInPerson) {
    Result<service::CaseView> view = cases_.Show(*id);
    if (!view.ok()) return view.status();
    clock = view->clock;
    last = p.received;
  } else if (Status s = record(event(service::CaseService::ReceiptKind(p.channel), p.received));
             !s.ok()) {
    return s;
  }
  const CivilDate received = p.received;
  // 当场答复 (条例第三十三条第一款): some counter applications.
  if (p.channel == Channel::kInPerson && dice_.Chance(0.10)) {
    law::ProcedureEvent e = event(ProcedureEventKind::kAnsweredOnSpot, received);
    e.reply_type = dice_.Weighted<ReplyType>(
        {{ReplyType::kAlreadyPublic, 50}, {ReplyType::kDisclosed, 30}, {ReplyType::kNotThisAgency, 20}});
    if (Status s = record(e); !s.ok()) return s;
    return finish();
  }
  if (dice_.Chance(0.01)) {  // withdrawn → R23
    if (Status s = record(event(ProcedureEventKind::kWithdrawn, days_.Add(received, dice_.Between(1, 10))));
        !s.ok()) {
      return s;
    }
    return finish();
  }
  bool corrected = false;
  // 补正 (条例第三十条): within 7 工作日, 15 工作日 given to the applicant.
  if (dice_.Chance(0.08)) {
    law::ProcedureEvent e = event(ProcedureEventKind::kCorrectionRequested,
                                  days_.Add(received, dice_.Between(1, law::kCorrectionNoticeDays)));
    e.days = 15;
    e.received_on = Days::Plus(e.on, dice_.Between(0, 3));
    const CivilDate notice_received = *e.received_on;
    if (Status s = record(e); !s.ok()) return s;
    if (stopped) return finish();
    if (dice_.Chance(0.75)) {
      corrected = true;
      const CivilDate on = days_.Add(notice_received, dice_.Between(1, 12));
      if (Status s = record(event(ProcedureEventKind::kCorrectionReceived, on)); !s.ok()) return s;
    } else {
      const CivilDate on = days_.Add(*clock.correction_deadline, 1);
      if (Status s = record(event(ProcedureEventKind::kCorrectionLapsed, on)); !s.ok()) return s;
      return finish();
    }
  }
  bool consulted = false;
  // 征求意见 (条例第三十二条、第三十四条): the clock pauses.
  if (!stopped && dice_.Chance(0.06)) {
    consulted = true;
    law::ProcedureEvent e = event(ProcedureEventKind::kConsultationSent,
                                  days_.Add(*clock.clock_start, dice_.Between(2, 8)));
    if (dice_.Chance(0.75)) {
      e.consultee = law::Consultee::kThirdParty;
      e.party = demo::DrawCompany(dice_);
    } else {
      e.consultee = law::Consultee::kOtherAgency;
      e.party = demo::DrawOtherAgency(dice_);
    }
    e.received_on = Days::Plus(e.on, dice_.Between(1, 3));
    const CivilDate sent = e.on;
    if (Status s = record(e); !s.ok()) return s;
    if (!stopped) {
      if (dice_.Chance(0.85)) {
        if (Status s = record(event(ProcedureEventKind::kConsultationAnswered,
                                    days_.Add(sent, dice_.Between(3, 14))));
            !s.ok()) {
          return s;
        }
      } else {
        // Recorded the 工作日 after the window: the consultee may answer on its last day.
        const CivilDate end = days_.Add(clock.consultations.back().window_end, 1);
        if (Status s = record(event(ProcedureEventKind::kConsultationLapsed, end)); !s.ok()) return s;
      }
    }
  }
  // 信息处理费 (国办函〔2020〕109号): rare, for large requests.
  if (!stopped && dice_.Chance(0.02)) {
    law::ProcedureEvent e = event(ProcedureEventKind::kFeeNoticeReceived, last);
    e.sent_on = days_.Add(last, dice_.Between(1, 4));
    e.on = Days::Plus(*e.sent_on, dice_.Between(1, 4));
    e.fee_method = law::FeeMethod::kPerPage;
    e.fee_quantity = dice_.Between(40, 300);  // pages; CaseService computes the amount (109号第五条)
    const CivilDate notice = e.on;
    if (Status s = record(e); !s.ok()) return s;
    if (!stopped) {
      if (dice_.Chance(0.8)) {
        if (Status s = record(event(ProcedureEventKind::kFeePaid, days_.Add(notice, dice_.Between(1, 12))));
            !s.ok()) {
          return s;
        }
      } else {
        const CivilDate on = days_.Add(*clock.fee_payment_due, 1);
        if (Status s = record(event(ProcedureEventKind::kFeeLapsed, on)); !s.ok()) return s;
        return finish();
      }
    }
  }
  // 延长答复期限 (条例第三十三条第二款): approved a few 工作日 before the due date.
  bool extended = false;
  if (!stopped && dice_.Chance(0.07)) {
    extended = true;
    law::ProcedureEvent e =
        event(ProcedureEventKind::kExtensionApproved, days_.Back(*clock.due_on, dice_.Between(1, 5), last));
    e.approver = demo::DrawApprover(dice_);
    e.days = dice_.Weighted<int>({{20, 50}, {15, 25}, {10, 20}, {5, 5}});
    if (Status s = record(e); !s.ok()) return s;
  }
  if (stopped) return finish();
  // The reply (条例第三十六条): mostly on time, a few late.
  const CivilDate due = *clock.due_on;
  CivilDate on;
  if (dice_.Chance(0.015)) {
    on = days_.Add(due, dice_.Between(1, 8));
  } else {
    const int span = law::kReplyDays + clock.extension_days;
    // Most replies come in the second half of the period; with an extension,
    // inside the extra days.
    int t = dice_.Between(law::kReplyDays, span);
    if (!extended) {
      const int a = dice_.Between(3, span);
      t = std::min(a, dice_.Between(5, span));
    }
    on = std::max(std::min(days_.Add(*clock.clock_start, t), due), days_.NextWorking(last));
  }
  law::ProcedureEvent reply = event(ProcedureEventKind::kReplied, on);
  reply.reply_type = demo::DrawReply(dice_);
  if (corrected && dice_.Chance(0.15)) reply.reply_type = ReplyType::kStillUnclear;
  if (consulted && dice_.Chance(0.4)) reply.reply_type = ReplyType::kPartlyDisclosed;
  if (Status s = record(reply); !s.ok()) return s;
  return finish();
}

Status Generator::AddAppeals(const std::vector<Outcome>& outcomes, DemoSeedSummary& summary) {
  std::vector<domain::Appeal> appeals;
  for (const Outcome& o : outcomes) {
    if (!o.closed_on || !o.reply) continue;
    // Refusals are appealed more often than disclosures: about 2% overall.
    const bool disclosed = *o.reply == ReplyType::kDisclosed || *o.reply == ReplyType::kAlreadyPublic;
    if (!dice_.Chance(disclosed ? 0.01 : 0.03)) continue;
    domain::Appeal a;
    a.agency_id = agency_ids_[o.agency];
    a.application_id = o.id;
    a.kind = dice_.Weighted<domain::AppealKind>({{domain::AppealKind::kReview, 75},
                                                  {domain::AppealKind::kDirectLitigation, 15},
                                                  {domain::AppealKind::kLitigationAfterReview, 10}});
    int decide_days = 0;
    switch (a.kind) {
      case domain::AppealKind::kReview:  // 行政复议法: within 60 days of knowing
        a.filed_on = Days::Plus(*o.closed_on, dice_.Between(5, 55));
        decide_days = dice_.Between(30, 90);
        break;
      case domain::AppealKind::kDirectLitigation:  // 行政诉讼法第四十六条: six months
        a.filed_on = Days::Plus(*o.closed_on, dice_.Between(10, 150));
        decide_days = dice_.Between(60, 180);
        break;
      case domain::AppealKind::kLitigationAfterReview:  // 15 days after the review decision
        a.filed_on = Days::Plus(*o.closed_on, dice_.Between(70, 140));
        decide_days = dice_.Between(60, 180);
        break;
    }
    const domain::AppealOutcome outcome = dice_.Weighted<domain::AppealOutcome>(
        {{domain::AppealOutcome::kUpheld, 55}, {domain::AppealOutcome::kCorrected, 20},
         {domain::AppealOutcome::kOther, 25}});
    if (a.filed_on > year_end_) continue;  // brought next year: not part of this demo
    const CivilDate decided = Days::Plus(a.filed_on, decide_days);
    if (decided <= year_end_) {
      a.decided_on = decided;
      a.outcome = outcome;
    }
    appeals.push_back(std::move(a));
  }
  // 案号 numbered per year in the order the cases were brought.
  std::stable_sort(appeals.begin(), appeals.end(),
                   [](const domain::Appeal& a, const domain::Appeal& b) { return a.filed_on < b.filed_on; });
  std::map<int, int> reviews, suits;  // by year
  for (domain::Appeal& a : appeals) {
    const int y = a.filed_on.year;
    const std::string ys = std::to_string(y);
    if (a.kind == domain::AppealKind::kReview) {
      a.case_number = "青府复〔" + ys + "〕" + std::to_string(++reviews[y]) + "号";
    } else {
      a.case_number = "（" + ys + "）青0191行初" + std::to_string(++suits[y]) + "号";
    }
    if (!a.decided_on) ++summary.appeals_pending;
    a.recorded_by = kActor.name;
    if (a.decided_on) a.decided_by = kActor.name;
    Result<int64_t> id = db_.appeals().Add(a);
    if (!id.ok()) return id.status().WithContext("添加复议诉讼案件" + a.case_number);
    ++summary.appeals;
  }
  return Status::Ok();
}

Status Generator::Run(DemoSeedSummary& summary) {
  if (Status s = AddAgencies(); !s.ok()) return s;
  summary.root_agency_id = agency_ids_.front();
  summary.agencies = static_cast<int>(demo::CityAgencies().size());
  const std::vector<Planned> plans = Plan();
  if (!days_.error().ok()) return days_.error();
  std::vector<Outcome> outcomes(plans.size());
  for (size_t i = 0; i < plans.size(); ++i) {
    if (Status s = Simulate(plans[i], outcomes[i]); !s.ok()) {
      return s.WithContext("演示申请第" + std::to_string(i + 1) + "件（" +
                           demo::CityAgencies()[plans[i].agency].name + "，收到申请之日" +
                           plans[i].received.ToString() + "）");
    }
    const Outcome& o = outcomes[i];
    ++summary.applications;
    if (o.closed_on) ++summary.closed;
    for (int row : service::Table3RowsFor(o.received_on, o.closed_on, o.reply, o_.year)) {
      if (row == 0) ++summary.received_in_year;
      if (row == 1) ++summary.carried_in;
      if (row == service::kTable3CarriedRow) ++summary.open_at_year_end;
    }
  }
  return AddAppeals(outcomes, summary);
}

}  // namespace

Result<DemoSeedSummary> SeedDemo(service::Database& db, service::CalendarProvider& calendars,
                                 const DemoSeedOptions& options,
                                 const std::function<std::string()>& make_query_code) {
  if (options.applications < 1 || options.applications > 100000) {
    return Status::InvalidInput("申请件数应为1至100000，实为" + std::to_string(options.applications) + "。");
  }
  Result<std::vector<domain::Agency>> existing = db.agencies().List();
  if (!existing.ok()) return existing.status();
  if (!existing->empty()) {
    return Status::InvalidInput("数据库中已有机关数据，请使用新的数据库文件");
  }
  domain::Agency probe;  // every demo agency uses the national calendar
  Result<const law::WorkdayCalendar*> cal = calendars.ForAgency(probe);
  if (!cal.ok()) return cal.status();
  for (int y = options.year - 1; y <= options.year + 1; ++y) {
    if (!(*cal)->HasYear(y)) {
      return Status::InvalidInput("工作日历缺少" + std::to_string(y) + "年的数据：生成" +
                                  std::to_string(options.year) + "年的演示数据需要" +
                                  std::to_string(options.year - 1) + "至" +
                                  std::to_string(options.year + 1) +
                                  "年的节假日安排（可用 gongkai calendar import 导入）。");
    }
  }
  service::CaseService cases(db, calendars, {}, make_query_code);
  DemoSeedSummary summary;
  // One transaction: one fsync on SQLite, and nothing stays after a failure.
  const Status s = db.Transaction([&]() -> Status {
    summary = DemoSeedSummary{};
    Generator g(db, cases, **cal, options);
    return g.Run(summary);
  });
  if (!s.ok()) return s;
  return summary;
}

std::string DemoSeedSummaryText(const DemoSeedSummary& s, int year) {
  const std::string y = std::to_string(year);
  std::string out;
  out += "已生成青山市" + y + "年度政府信息公开演示数据：\n";
  out += "  机关：" + std::to_string(s.agencies) + "个（市政府、" +
         std::to_string(s.agencies - 1 - 4) + "个部门、4个镇街），市政府机关编号：" +
         std::to_string(s.root_agency_id) + "\n";
  out += "  申请：" + std::to_string(s.applications) + "件，其中" + y + "年新收" +
         std::to_string(s.received_in_year) + "件，上年结转" + std::to_string(s.carried_in) + "件\n";
  out += "  截至" + y + "年12月31日：已办结" + std::to_string(s.closed) + "件，未办结（结转下年度）" +
         std::to_string(s.open_at_year_end) + "件\n";
  out += "  行政复议、行政诉讼：" + std::to_string(s.appeals) + "件，其中尚未审结" +
         std::to_string(s.appeals_pending) + "件\n";
  return out;
}

}  // namespace gongkai::app
