// 行政复议 and 行政诉讼 records over SqlConnection (Table 4).
#include <string>

#include "service/appeal_decision.h"
#include "service/report_lock_rule.h"
#include "storage/codes.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

constexpr const char* kColumns =
    "SELECT id, agency_id, application_id, kind, case_number, CAST(filed_on AS TEXT), "
    "CAST(decided_on AS TEXT), outcome, note, recorded_by, decided_by FROM appeals ";

Result<domain::Appeal> FromRow(const SqlRow& r) {
  domain::Appeal a;
  Result<int64_t> id = ToInt(r[0], "appeals.id");
  if (!id.ok()) return id.status();
  Result<int64_t> agency = ToInt(r[1], "appeals.agency_id");
  if (!agency.ok()) return agency.status();
  a.id = *id;
  a.agency_id = *agency;
  if (r[2]) {
    Result<int64_t> app = ToInt(r[2], "appeals.application_id");
    if (!app.ok()) return app.status();
    a.application_id = *app;
  }
  std::optional<domain::AppealKind> kind = ParseAppealKindCode(ToText(r[3]));
  if (!kind) return Status::Damaged("appeals.kind 的值“" + ToText(r[3]) + "”无法识别");
  a.kind = *kind;
  a.case_number = ToText(r[4]);
  Result<std::optional<CivilDate>> filed = ToDate(r[5], "appeals.filed_on");
  if (!filed.ok()) return filed.status();
  if (!*filed) return Status::Damaged("appeals.filed_on 为空");
  a.filed_on = **filed;
  Result<std::optional<CivilDate>> decided = ToDate(r[6], "appeals.decided_on");
  if (!decided.ok()) return decided.status();
  a.decided_on = *decided;
  if (r[7]) {
    a.outcome = ParseAppealOutcomeCode(*r[7]);
    if (!a.outcome) return Status::Damaged("appeals.outcome 的值“" + *r[7] + "”无法识别");
  }
  a.note = ToText(r[8]);
  a.recorded_by = ToText(r[9]);
  a.decided_by = ToText(r[10]);
  return a;
}

Result<domain::Appeal> LoadIn(SqlTx& tx, int64_t id) {
  Result<SqlRows> rows = tx.Exec(std::string(kColumns) + "WHERE id = $1", {SqlParam::Int(id)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("复议诉讼案件 " + std::to_string(id) + " 不存在");
  return FromRow(rows->at(0));
}

}  // namespace

Result<int64_t> SqlAppealStore::Add(const domain::Appeal& appeal) {
  Status valid = service::ValidateAppealDecision(appeal);
  if (!valid.ok()) return valid;
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status agency = RequireRow(tx, "agencies", appeal.agency_id, "机关");
    if (!agency.ok()) return Status::InvalidInput(agency.message());
    if (appeal.application_id) {
      Status app = RequireRow(tx, "applications", *appeal.application_id, "申请");
      if (!app.ok()) return Status::InvalidInput(app.message());
    }
    Result<std::vector<int>> locked = LockedYearsIn(tx, appeal.agency_id);
    if (!locked.ok()) return locked.status();
    Status lock = service::CheckAppealWrite(*locked, std::nullopt, appeal);
    if (!lock.ok()) return lock;
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO appeals (agency_id, application_id, kind, case_number, filed_on, "
        "decided_on, outcome, note, recorded_by, decided_by) VALUES ($1, $2, $3, $4, $5, $6, $7, "
        "$8, $9, $10) RETURNING id",
        {SqlParam::Int(appeal.agency_id), SqlParam::Int(appeal.application_id),
         SqlParam::Text(domain::AppealKindName(appeal.kind)), SqlParam::Text(appeal.case_number),
         SqlParam::Date(appeal.filed_on), SqlParam::Date(appeal.decided_on),
         appeal.outcome ? SqlParam::Text(domain::AppealOutcomeName(*appeal.outcome))
                        : SqlParam::Null(),
         SqlParam::Text(appeal.note), SqlParam::Text(appeal.recorded_by),
         SqlParam::Text(appeal.decided_by)});
    if (!rows.ok()) return rows.status();
    Result<int64_t> new_id = ToInt(rows->at(0)[0], "appeals.id");
    if (!new_id.ok()) return new_id.status();
    id = *new_id;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return id;
}

Status SqlAppealStore::Decide(int64_t id, CivilDate decided_on, domain::AppealOutcome outcome,
                              const std::string& decided_by) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<domain::Appeal> before = LoadIn(tx, id);
    if (!before.ok()) return before.status();
    if (before->decided_on) {
      return Status::InvalidInput(service::AppealName(*before) + "已于 " +
                                  before->decided_on->ToString() + " 审结，不能再次审结");
    }
    domain::Appeal after = *before;
    after.decided_on = decided_on;
    after.outcome = outcome;
    Status valid = service::ValidateAppealDecision(after);
    if (!valid.ok()) return valid;
    Result<std::vector<int>> locked = LockedYearsIn(tx, after.agency_id);
    if (!locked.ok()) return locked.status();
    Status lock = service::CheckAppealWrite(*locked, *before, after);
    if (!lock.ok()) return lock;
    return tx
        .Exec("UPDATE appeals SET decided_on = $2, outcome = $3, decided_by = $4 WHERE id = $1",
              {SqlParam::Int(id), SqlParam::Date(decided_on),
               SqlParam::Text(domain::AppealOutcomeName(outcome)), SqlParam::Text(decided_by)})
        .status();
  });
}

Result<domain::Appeal> SqlAppealStore::Get(int64_t id) {
  std::optional<domain::Appeal> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<domain::Appeal> a = LoadIn(tx, id);
    if (!a.ok()) return a.status();
    out = std::move(*a);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return *out;
}

Result<std::vector<domain::Appeal>> SqlAppealStore::List(const std::vector<int64_t>& agency_ids) {
  std::string sql = kColumns;
  if (!agency_ids.empty()) sql += "WHERE agency_id IN (" + IdList(agency_ids) + ") ";
  sql += "ORDER BY id";
  std::vector<domain::Appeal> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(sql);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<domain::Appeal> a = FromRow(r);
      if (!a.ok()) return a.status();
      out.push_back(std::move(*a));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<service::Table4Counts> SqlAppealStore::CountTable4(const std::vector<int64_t>& agency_ids,
                                                          int year) {
  if (agency_ids.empty()) return Status::InvalidInput("统计表四至少需要一个机关");
  // Pending at any time in Y, counted once with its status on 31 Dec Y.
  const std::string sql =
      "SELECT kind, CASE WHEN decided_on IS NOT NULL AND decided_on <= $2 THEN outcome "
      "ELSE 'pending' END, COUNT(*) FROM appeals WHERE agency_id IN (" + IdList(agency_ids) +
      ") AND filed_on <= $2 AND (decided_on IS NULL OR decided_on >= $1) GROUP BY 1, 2";
  service::Table4Counts counts{};
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        sql, {SqlParam::Date(CivilDate{year, 1, 1}), SqlParam::Date(CivilDate{year, 12, 31})});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      std::optional<domain::AppealKind> kind = ParseAppealKindCode(ToText(r[0]));
      if (!kind) return Status::Damaged("appeals.kind 的值“" + ToText(r[0]) + "”无法识别");
      int cell = service::kTable4PendingCell;
      if (ToText(r[1]) != "pending") {
        std::optional<domain::AppealOutcome> o = ParseAppealOutcomeCode(ToText(r[1]));
        if (!o) return Status::Damaged("appeals.outcome 的值“" + ToText(r[1]) + "”无法识别");
        cell = service::Table4OutcomeCell(*o);
      }
      Result<int64_t> n = ToInt(r[2], "表四统计结果");
      if (!n.ok()) return n.status();
      counts[service::Table4Block(*kind) * service::kTable4BlockWidth + cell] += *n;
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  service::CompleteTable4Totals(counts);
  return counts;
}

}  // namespace gongkai::storage::sql
