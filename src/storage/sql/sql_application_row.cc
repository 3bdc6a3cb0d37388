#include "storage/sql/sql_application_row.h"

#include <string>

#include "storage/codes.h"

namespace gongkai::storage::sql {

#define GONGKAI_APPLICATION_COLUMNS                                                          \
  "id, agency_id, applicant_id, applicant_kind, channel, subject, query_code, "              \
  "CAST(submitted_on AS TEXT), state, CAST(received_on AS TEXT), CAST(due_on AS TEXT), "     \
  "CAST(closed_on AS TEXT), outcome, external_id, imported_row"

const char* const kApplicationColumnList = GONGKAI_APPLICATION_COLUMNS;
const char* const kApplicationColumns = "SELECT " GONGKAI_APPLICATION_COLUMNS " FROM applications ";

Result<domain::Application> ApplicationFromRow(const SqlRow& row, size_t offset) {
  if (row.size() < offset + 15) return Status::Internal("applications 查询结果的列数不对");
  const SqlRow r(row.begin() + static_cast<std::ptrdiff_t>(offset), row.end());
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
  a.external_id = ToText(r[13]);
  a.imported_row = ToText(r[14]);
  return a;
}

Result<domain::Application> LoadApplicationIn(SqlTx& tx, int64_t id, SqlDialect dialect,
                                              bool for_update) {
  std::string sql = std::string(kApplicationColumns) + "WHERE id = $1";
  if (for_update && dialect == SqlDialect::kPostgres) sql += " FOR UPDATE";
  Result<SqlRows> rows = tx.Exec(sql, {SqlParam::Int(id)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("申请 " + std::to_string(id) + " 不存在");
  return ApplicationFromRow(rows->at(0));
}

SqlParam OutcomeParam(const std::optional<law::ReplyType>& o) {
  return o ? SqlParam::Text(law::ReplyTypeName(*o)) : SqlParam::Null();
}

SqlParam OutcomeRowParam(const std::optional<law::ReplyType>& o) {
  return o ? SqlParam::Int(law::Table3Row(*o)) : SqlParam::Null();
}

}  // namespace gongkai::storage::sql
