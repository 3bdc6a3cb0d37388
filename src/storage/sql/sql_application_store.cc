// Applications and their append-only event logs over SqlConnection: the
// writes (Create, AppendEvent) and reading one application with its log.
#include <string>
#include <vector>

#include "service/report_lock_rule.h"
#include "storage/codes.h"
#include "storage/sql/sql_application_row.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {

Result<int64_t> SqlApplicationStore::Create(const domain::Application& application) {
  Status valid = service::ValidateSummary(service::SummaryOf(application));
  if (!valid.ok()) return valid;
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status agency = RequireRow(tx, "agencies", application.agency_id, "机关");
    if (!agency.ok()) return Status::InvalidInput(agency.message());
    Result<SqlRows> kind = tx.Exec("SELECT kind FROM applicants WHERE id = $1",
                                   {SqlParam::Int(application.applicant_id)});
    if (!kind.ok()) return kind.status();
    if (kind->empty()) {
      return Status::InvalidInput("申请人 " + std::to_string(application.applicant_id) + " 不存在");
    }
    Result<int64_t> kind_index = ToInt(kind->at(0)[0], "applicants.kind");
    if (!kind_index.ok()) return kind_index.status();
    domain::Application a = application;
    std::optional<domain::ApplicantKind> k = ApplicantKindFromIndex(*kind_index);
    if (!k) return Status::Damaged("applicants.kind 的值超出 0–5");
    a.applicant_kind = *k;
    Result<std::vector<int>> locked = LockedYearsIn(tx, a.agency_id);
    if (!locked.ok()) return locked.status();
    Status lock = service::CheckApplicationWrite(*locked, std::nullopt, a, {});
    if (!lock.ok()) return lock;
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO applications (agency_id, applicant_id, applicant_kind, channel, subject, "
        "query_code, submitted_on, state, received_on, due_on, closed_on, outcome, outcome_row, "
        "last_seq, external_id, imported_row) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
        "$11, $12, $13, 0, $14, $15) RETURNING id",
        {SqlParam::Int(a.agency_id), SqlParam::Int(a.applicant_id), SqlParam::Int(*kind_index),
         SqlParam::Text(law::ChannelName(a.channel)), SqlParam::Text(a.subject),
         SqlParam::Text(a.query_code), SqlParam::Date(a.submitted_on),
         SqlParam::Text(domain::ApplicationStateName(a.state)), SqlParam::Date(a.received_on),
         SqlParam::Date(a.due_on), SqlParam::Date(a.closed_on), OutcomeParam(a.outcome),
         OutcomeRowParam(a.outcome),
         a.external_id.empty() ? SqlParam::Null() : SqlParam::Text(a.external_id),
         SqlParam::Text(a.imported_row)});
    if (!rows.ok()) {
      if (tx.last_failure() == SqlFailure::kUnique && !a.external_id.empty()) {
        return Status::InvalidInput("申请编号“" + a.external_id + "”已在本机关登记，同一机关的申请编号不能重复");
      }
      return rows.status();
    }
    Result<int64_t> new_id = ToInt(rows->at(0)[0], "applications.id");
    if (!new_id.ok()) return new_id.status();
    id = *new_id;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return id;
}

Result<int64_t> SqlApplicationStore::AppendEvent(int64_t application_id,
                                                 const domain::ApplicationEvent& event,
                                                 const service::ApplicationSummary& summary,
                                                 int64_t expected_seq) {
  const std::string where = "申请 " + std::to_string(application_id) + " 的事件";
  if (event.kind.empty()) return Status::InvalidInput(where + "缺少事件类型（kind）");
  if (event.actor.empty()) return Status::InvalidInput(where + "缺少经办人（actor）");
  Status valid = service::ValidateSummary(summary);
  if (!valid.ok()) return valid.WithContext(where);
  int64_t seq = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    // Taking the next seq first also locks the row (PostgreSQL) for the
    // rest of the transaction, so concurrent appends get 1, 2, 3 … in turn.
    Result<SqlRows> next = tx.Exec(std::string("UPDATE applications SET last_seq = last_seq + 1 WHERE id = $1 "
                                               "RETURNING last_seq, ") + kApplicationColumnList,
                                   {SqlParam::Int(application_id)});
    if (!next.ok()) return next.status();
    if (next->empty()) return Status::NotFound("申请 " + std::to_string(application_id) + " 不存在");
    Result<int64_t> s = ToInt(next->at(0)[0], "applications.last_seq");
    if (!s.ok()) return s.status();
    seq = *s;
    if (seq != expected_seq) {
      return Status::Conflict("申请 " + std::to_string(application_id) + " 在核对期间已由其他人记录了第" +
                              std::to_string(expected_seq) + "条办理记录");
    }
    Result<domain::Application> before = ApplicationFromRow(next->at(0), 1);
    if (!before.ok()) return before.status();
    domain::Application after = *before;
    service::ApplySummary(summary, after);
    Result<std::vector<int>> locked = LockedYearsIn(tx, after.agency_id);
    if (!locked.ok()) return locked.status();
    std::vector<CivilDate> touched = {event.occurred_on};
    if (event.corrects_seq) {
      Result<SqlRows> old = tx.Exec(
          "SELECT CAST(occurred_on AS TEXT) FROM application_events WHERE application_id = $1 AND "
          "seq = $2",
          {SqlParam::Int(application_id), SqlParam::Int(*event.corrects_seq)});
      if (!old.ok()) return old.status();
      if (old->empty()) {
        return Status::InvalidInput(where + "：要更正的事件序号 " + std::to_string(*event.corrects_seq) +
                                    " 不存在（更正只能针对已记录的事件）");
      }
      Result<std::optional<CivilDate>> on = ToDate(old->at(0)[0], "application_events.occurred_on");
      if (!on.ok()) return on.status();
      if (*on) touched.push_back(**on);
    }
    Status lock = service::CheckApplicationWrite(*locked, *before, after, touched);
    if (!lock.ok()) return lock;
    // The summary is written before the event on purpose: if the event is
    // refused (e.g. corrects_seq names no event) the rollback must undo it.
    Result<SqlRows> updated = tx.Exec(
        "UPDATE applications SET state = $2, received_on = $3, due_on = $4, closed_on = $5, "
        "outcome = $6, outcome_row = $7 WHERE id = $1",
        {SqlParam::Int(application_id), SqlParam::Text(domain::ApplicationStateName(after.state)),
         SqlParam::Date(after.received_on), SqlParam::Date(after.due_on),
         SqlParam::Date(after.closed_on), OutcomeParam(after.outcome),
         OutcomeRowParam(after.outcome)});
    if (!updated.ok()) return updated.status();
    Result<SqlRows> inserted = tx.Exec(
        "INSERT INTO application_events (application_id, seq, kind, occurred_on, recorded_at, "
        "actor, data, note, corrects_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        {SqlParam::Int(application_id), SqlParam::Int(seq), SqlParam::Text(event.kind),
         SqlParam::Date(event.occurred_on),
         SqlParam::Text(event.recorded_at.empty() ? UtcNow() : event.recorded_at),
         SqlParam::Text(event.actor), SqlParam::Text(event.data.empty() ? "{}" : event.data),
         SqlParam::Text(event.note), SqlParam::Int(event.corrects_seq)});
    if (!inserted.ok()) {
      if (tx.last_failure() == SqlFailure::kForeignKey && event.corrects_seq) {
        return Status::InvalidInput(where + "：要更正的事件序号 " +
                                    std::to_string(*event.corrects_seq) +
                                    " 不存在（更正只能针对已记录的事件）");
      }
      return inserted.status();
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return seq;
}

Result<service::ApplicationRecord> SqlApplicationStore::Get(int64_t id) { return Load(id, false); }

Result<service::ApplicationRecord> SqlApplicationStore::GetForUpdate(int64_t id) {
  return Load(id, true);
}

Result<service::ApplicationRecord> SqlApplicationStore::Load(int64_t id, bool for_update) {
  service::ApplicationRecord record;
  Status st = c_.Transact(for_update ? TxMode::kLockingRead : TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<domain::Application> a = LoadApplicationIn(tx, id, c_.dialect(), for_update);
    if (!a.ok()) return a.status();
    record.application = std::move(*a);
    Result<SqlRows> rows = tx.Exec(
        "SELECT seq, kind, CAST(occurred_on AS TEXT), recorded_at, actor, data, note, "
        "corrects_seq FROM application_events WHERE application_id = $1 ORDER BY seq",
        {SqlParam::Int(id)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      domain::ApplicationEvent e;
      e.application_id = id;
      Result<int64_t> seq = ToInt(r[0], "application_events.seq");
      if (!seq.ok()) return seq.status();
      e.seq = *seq;
      e.kind = ToText(r[1]);
      Result<std::optional<CivilDate>> on = ToDate(r[2], "application_events.occurred_on");
      if (!on.ok()) return on.status();
      if (*on) e.occurred_on = **on;
      e.recorded_at = ToText(r[3]);
      e.actor = ToText(r[4]);
      e.data = ToText(r[5]);
      e.note = ToText(r[6]);
      if (r[7]) {
        Result<int64_t> c = ToInt(r[7], "application_events.corrects_seq");
        if (!c.ok()) return c.status();
        e.corrects_seq = *c;
      }
      record.events.push_back(std::move(e));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return record;
}

}  // namespace gongkai::storage::sql
