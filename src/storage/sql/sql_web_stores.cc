#include "storage/sql/sql_web_stores.h"

#include <string>

namespace gongkai::storage::sql {
namespace {

SqlParam OptText(const std::optional<domain::ProofFile>& p, std::string domain::ProofFile::*field) {
  return p ? SqlParam::Text((*p).*field) : SqlParam::Null();
}

}  // namespace

Status SqlFormGuardStore::AddToken(const service::FormToken& t) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec(
        "INSERT INTO web_form_tokens (token, purpose, visitor, issued_at, used_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        {SqlParam::Text(t.token), SqlParam::Text(t.purpose), SqlParam::Text(t.visitor),
         SqlParam::Int(t.issued_at), SqlParam::Int(t.used_at)});
    if (!r.ok() && tx.last_failure() == SqlFailure::kUnique) {
      return Status::Conflict("表单令牌重复");
    }
    return r.status();
  });
}

Result<std::optional<service::FormToken>> SqlFormGuardStore::GetToken(const std::string& token) {
  std::optional<service::FormToken> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        "SELECT token, purpose, visitor, issued_at, used_at FROM web_form_tokens WHERE token = $1",
        {SqlParam::Text(token)});
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Ok();
    const SqlRow& r = rows->front();
    service::FormToken t;
    t.token = ToText(r[0]);
    t.purpose = ToText(r[1]);
    t.visitor = ToText(r[2]);
    Result<int64_t> issued = ToInt(r[3], "web_form_tokens.issued_at");
    if (!issued.ok()) return issued.status();
    t.issued_at = *issued;
    if (r[4]) {
      Result<int64_t> used = ToInt(r[4], "web_form_tokens.used_at");
      if (!used.ok()) return used.status();
      t.used_at = *used;
    }
    out = std::move(t);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Status SqlFormGuardStore::UseToken(const std::string& token, int64_t at) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec(
        "UPDATE web_form_tokens SET used_at = $2 WHERE token = $1 AND used_at IS NULL "
        "RETURNING token",
        {SqlParam::Text(token), SqlParam::Int(at)});
    if (!r.ok()) return r.status();
    if (r->empty()) return Status::Conflict("表单已提交过或已失效");
    return Status::Ok();
  });
}

Status SqlFormGuardStore::AddHit(const std::string& bucket, int64_t at) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    return tx.Exec("INSERT INTO web_rate_hits (bucket, at) VALUES ($1, $2)",
                   {SqlParam::Text(bucket), SqlParam::Int(at)})
        .status();
  });
}

Result<int64_t> SqlFormGuardStore::CountHits(const std::string& bucket, int64_t since) {
  int64_t n = 0;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows =
        tx.Exec("SELECT COUNT(*) FROM web_rate_hits WHERE bucket = $1 AND at >= $2",
                {SqlParam::Text(bucket), SqlParam::Int(since)});
    if (!rows.ok()) return rows.status();
    Result<int64_t> v = ToInt(rows->at(0).at(0), "COUNT(*)");
    if (!v.ok()) return v.status();
    n = *v;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return n;
}

Status SqlFormGuardStore::Prune(int64_t tokens_before, int64_t hits_before) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> a =
        tx.Exec("DELETE FROM web_form_tokens WHERE issued_at < $1", {SqlParam::Int(tokens_before)});
    if (!a.ok()) return a.status();
    return tx.Exec("DELETE FROM web_rate_hits WHERE at < $1", {SqlParam::Int(hits_before)}).status();
  });
}

Status SqlApplicationRequestStore::Add(int64_t id, const domain::ApplicationRequest& q) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> r = tx.Exec(
        "INSERT INTO application_requests (application_id, organization, id_document_type, "
        "legal_representative, contact_person, postal_code, purpose, delivery_method, "
        "delivery_form, proof_file_id, proof_sha256, proof_type, proof_size, proof_name) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        {SqlParam::Int(id), SqlParam::Int(q.organization ? 1 : 0),
         SqlParam::Text(q.id_document_type), SqlParam::Text(q.legal_representative),
         SqlParam::Text(q.contact_person), SqlParam::Text(q.postal_code),
         SqlParam::Text(q.purpose), SqlParam::Text(domain::DeliveryMethodName(q.delivery_method)),
         SqlParam::Text(domain::DeliveryFormName(q.delivery_form)),
         OptText(q.proof, &domain::ProofFile::file_id), OptText(q.proof, &domain::ProofFile::sha256),
         OptText(q.proof, &domain::ProofFile::type),
         q.proof ? SqlParam::Int(q.proof->size) : SqlParam::Null(),
         OptText(q.proof, &domain::ProofFile::name)});
    if (r.ok()) return Status::Ok();
    switch (tx.last_failure()) {
      case SqlFailure::kForeignKey:
        return Status::NotFound("申请 " + std::to_string(id) + " 不存在");
      case SqlFailure::kUnique:
        return Status::Conflict("申请 " + std::to_string(id) + " 的申请内容已登记，不能再改");
      case SqlFailure::kNone:
      case SqlFailure::kCheck:
      case SqlFailure::kAppendOnly:
      case SqlFailure::kOther:
        break;
    }
    return r.status();
  });
}

Result<std::optional<domain::ApplicationRequest>> SqlApplicationRequestStore::Get(int64_t id) {
  std::optional<domain::ApplicationRequest> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        "SELECT organization, id_document_type, legal_representative, contact_person, "
        "postal_code, purpose, delivery_method, delivery_form, proof_file_id, proof_sha256, "
        "proof_type, proof_size, proof_name FROM application_requests WHERE application_id = $1",
        {SqlParam::Int(id)});
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Ok();
    const SqlRow& r = rows->front();
    domain::ApplicationRequest q;
    q.organization = ToText(r[0]) == "1";
    q.id_document_type = ToText(r[1]);
    q.legal_representative = ToText(r[2]);
    q.contact_person = ToText(r[3]);
    q.postal_code = ToText(r[4]);
    q.purpose = ToText(r[5]);
    const auto method = domain::ParseDeliveryMethod(ToText(r[6]));
    const auto form = domain::ParseDeliveryForm(ToText(r[7]));
    if (!method || !form) {
      return Status::Damaged("申请 " + std::to_string(id) + " 的获取方式或载体形式无法识别");
    }
    q.delivery_method = *method;
    q.delivery_form = *form;
    if (r[8]) {
      domain::ProofFile p;
      p.file_id = ToText(r[8]);
      p.sha256 = ToText(r[9]);
      p.type = ToText(r[10]);
      Result<int64_t> size = ToInt(r[11], "application_requests.proof_size");
      if (!size.ok()) return size.status();
      p.size = *size;
      p.name = ToText(r[12]);
      q.proof = std::move(p);
    }
    out = std::move(q);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::storage::sql
