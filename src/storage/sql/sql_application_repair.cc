// Repair of the data derived from applications' event logs (gongkai db
// check --repair): the stored summary and the per-year counts behind Table 3.
#include <string>

#include "storage/sql/sql_application_row.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

// The counts of migration 2, recomputed from every application row.
constexpr const char* kRebuildSqlite =
    "INSERT INTO application_year_counts "
    "SELECT agency_id, applicant_kind, CAST(substr(received_on, 1, 4) AS INTEGER), "
    "COALESCE(CAST(substr(closed_on, 1, 4) AS INTEGER), 0), COALESCE(outcome_row, 0), COUNT(*) "
    "FROM applications WHERE received_on IS NOT NULL GROUP BY 1, 2, 3, 4, 5";
constexpr const char* kRebuildPostgres =
    "INSERT INTO application_year_counts "
    "SELECT agency_id, applicant_kind, EXTRACT(YEAR FROM received_on)::int, "
    "COALESCE(EXTRACT(YEAR FROM closed_on)::int, 0), COALESCE(outcome_row, 0), COUNT(*) "
    "FROM applications WHERE received_on IS NOT NULL GROUP BY 1, 2, 3, 4, 5";

}  // namespace

Status SqlApplicationStore::RewriteSummary(int64_t application_id,
                                           const service::ApplicationSummary& summary) {
  Status valid = service::ValidateSummary(summary);
  if (!valid.ok()) return valid.WithContext("申请 " + std::to_string(application_id));
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> updated = tx.Exec(
        "UPDATE applications SET state = $2, received_on = $3, due_on = $4, closed_on = $5, "
        "outcome = $6, outcome_row = $7 WHERE id = $1 RETURNING id",
        {SqlParam::Int(application_id),
         SqlParam::Text(domain::ApplicationStateName(summary.state)),
         SqlParam::Date(summary.received_on), SqlParam::Date(summary.due_on),
         SqlParam::Date(summary.closed_on), OutcomeParam(summary.outcome),
         OutcomeRowParam(summary.outcome)});
    if (!updated.ok()) return updated.status();
    if (updated->empty()) return Status::NotFound("申请 " + std::to_string(application_id) + " 不存在");
    return Status::Ok();
  });
}

Status SqlApplicationStore::RebuildDerivedCounts() {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> cleared = tx.Exec("DELETE FROM application_year_counts");
    if (!cleared.ok()) return cleared.status();
    return tx.Exec(c_.dialect() == SqlDialect::kSqlite ? kRebuildSqlite : kRebuildPostgres).status();
  });
}

}  // namespace gongkai::storage::sql
