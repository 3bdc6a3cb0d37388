// Applications and their append-only event logs over SqlConnection.
#include <string>

#include "service/report_lock_rule.h"
#include "storage/codes.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

constexpr const char* kColumns =
    "SELECT id, agency_id, applicant_id, applicant_kind, channel, subject, query_code, "
    "CAST(submitted_on AS TEXT), state, CAST(received_on AS TEXT), CAST(due_on AS TEXT), "
    "CAST(closed_on AS TEXT), outcome FROM applications ";

Result<domain::Application> FromRow(const SqlRow& r) {
  domain::Application a;
  Result<int64_t> id = ToInt(r[0], "applications.id");
  Result<int64_t> agency = ToInt(r[1], "applications.agency_id");
  Result<int64_t> applicant = ToInt(r[2], "applications.applicant_id");
  Result<int64_t> kind = ToInt(r[3], "applications.applicant_kind");
  for (const Status* s : {&id.status(), &agency.status(), &applicant.status(), &kind.status()}) {
    if (!s->ok()) return *s;
  }
  a.id = *id;
  a.agency_id = *agency;
  a.applicant_id = *applicant;
  std::optional<domain::ApplicantKind> k = ApplicantKindFromIndex(*kind);
  if (!k) return Status::Damaged("applications.applicant_kind 的值超出 0–5：" + ToText(r[3]));
  a.applicant_kind = *k;
  const std::string channel = ToText(r[4]);
  if (!law::ParseChannel(channel.c_str(), a.channel)) {
    return Status::Damaged("applications.channel 的值“" + channel + "”无法识别");
  }
  a.subject = ToText(r[5]);
  a.query_code = ToText(r[6]);
  std::optional<domain::ApplicationState> state = ParseStateCode(ToText(r[8]));
  if (!state) return Status::Damaged("applications.state 的值“" + ToText(r[8]) + "”无法识别");
  a.state = *state;
  const char* names[] = {"submitted_on", "received_on", "due_on", "closed_on"};
  std::optional<CivilDate>* fields[] = {&a.submitted_on, &a.received_on, &a.due_on, &a.closed_on};
  const int cols[] = {7, 9, 10, 11};
  for (int i = 0; i < 4; ++i) {
    Result<std::optional<CivilDate>> d = ToDate(r[cols[i]], names[i]);
    if (!d.ok()) return d.status();
    *fields[i] = *d;
  }
  if (r[12]) {
    a.outcome = law::ParseReplyType(*r[12]);
    if (!a.outcome) return Status::Damaged("applications.outcome 的值“" + *r[12] + "”无法识别");
  }
  return a;
}

Result<domain::Application> LoadIn(SqlTx& tx, int64_t id) {
  Result<SqlRows> rows = tx.Exec(std::string(kColumns) + "WHERE id = $1", {SqlParam::Int(id)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("申请 " + std::to_string(id) + " 不存在");
  return FromRow(rows->at(0));
}

SqlParam OutcomeParam(const std::optional<law::ReplyType>& o) {
  return o ? SqlParam::Text(law::ReplyTypeName(*o)) : SqlParam::Null();
}
SqlParam OutcomeRowParam(const std::optional<law::ReplyType>& o) {
  return o ? SqlParam::Int(law::Table3Row(*o)) : SqlParam::Null();
}

}  // namespace

Result<int64_t> SqlApplicationStore::Create(const domain::Application& application) {
  Status valid = service::ValidateSummary(service::SummaryOf(application));
  if (!valid.ok()) return valid;
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status agency = RequireRow(tx, "agencies", application.agency_id, "机构");
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
    Status lock = service::CheckApplicationWrite(*locked, std::nullopt, a, std::nullopt);
    if (!lock.ok()) return lock;
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO applications (agency_id, applicant_id, applicant_kind, channel, subject, "
        "query_code, submitted_on, state, received_on, due_on, closed_on, outcome, outcome_row, "
        "last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0) "
        "RETURNING id",
        {SqlParam::Int(a.agency_id), SqlParam::Int(a.applicant_id), SqlParam::Int(*kind_index),
         SqlParam::Text(law::ChannelName(a.channel)), SqlParam::Text(a.subject),
         SqlParam::Text(a.query_code), SqlParam::Date(a.submitted_on),
         SqlParam::Text(domain::ApplicationStateName(a.state)), SqlParam::Date(a.received_on),
         SqlParam::Date(a.due_on), SqlParam::Date(a.closed_on), OutcomeParam(a.outcome),
         OutcomeRowParam(a.outcome)});
    if (!rows.ok()) return rows.status();
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
                                                 const service::ApplicationSummary& summary) {
  const std::string where = "申请 " + std::to_string(application_id) + " 的事件";
  if (event.kind.empty()) return Status::InvalidInput(where + "缺少事件类型（kind）");
  if (event.actor.empty()) return Status::InvalidInput(where + "缺少经办人（actor）");
  Status valid = service::ValidateSummary(summary);
  if (!valid.ok()) return valid.WithContext(where);
  int64_t seq = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    // Taking the next seq first also locks the row (PostgreSQL) for the
    // rest of the transaction, so concurrent appends get 1, 2, 3 … in turn.
    Result<SqlRows> next = tx.Exec(
        "UPDATE applications SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq",
        {SqlParam::Int(application_id)});
    if (!next.ok()) return next.status();
    if (next->empty()) return Status::NotFound("申请 " + std::to_string(application_id) + " 不存在");
    Result<int64_t> s = ToInt(next->at(0)[0], "applications.last_seq");
    if (!s.ok()) return s.status();
    seq = *s;
    Result<domain::Application> before = LoadIn(tx, application_id);
    if (!before.ok()) return before.status();
    domain::Application after = *before;
    service::ApplySummary(summary, after);
    Result<std::vector<int>> locked = LockedYearsIn(tx, after.agency_id);
    if (!locked.ok()) return locked.status();
    Status lock = service::CheckApplicationWrite(*locked, *before, after, event.occurred_on);
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

Result<service::ApplicationRecord> SqlApplicationStore::Get(int64_t id) {
  service::ApplicationRecord record;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<domain::Application> a = LoadIn(tx, id);
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

Result<std::vector<domain::Application>> SqlApplicationStore::List(
    const service::ApplicationFilter& filter) {
  if ((filter.due_within_days || filter.overdue) && !filter.as_of) {
    return Status::InvalidInput("按办理期限筛选（--due-within / --overdue）需要给出基准日期");
  }
  if (filter.due_within_days && *filter.due_within_days < 0) {
    return Status::InvalidInput("到期天数应为不小于 0 的整数，实际为 " +
                                std::to_string(*filter.due_within_days));
  }
  std::string sql = std::string(kColumns) + "WHERE 1 = 1";
  std::vector<SqlParam> params;
  auto param = [&](SqlParam p) {
    params.push_back(std::move(p));
    return "$" + std::to_string(params.size());
  };
  if (!filter.agency_ids.empty()) sql += " AND agency_id IN (" + IdList(filter.agency_ids) + ")";
  if (filter.state) {
    sql += " AND state = " + param(SqlParam::Text(domain::ApplicationStateName(*filter.state)));
  }
  if (filter.due_within_days || filter.overdue) sql += " AND state <> 'closed'";
  if (filter.due_within_days) {
    const CivilDate until = CivilDate::FromDays(filter.as_of->ToDays() + *filter.due_within_days);
    sql += " AND due_on >= " + param(SqlParam::Date(*filter.as_of));
    sql += " AND due_on <= " + param(SqlParam::Date(until));
  }
  if (filter.overdue) sql += " AND due_on < " + param(SqlParam::Date(*filter.as_of));
  sql += " ORDER BY id";
  std::vector<domain::Application> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(sql, params);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<domain::Application> a = FromRow(r);
      if (!a.ok()) return a.status();
      out.push_back(std::move(*a));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<service::Table3Grid> SqlApplicationStore::CountTable3(
    const std::vector<int64_t>& agency_ids, int year) {
  if (agency_ids.empty()) return Status::InvalidInput("统计表三至少需要一个机构");
  // application-workflow.md §6 over the counts the triggers of migration 2
  // keep per (agency, applicant kind, received year, closed year, outcome
  // row): the rule's date bounds are 1 Jan and 31 Dec, so years decide it.
  // A few hundred rows however many applications there are.
  const std::string sql =
      "SELECT applicant_kind, CASE WHEN closed_year = $1 THEN outcome_row ELSE 0 END, "
      "SUM(CASE WHEN received_year = $1 THEN n ELSE 0 END), "
      "SUM(CASE WHEN received_year < $1 THEN n ELSE 0 END), "
      "SUM(CASE WHEN closed_year = 0 OR closed_year > $1 THEN n ELSE 0 END), "
      "SUM(n) "
      "FROM application_year_counts WHERE agency_id IN (" + IdList(agency_ids) + ") "
      "AND received_year <= $1 AND (closed_year = 0 OR closed_year >= $1) "
      "GROUP BY 1, 2";
  service::Table3Grid grid{};
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(sql, {SqlParam::Int(year)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      int64_t v[6];
      for (int i = 0; i < 6; ++i) {
        Result<int64_t> x = ToInt(r[i], "表三统计结果");
        if (!x.ok()) return x.status();
        v[i] = *x;
      }
      // v[1]: the outcome row (2–22) of cases closed in the year, else 0.
      if (v[0] < 0 || v[0] > 5 || v[1] < 0 || v[1] > 22 || v[1] == 1) {
        return Status::Damaged("表三统计结果超出范围：申请人类型 " + std::to_string(v[0]) +
                               "，行 " + std::to_string(v[1]));
      }
      grid[0][v[0]] += v[2];
      grid[1][v[0]] += v[3];
      grid[service::kTable3CarriedRow][v[0]] += v[4];
      if (v[1] > 0) grid[v[1]][v[0]] += v[5];
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  service::CompleteTable3Totals(grid);
  return grid;
}

}  // namespace gongkai::storage::sql
