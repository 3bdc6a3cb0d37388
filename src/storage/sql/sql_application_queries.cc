// Applications over SqlConnection: the lists, the searches and Table 3.
#include <string>

#include "storage/sql/sql_application_row.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

// The applications a SELECT of kApplicationColumns returns, in its order.
Result<std::vector<domain::Application>> Select(SqlConnection& c, const std::string& sql,
                                                const std::vector<SqlParam>& params) {
  std::vector<domain::Application> out;
  Status st = c.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(sql, params);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<domain::Application> a = ApplicationFromRow(r);
      if (!a.ok()) return a.status();
      out.push_back(std::move(*a));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace

Result<std::vector<domain::Application>> SqlApplicationStore::List(
    const service::ApplicationFilter& filter) {
  if ((filter.due_within_days || filter.overdue) && !filter.as_of) {
    return Status::InvalidInput("按办理期限筛选（--due-within / --overdue）需要给出基准日期");
  }
  if (filter.due_within_days && *filter.due_within_days < 0) {
    return Status::InvalidInput("到期天数应为不小于 0 的整数，实际为 " +
                                std::to_string(*filter.due_within_days));
  }
  std::string sql = std::string(kApplicationColumns) + "WHERE 1 = 1";
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
  return Select(c_, sql, params);
}

Result<std::vector<int64_t>> SqlApplicationStore::FindByQueryCode(const std::string& query_code) {
  std::vector<int64_t> ids;
  if (query_code.empty()) return ids;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec("SELECT id FROM applications WHERE query_code = $1 ORDER BY id",
                                   {SqlParam::Text(query_code)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<int64_t> id = ToInt(r.at(0), "applications.id");
      if (!id.ok()) return id.status();
      ids.push_back(*id);
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return ids;
}

Result<std::optional<domain::Application>> SqlApplicationStore::FindByExternalId(
    int64_t agency_id, const std::string& external_id) {
  if (external_id.empty()) return std::optional<domain::Application>();
  Result<std::vector<domain::Application>> found =
      Select(c_, std::string(kApplicationColumns) + "WHERE agency_id = $1 AND external_id = $2",
             {SqlParam::Int(agency_id), SqlParam::Text(external_id)});
  if (!found.ok()) return found.status();
  if (found->empty()) return std::optional<domain::Application>();
  return std::optional<domain::Application>(std::move(found->front()));
}

Result<std::vector<domain::Application>> SqlApplicationStore::SameApplicantReceived(
    int64_t agency_id, int64_t applicant_id, CivilDate from, CivilDate to) {
  // The applicant's identity: the 身份证明 number when recorded, else name
  // and phone together; an applicant with neither is only itself.
  const std::string sql =
      std::string(kApplicationColumns) +
      "WHERE agency_id = $1 AND received_on >= $3 AND received_on <= $4 AND (applicant_id = $2 "
      "OR applicant_id IN (SELECT o.applicant_id FROM applicant_contacts me "
      "JOIN applicant_contacts o ON (me.id_document <> '' AND o.id_document = me.id_document) "
      "OR (me.id_document = '' AND me.name <> '' AND o.id_document = '' AND o.name = me.name "
      "AND o.phone = me.phone) WHERE me.applicant_id = $2)) ORDER BY received_on, id";
  return Select(c_, sql, {SqlParam::Int(agency_id), SqlParam::Int(applicant_id), SqlParam::Date(from),
                         SqlParam::Date(to)});
}

Result<service::Table3Grid> SqlApplicationStore::CountTable3(
    const std::vector<int64_t>& agency_ids, int year) {
  if (agency_ids.empty()) return Status::InvalidInput("统计表三至少需要一个机关");
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
