#include "service/case_service.h"

#include <vector>

#include "domain/event_history.h"
#include "service/write_use_case.h"

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

ApplicationSummary SummaryOfClock(const law::ClockResult& clock) {
  ApplicationSummary summary;
  summary.state = StateOf(clock.state);
  summary.received_on = clock.received_on;
  summary.due_on = clock.due_on;
  summary.closed_on = clock.closed_on;
  summary.outcome = clock.reply;
  return summary;
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

Result<std::vector<law::ProcedureEvent>> CaseService::EventsInForce(
    const std::vector<domain::ApplicationEvent>& log) {
  Result<std::vector<domain::HistoryEntry>> history = domain::EffectiveHistory(log);
  if (!history.ok()) return history.status();
  std::vector<law::ProcedureEvent> events;
  events.reserve(history->size() + 1);
  for (const domain::HistoryEntry& h : *history) {
    if (h.voided()) continue;
    const domain::ApplicationEvent& e = *h.current;
    Result<law::ProcedureEvent> parsed = law::ParseProcedureEvent(e.kind, e.occurred_on, e.data);
    if (!parsed.ok()) {
      return parsed.status().WithContext("第" + std::to_string(e.seq) + "条办理记录");
    }
    events.push_back(std::move(parsed).value());
  }
  return events;
}

Result<law::ClockResult> CaseService::Replay(int64_t agency_id, law::Channel channel,
                                             const std::vector<law::ProcedureEvent>& events) {
  // Agencies never change once stored: read each one once per service.
  auto known = agencies_.find(agency_id);
  if (known == agencies_.end()) {
    Result<domain::Agency> agency = db_.agencies().Get(agency_id);
    if (!agency.ok()) return agency.status();
    known = agencies_.emplace(agency_id, std::move(agency).value()).first;
  }
  Result<const law::WorkdayCalendar*> calendar = calendars_.ForAgency(known->second);
  if (!calendar.ok()) return calendar.status();
  return law::ComputeClock(events, **calendar, channel, settings_);
}

Result<int64_t> CaseService::Register(const NewCase& c, const Actor& actor) {
  if (c.subject.empty()) {
    return Status::InvalidInput("申请内容为空：应写明申请公开的政府信息的名称、文号或者便于查询的特征性描述（条例第二十九条）。");
  }
  if (actor.name.empty()) return Status::InvalidInput("登记申请须记录经办人");
  std::optional<CivilDate> received = c.received_on;
  // 条例第三十一条第一项: handed in, it is received the day it is submitted.
  if (c.channel == law::Channel::kInPerson && !received) received = c.submitted_on;
  return RunWriteUseCase<int64_t>(db_, [&]() -> Result<int64_t> {
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
    a.external_id = c.external_id;
    a.imported_row = c.imported_row;
    Result<int64_t> id = db_.applications().Create(a);
    if (!id.ok()) return id.status();
    law::ProcedureEvent submitted;
    submitted.kind = law::ProcedureEventKind::kSubmitted;
    submitted.on = c.submitted_on;
    if (Result<RecordedEvent> r = AppendInTransaction(*id, submitted, actor, ""); !r.ok()) {
      return r.status();
    }
    if (received) {
      law::ProcedureEvent receipt;
      receipt.kind = ReceiptKind(c.channel);
      receipt.on = *received;
      if (Result<RecordedEvent> r = AppendInTransaction(*id, receipt, actor, ""); !r.ok()) {
        return r.status();
      }
    }
    return *id;
  });
}

Result<RecordedEvent> CaseService::Record(int64_t application_id,
                                          const law::ProcedureEvent& event, const Actor& actor,
                                          const std::string& note) {
  return RunWriteUseCase<RecordedEvent>(
      db_, [&] { return AppendInTransaction(application_id, event, actor, note); });
}

Result<RecordedEvent> CaseService::AppendInTransaction(int64_t application_id,
                                                       const law::ProcedureEvent& event,
                                                       const Actor& actor,
                                                       const std::string& note) {
  if (actor.name.empty()) return Status::InvalidInput("记录办理事项须记录经办人");
  Result<ApplicationRecord> record = db_.applications().GetForUpdate(application_id);
  if (!record.ok()) return record.status();
  Result<std::vector<law::ProcedureEvent>> events = EventsInForce(record->events);
  if (!events.ok()) return events.status();
  law::ProcedureEvent e = event;
  Result<std::optional<law::FeeCalculation>> fee = PriceFeeNotice(*record, e);
  if (!fee.ok()) return fee.status();
  events->push_back(e);
  const domain::Application& app = record->application;
  Result<law::ClockResult> clock = Replay(app.agency_id, app.channel, *events);
  if (!clock.ok()) return clock.status();
  domain::ApplicationEvent stored;
  stored.application_id = application_id;
  stored.kind = law::ProcedureEventKindName(e.kind);
  stored.occurred_on = e.on;
  stored.actor = actor.name;
  stored.data = law::ProcedureEventDataJson(e);
  stored.note = note;
  const int64_t expected = record->events.empty() ? 1 : record->events.back().seq + 1;
  Result<int64_t> seq =
      db_.applications().AppendEvent(application_id, stored, SummaryOfClock(*clock), expected);
  if (!seq.ok()) return seq.status();
  return RecordedEvent{*seq, std::move(clock).value(), std::move(fee).value()};
}

Result<CaseView> CaseService::Show(int64_t application_id) {
  Result<ApplicationRecord> record = db_.applications().Get(application_id);
  if (!record.ok()) return record.status();
  Result<std::vector<law::ProcedureEvent>> events = EventsInForce(record->events);
  if (!events.ok()) return events.status();
  Result<law::ClockResult> clock =
      Replay(record->application.agency_id, record->application.channel, *events);
  if (!clock.ok()) return clock.status();
  return CaseView{std::move(record).value(), std::move(clock).value()};
}

}  // namespace gongkai::service
