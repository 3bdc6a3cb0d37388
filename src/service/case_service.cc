#include "service/case_service.h"

#include <vector>

namespace gongkai::service {

domain::ApplicationState StateOf(law::ProcedureState s) {
  switch (s) {
    case law::ProcedureState::kSubmitted:
      return domain::ApplicationState::kSubmitted;
    case law::ProcedureState::kInReview:
    case law::ProcedureState::kReasonsRequested:
      return domain::ApplicationState::kInProgress;
    case law::ProcedureState::kCorrectionRequested:
      return domain::ApplicationState::kCorrectionRequested;
    case law::ProcedureState::kConsulting:
      return domain::ApplicationState::kConsulting;
    case law::ProcedureState::kFeePending:
      return domain::ApplicationState::kFeePending;
    case law::ProcedureState::kDecided:
    case law::ProcedureState::kClosed:
      return domain::ApplicationState::kClosed;
  }
  return domain::ApplicationState::kSubmitted;
}

law::ProcedureEventKind CaseService::ReceiptKind(law::Channel channel) {
  switch (channel) {
    case law::Channel::kInPerson:
      return law::ProcedureEventKind::kHandedIn;
    case law::Channel::kRegisteredPost:
      return law::ProcedureEventKind::kSignedFor;
    case law::Channel::kOrdinaryPost:
    case law::Channel::kOnline:
    case law::Channel::kFax:
      return law::ProcedureEventKind::kReceiptConfirmed;
  }
  return law::ProcedureEventKind::kReceiptConfirmed;
}

CaseService::CaseService(Database& db, CalendarProvider& calendars, law::ClockSettings settings,
                         std::function<std::string()> make_query_code)
    : db_(db),
      calendars_(calendars),
      settings_(settings),
      make_query_code_(std::move(make_query_code)) {}

Result<law::ClockResult> CaseService::Replay(const ApplicationRecord& record,
                                             const law::ProcedureEvent* extra) {
  Result<domain::Agency> agency = db_.agencies().Get(record.application.agency_id);
  if (!agency.ok()) return agency.status();
  Result<const law::WorkdayCalendar*> calendar = calendars_.ForAgency(*agency);
  if (!calendar.ok()) return calendar.status();
  std::vector<law::ProcedureEvent> events;
  events.reserve(record.events.size() + 1);
  for (const domain::ApplicationEvent& e : record.events) {
    Result<law::ProcedureEvent> parsed = law::ParseProcedureEvent(e.kind, e.occurred_on, e.data);
    if (!parsed.ok()) {
      return parsed.status().WithContext("第" + std::to_string(e.seq) + "条办理记录");
    }
    events.push_back(std::move(parsed).value());
  }
  if (extra != nullptr) events.push_back(*extra);
  return law::ComputeClock(events, **calendar, record.application.channel, settings_);
}

Result<int64_t> CaseService::Register(const NewCase& c) {
  if (c.subject.empty()) {
    return Status::InvalidInput("申请内容为空：应写明申请公开的政府信息的名称、文号或者便于查询的特征性描述（条例第二十九条）。");
  }
  domain::Applicant applicant;
  applicant.kind = c.applicant_kind;
  applicant.contact = c.contact;
  Result<int64_t> applicant_id = db_.applicants().Add(applicant);
  if (!applicant_id.ok()) return applicant_id.status();
  domain::Application a;
  a.agency_id = c.agency_id;
  a.applicant_id = *applicant_id;
  a.applicant_kind = c.applicant_kind;
  a.channel = c.channel;
  a.subject = c.subject;
  a.query_code = make_query_code_();
  a.submitted_on = c.submitted_on;
  Result<int64_t> id = db_.applications().Create(a);
  if (!id.ok()) return id.status();
  law::ProcedureEvent submitted;
  submitted.kind = law::ProcedureEventKind::kSubmitted;
  submitted.on = c.submitted_on;
  if (Result<RecordedEvent> r = Record(*id, submitted, c.actor); !r.ok()) return r.status();
  if (c.received_on) {
    law::ProcedureEvent receipt;
    receipt.kind = ReceiptKind(c.channel);
    receipt.on = *c.received_on;
    if (Result<RecordedEvent> r = Record(*id, receipt, c.actor); !r.ok()) return r.status();
  }
  return id;
}

Result<RecordedEvent> CaseService::Record(int64_t application_id,
                                          const law::ProcedureEvent& event,
                                          const std::string& actor, const std::string& note) {
  Result<ApplicationRecord> record = db_.applications().Get(application_id);
  if (!record.ok()) return record.status();
  Result<law::ClockResult> clock = Replay(*record, &event);
  if (!clock.ok()) return clock.status();
  domain::ApplicationEvent stored;
  stored.application_id = application_id;
  stored.kind = law::ProcedureEventKindName(event.kind);
  stored.occurred_on = event.on;
  stored.actor = actor;
  stored.data = law::ProcedureEventDataJson(event);
  stored.note = note;
  ApplicationSummary summary;
  summary.state = StateOf(clock->state);
  summary.received_on = clock->received_on;
  summary.due_on = clock->due_on;
  summary.closed_on = clock->closed_on;
  summary.outcome = clock->reply;
  Result<int64_t> seq = db_.applications().AppendEvent(application_id, stored, summary);
  if (!seq.ok()) return seq.status();
  return RecordedEvent{*seq, std::move(clock).value()};
}

Result<CaseView> CaseService::Show(int64_t application_id) {
  Result<ApplicationRecord> record = db_.applications().Get(application_id);
  if (!record.ok()) return record.status();
  Result<law::ClockResult> clock = Replay(*record, nullptr);
  if (!clock.ok()) return clock.status();
  return CaseView{std::move(record).value(), std::move(clock).value()};
}

}  // namespace gongkai::service
