#include "service/application_tracking.h"

#include "core/utf8.h"
#include "domain/online_application_form.h"
#include "law/channel.h"

namespace gongkai::service {
namespace {

using K = law::ProcedureEventKind;

std::string StepText(const law::ProcedureEvent& e) {
  switch (e.kind) {
    case K::kSubmitted: return "提交申请";
    case K::kArrived: return "申请已送达受理机关，待确认收到";
    case K::kReceiptConfirmed: return "受理机关确认收到申请（收到申请之日，条例第三十一条）";
    case K::kSignedFor: return "受理机关签收申请（条例第三十一条第二项）";
    case K::kHandedIn: return "当面提交申请（条例第三十一条第一项）";
    case K::kAnsweredOnSpot:
      return "当场答复（条例第三十三条第一款）";
    case K::kCorrectionRequested:
      return "受理机关一次性告知需要补正的事项，请按告知书补正（条例第三十条）；补正期间不计入答复期限";
    case K::kCorrectionReceived:
      return "收到补正后的申请，答复期限自该日起重新计算（条例第三十条）";
    case K::kCorrectionLapsed: return "未在补正期限内补正，视为放弃申请（条例第三十条）";
    case K::kConsultationSent:
      return "就申请涉及的事项征求意见，征求意见所需时间不计入答复期限（条例第三十二条、第三十四条）";
    case K::kConsultationAnswered: return "收到征求意见的答复";
    case K::kConsultationLapsed: return "征求意见期限届满";
    case K::kExtensionApproved:
      return "经政府信息公开工作机构负责人同意，答复期限延长" + std::to_string(e.days) +
             "个工作日（条例第三十三条第二款）";
    case K::kFeeNoticeReceived: return "收到信息处理费缴费通知（国办函〔2020〕109号）";
    case K::kFeePaid: return "已缴纳信息处理费";
    case K::kFeeLapsed: return "未在期限内缴纳信息处理费，视为放弃申请";
    case K::kReasonsRequested: return "受理机关要求说明申请理由（条例第三十五条）";
    case K::kReasonsAccepted: return "申请理由合理，继续办理（条例第三十五条）";
    case K::kReplied: return "作出答复";
    case K::kWithdrawn: return "申请人撤回申请";
  }
  return "";
}

const char* StateText(law::ProcedureState s) {
  switch (s) {
    case law::ProcedureState::kSubmitted: return "已提交，待受理机关确认收到";
    case law::ProcedureState::kInReview: return "办理中";
    case law::ProcedureState::kCorrectionRequested: return "待补正";
    case law::ProcedureState::kReasonsRequested: return "待说明理由";
    case law::ProcedureState::kConsulting: return "征求意见中";
    case law::ProcedureState::kFeePending: return "待缴费";
    case law::ProcedureState::kDecided: return "已答复";
    case law::ProcedureState::kClosed: return "已终止";
  }
  return "";
}

bool SamePhone(const std::string& stored, const std::string& given) {
  const std::string a = domain::PhoneDigits(stored);
  return !a.empty() && a == domain::PhoneDigits(given);
}

}  // namespace

Result<TrackedApplication> TrackApplication(Database& db, CaseService& cases,
                                            const std::string& query_code,
                                            const std::string& phone) {
  const Status unknown = Status::NotFound("查询码或联系电话不正确，请核对后重新输入。");
  const std::string code = utf8::StripSpaces(utf8::FoldWidth(query_code));
  if (code.empty() || code.size() > 64) return unknown;
  Result<std::vector<int64_t>> ids = db.applications().FindByQueryCode(code);
  if (!ids.ok()) return ids.status();
  for (int64_t id : *ids) {
    Result<CaseView> view = cases.Show(id);
    if (!view.ok()) return view.status();
    const domain::Application& a = view->record.application;
    Result<domain::Applicant> applicant = db.applicants().GetWithContact(a.applicant_id);
    if (!applicant.ok()) return applicant.status();
    if (!SamePhone(applicant->contact.phone, phone)) continue;
    TrackedApplication t;
    Result<domain::Agency> agency = db.agencies().Get(a.agency_id);
    if (!agency.ok()) return agency.status();
    t.agency = agency->name;
    t.subject = a.subject;
    t.channel = law::ChannelLabel(a.channel);
    const law::ClockResult& c = view->clock;
    t.submitted_on = c.submitted_on;
    t.received_on = c.receipt_unconfirmed ? std::nullopt : c.received_on;
    t.state = StateText(c.state);
    t.closed = c.closed_on.has_value();
    t.due_on = c.due_on;
    t.due_provisional = c.due_provisional;
    t.due_explanation = c.explanation;
    // The 补正 period is shown while it runs; afterwards the steps tell it.
    if (c.state == law::ProcedureState::kCorrectionRequested) t.correction_deadline = c.correction_deadline;
    t.closed_on = c.closed_on;
    if (c.reply) t.reply = law::ReplyTypeLabel(*c.reply);
    Result<std::vector<law::ProcedureEvent>> events = CaseService::EventsInForce(view->record.events);
    if (!events.ok()) return events.status();
    for (const law::ProcedureEvent& e : *events) t.steps.push_back({e.on, StepText(e)});
    return t;
  }
  return unknown;
}

}  // namespace gongkai::service
