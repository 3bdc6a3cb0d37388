// Agencies and applicants over SqlConnection.
#include <string>

#include "domain/index_number.h"
#include "storage/codes.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

constexpr const char* kAgencyColumns =
    "SELECT id, parent_id, name, kind, code, calendar_overlay, org_code FROM agencies ";

Result<domain::Agency> AgencyFromRow(const SqlRow& r) {
  domain::Agency a;
  Result<int64_t> id = ToInt(r[0], "agencies.id");
  if (!id.ok()) return id.status();
  a.id = *id;
  if (r[1]) {
    Result<int64_t> parent = ToInt(r[1], "agencies.parent_id");
    if (!parent.ok()) return parent.status();
    a.parent_id = *parent;
  }
  a.name = ToText(r[2]);
  std::optional<domain::AgencyKind> kind = ParseAgencyKindCode(ToText(r[3]));
  if (!kind) return Status::Damaged("agencies.kind 的值“" + ToText(r[3]) + "”无法识别");
  a.kind = *kind;
  a.code = ToText(r[4]);
  a.calendar_overlay = ToText(r[5]);
  a.org_code = ToText(r[6]);
  return a;
}

Result<std::vector<domain::Agency>> AgenciesFromRows(const SqlRows& rows) {
  std::vector<domain::Agency> out;
  for (const SqlRow& r : rows) {
    Result<domain::Agency> a = AgencyFromRow(r);
    if (!a.ok()) return a.status();
    out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace

Result<int64_t> SqlAgencyStore::Add(const domain::Agency& agency) {
  if (agency.name.empty()) return Status::InvalidInput("机关名称不能为空（应写全称）");
  if (agency.code.empty()) return Status::InvalidInput("机关“" + agency.name + "”缺少机关代码");
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    if (agency.parent_id) {
      Status parent = RequireRow(tx, "agencies", *agency.parent_id, "上级机关");
      if (!parent.ok()) return Status::InvalidInput(parent.message());
    }
    Result<SqlRows> taken =
        tx.Exec("SELECT id FROM agencies WHERE code = $1", {SqlParam::Text(agency.code)});
    if (!taken.ok()) return taken.status();
    if (!taken->empty()) {
      return Status::InvalidInput("机关代码“" + agency.code + "”已被机关 " + ToText(taken->at(0)[0]) +
                                  " 使用，代码必须唯一");
    }
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO agencies (parent_id, name, kind, code, calendar_overlay, org_code) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {SqlParam::Int(agency.parent_id), SqlParam::Text(agency.name),
         SqlParam::Text(AgencyKindCode(agency.kind)), SqlParam::Text(agency.code),
         SqlParam::Text(agency.calendar_overlay), SqlParam::Text(agency.org_code)});
    if (!rows.ok()) return rows.status();
    Result<int64_t> new_id = ToInt(rows->at(0)[0], "agencies.id");
    if (!new_id.ok()) return new_id.status();
    id = *new_id;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return id;
}

Result<domain::Agency> SqlAgencyStore::Get(int64_t id) {
  SqlRows rows;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec(std::string(kAgencyColumns) + "WHERE id = $1", {SqlParam::Int(id)});
    if (!r.ok()) return r.status();
    rows = std::move(*r);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (rows.empty()) return Status::NotFound("机关 " + std::to_string(id) + " 不存在");
  return AgencyFromRow(rows[0]);
}

Result<std::vector<domain::Agency>> SqlAgencyStore::List() {
  SqlRows rows;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec(std::string(kAgencyColumns) + "ORDER BY id");
    if (!r.ok()) return r.status();
    rows = std::move(*r);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return AgenciesFromRows(rows);
}

Result<std::vector<domain::Agency>> SqlAgencyStore::Children(int64_t id) {
  SqlRows rows;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Status exists = RequireRow(tx, "agencies", id, "机关");
    if (!exists.ok()) return exists;
    Result<SqlRows> r = tx.Exec(std::string(kAgencyColumns) + "WHERE parent_id = $1 ORDER BY id",
                                {SqlParam::Int(id)});
    if (!r.ok()) return r.status();
    rows = std::move(*r);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return AgenciesFromRows(rows);
}

Result<std::vector<int64_t>> SqlAgencyStore::Subtree(int64_t id) {
  std::vector<int64_t> ids;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Status exists = RequireRow(tx, "agencies", id, "机关");
    if (!exists.ok()) return exists;
    Result<SqlRows> r = tx.Exec(
        "WITH RECURSIVE sub(id) AS (SELECT id FROM agencies WHERE id = $1 "
        "UNION ALL SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id) "
        "SELECT id FROM sub ORDER BY id",
        {SqlParam::Int(id)});
    if (!r.ok()) return r.status();
    for (const SqlRow& row : *r) {
      Result<int64_t> v = ToInt(row[0], "agencies.id");
      if (!v.ok()) return v.status();
      ids.push_back(*v);
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return ids;
}

Result<int64_t> SqlApplicantStore::Add(const domain::Applicant& applicant) {
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows =
        tx.Exec("INSERT INTO applicants (kind) VALUES ($1) RETURNING id",
                {SqlParam::Int(static_cast<int64_t>(applicant.kind))});
    if (!rows.ok()) return rows.status();
    Result<int64_t> new_id = ToInt(rows->at(0)[0], "applicants.id");
    if (!new_id.ok()) return new_id.status();
    id = *new_id;
    const domain::ApplicantContact& c = applicant.contact;
    return tx
        .Exec(
            "INSERT INTO applicant_contacts (applicant_id, name, id_document, phone, address, "
            "email) VALUES ($1, $2, $3, $4, $5, $6)",
            {SqlParam::Int(id), SqlParam::Text(c.name), SqlParam::Text(c.id_document),
             SqlParam::Text(c.phone), SqlParam::Text(c.address), SqlParam::Text(c.email)})
        .status();
  });
  if (!st.ok()) return st;
  return id;
}

Result<domain::Applicant> SqlApplicantStore::GetWithContact(int64_t id) {
  SqlRows rows;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec(
        "SELECT a.kind, c.name, c.id_document, c.phone, c.address, c.email FROM applicants a "
        "LEFT JOIN applicant_contacts c ON c.applicant_id = a.id WHERE a.id = $1",
        {SqlParam::Int(id)});
    if (!r.ok()) return r.status();
    rows = std::move(*r);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (rows.empty()) return Status::NotFound("申请人 " + std::to_string(id) + " 不存在");
  const SqlRow& r = rows[0];
  Result<int64_t> kind_index = ToInt(r[0], "applicants.kind");
  if (!kind_index.ok()) return kind_index.status();
  std::optional<domain::ApplicantKind> kind = ApplicantKindFromIndex(*kind_index);
  if (!kind) return Status::Damaged("applicants.kind 的值 " + ToText(r[0]) + " 超出 0–5");
  domain::Applicant a;
  a.id = id;
  a.kind = *kind;
  a.contact = {ToText(r[1]), ToText(r[2]), ToText(r[3]), ToText(r[4]), ToText(r[5])};
  return a;
}

Result<domain::ApplicantKind> SqlApplicantStore::Kind(int64_t id) {
  SqlRows rows;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec("SELECT kind FROM applicants WHERE id = $1", {SqlParam::Int(id)});
    if (!r.ok()) return r.status();
    rows = std::move(*r);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (rows.empty()) return Status::NotFound("申请人 " + std::to_string(id) + " 不存在");
  Result<int64_t> kind_index = ToInt(rows[0][0], "applicants.kind");
  if (!kind_index.ok()) return kind_index.status();
  std::optional<domain::ApplicantKind> kind = ApplicantKindFromIndex(*kind_index);
  if (!kind) return Status::Damaged("applicants.kind 的值 " + ToText(rows[0][0]) + " 超出 0–5");
  return *kind;
}

}  // namespace gongkai::storage::sql

namespace gongkai::storage::sql {

Status SqlAgencyStore::SetOrgCode(int64_t id, const std::string& org_code) {
  if (!domain::PlausibleOrgCode(org_code)) return BadOrgCode(org_code);
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status found = RequireRow(tx, "agencies", id, "机关");
    if (!found.ok()) return found;
    return tx.Exec("UPDATE agencies SET org_code = $2 WHERE id = $1",
                   {SqlParam::Int(id), SqlParam::Text(org_code)}).status();
  });
}

}  // namespace gongkai::storage::sql
