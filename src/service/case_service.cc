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

Result<ImportSummary> CaseService::Import(const std::vector<LedgerEntry>& entries,
                                          int64_t default_agency_id, const std::string& actor) {
  Result<std::vector<domain::Agency>> agencies = db_.agencies().List();
  if (!agencies.ok()) return agencies.status();
  const auto resolve = [&](const LedgerEntry& e) -> const domain::Agency* {
    for (const domain::Agency& a : *agencies) {
      if (e.agency.empty() ? a.id == default_agency_id : (a.code == e.agency || a.name == e.agency)) {
        return &a;
      }
    }
    return nullptr;
  };
  // Check every entry through the clock before writing anything.
  std::vector<std::string> problems;
  std::vector<const domain::Agency*> agency_of;
  for (const LedgerEntry& e : entries) {
    const domain::Agency* agency = resolve(e);
    agency_of.push_back(agency);
    const std::string row = "第" + std::to_string(e.row) + "行：";
    if (agency == nullptr) {
      problems.push_back(row + (e.agency.empty() ? "找不到编号为" + std::to_string(default_agency_id) + "的机关。"
                                                 : "找不到办理机关“" + e.agency + "”。"));
      continue;
    }
    Result<const law::WorkdayCalendar*> calendar = calendars_.ForAgency(*agency);
    if (!calendar.ok()) {
      problems.push_back(row + calendar.status().message());
      continue;
    }
    std::vector<law::ProcedureEvent> events(2);
    events[0].kind = law::ProcedureEventKind::kSubmitted;
    events[0].on = e.received_on;
    events[1].kind = ReceiptKind(e.channel);
    events[1].on = e.received_on;
    if (e.closed_on) {
      law::ProcedureEvent reply;
      reply.kind = law::ProcedureEventKind::kReplied;
      reply.on = *e.closed_on;
      reply.reply_type = e.outcome;
      events.push_back(reply);
    }
    if (Result<law::ClockResult> c = law::ComputeClock(events, **calendar, e.channel, settings_);
        !c.ok()) {
      problems.push_back(row + c.status().message());
    }
  }
  if (!problems.empty()) {
    std::string message = "有" + std::to_string(problems.size()) + "处错误：";
    for (const std::string& p : problems) message += "\n  " + p;
    return Status::InvalidInput(message);
  }
  ImportSummary summary;
  const Status written = db_.Transaction([&]() -> Status {
    for (size_t i = 0; i < entries.size(); ++i) {
      const LedgerEntry& e = entries[i];
      NewCase c;
      c.agency_id = agency_of[i]->id;
      c.applicant_kind = e.applicant_kind;
      c.contact = e.contact;
      c.channel = e.channel;
      c.subject = e.subject;
      c.submitted_on = e.received_on;
      c.received_on = e.received_on;
      c.actor = actor;
      Result<int64_t> id = Register(c);
      if (!id.ok()) return id.status().WithContext("第" + std::to_string(e.row) + "行");
      if (e.closed_on) {
        law::ProcedureEvent reply;
        reply.kind = law::ProcedureEventKind::kReplied;
        reply.on = *e.closed_on;
        reply.reply_type = e.outcome;
        Result<RecordedEvent> r = Record(*id, reply, actor, "台账导入");
        if (!r.ok()) return r.status().WithContext("第" + std::to_string(e.row) + "行");
        ++summary.closed;
      }
      ++summary.imported;
    }
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return summary;
}

Result<CaseView> CaseService::Show(int64_t application_id) {
  Result<ApplicationRecord> record = db_.applications().Get(application_id);
  if (!record.ok()) return record.status();
  Result<law::ClockResult> clock = Replay(*record, nullptr);
  if (!clock.ok()) return clock.status();
  return CaseView{std::move(record).value(), std::move(clock).value()};
}

}  // namespace gongkai::service
