// Corrections of a case record: a new event supersedes a mistaken one, the
// mistaken one stays in the log (DESIGN.md: nothing is deleted).
#include <string>

#include "domain/event_history.h"
#include "service/case_service.h"
#include "service/write_use_case.h"

namespace gongkai::service {

Result<RecordedEvent> CaseService::Correct(int64_t application_id, const Correction& c,
                                           const Actor& actor) {
  if (c.reason.empty()) return Status::InvalidInput("更正办理记录须写明原因（--reason），原因会记入记录");
  if (actor.name.empty()) return Status::InvalidInput("更正办理记录须记录经办人");
  return RunWriteUseCase<RecordedEvent>(
      db_, [&] { return CorrectInTransaction(application_id, c, actor); });
}

Result<RecordedEvent> CaseService::CorrectInTransaction(int64_t application_id,
                                                        const Correction& c, const Actor& actor) {
  Result<ApplicationRecord> record = db_.applications().GetForUpdate(application_id);
  if (!record.ok()) return record.status();
  Result<int64_t> target = domain::CorrectedSeq(record->events, c.seq);
  if (!target.ok()) return target.status().WithContext("申请 " + std::to_string(application_id));
  Result<std::vector<domain::HistoryEntry>> history = domain::EffectiveHistory(record->events);
  if (!history.ok()) return history.status();
  const std::string what = "第" + std::to_string(*target) + "条办理记录";
  std::optional<law::ProcedureEvent> replacement = c.replacement;
  std::optional<law::FeeCalculation> fee;
  if (replacement) {
    Result<std::optional<law::FeeCalculation>> priced = PriceFeeNotice(*record, *replacement);
    if (!priced.ok()) return priced.status();
    fee = std::move(priced).value();
  }
  std::vector<law::ProcedureEvent> events;
  const domain::HistoryEntry* entry = nullptr;
  for (const domain::HistoryEntry& h : *history) {
    if (h.original->seq == *target) {
      entry = &h;
      if (replacement) events.push_back(*replacement);
      continue;
    }
    if (h.voided()) continue;
    Result<law::ProcedureEvent> e =
        law::ParseProcedureEvent(h.current->kind, h.current->occurred_on, h.current->data);
    if (!e.ok()) return e.status().WithContext("第" + std::to_string(h.current->seq) + "条办理记录");
    events.push_back(std::move(e).value());
  }
  if (entry == nullptr) return Status::Internal(what + "不在办理记录中");
  const domain::ApplicationEvent& current = *entry->current;
  if (!replacement) {
    if (entry->voided()) return Status::InvalidInput(what + "已作废，无需再次作废");
    if (entry->original->kind == law::ProcedureEventKindName(law::ProcedureEventKind::kSubmitted)) {
      return Status::InvalidInput("“提交申请”记录不能作废；提交日期有误时请更正为正确的日期");
    }
  }
  domain::ApplicationEvent stored;
  stored.application_id = application_id;
  stored.kind = replacement ? law::ProcedureEventKindName(replacement->kind) : domain::kVoidEventKind;
  stored.occurred_on = replacement ? replacement->on : current.occurred_on;
  stored.actor = actor.name;
  stored.data = replacement ? law::ProcedureEventDataJson(*replacement) : "{}";
  stored.note = c.reason;
  stored.corrects_seq = *target;
  if (stored.kind == current.kind && stored.occurred_on == current.occurred_on &&
      stored.data == (current.data.empty() ? "{}" : current.data)) {
    return Status::InvalidInput("更正的内容与" + what + "现有内容相同，无需更正");
  }
  const domain::Application& app = record->application;
  Result<law::ClockResult> clock = Replay(app.agency_id, app.channel, events);
  if (!clock.ok()) return clock.status().WithContext("更正后" + what + "与其他记录不能衔接");
  const int64_t expected = record->events.back().seq + 1;
  Result<int64_t> seq =
      db_.applications().AppendEvent(application_id, stored, SummaryOfClock(*clock), expected);
  if (!seq.ok()) return seq.status();
  return RecordedEvent{*seq, std::move(clock).value(), std::move(fee)};
}

}  // namespace gongkai::service
