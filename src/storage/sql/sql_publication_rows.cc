// Publication rows over SqlConnection.
#include "storage/sql/sql_publication_rows.h"

#include "storage/codes.h"

namespace gongkai::storage::sql {

const char* const kPublicationHeaderSelect =
    "SELECT p.id, p.agency_id, p.kind, p.state, p.index_no, p.latest_version, "
    "p.published_version, p.published_at, CAST(p.published_on AS TEXT), p.validity, "
    "CAST(p.effective_on AS TEXT), CAST(p.validity_changed_on AS TEXT), p.replaced_by "
    "FROM publications p ";

SqlParam TextOrNull(const std::string& s) {
  return s.empty() ? SqlParam::Null() : SqlParam::Text(s);
}

Result<domain::Publication> PublicationHeaderFromRow(const SqlRow& r) {
  domain::Publication p;
  Result<int64_t> id = ToInt(r[0], "publications.id");
  if (!id.ok()) return id.status();
  p.id = *id;
  Result<int64_t> agency = ToInt(r[1], "publications.agency_id");
  if (!agency.ok()) return agency.status();
  p.agency_id = *agency;
  std::optional<domain::PublicationKind> kind = domain::ParsePublicationKind(ToText(r[2]));
  if (!kind) return Status::Damaged("publications.kind 的值“" + ToText(r[2]) + "”无法识别");
  p.kind = *kind;
  std::optional<domain::PublicationState> state = domain::ParsePublicationState(ToText(r[3]));
  if (!state) return Status::Damaged("publications.state 的值“" + ToText(r[3]) + "”无法识别");
  p.state = *state;
  p.index_no = ToText(r[4]);
  Result<int64_t> latest = ToInt(r[5], "publications.latest_version");
  if (!latest.ok()) return latest.status();
  p.latest_version = static_cast<int>(*latest);
  if (r[6]) {
    Result<int64_t> published = ToInt(r[6], "publications.published_version");
    if (!published.ok()) return published.status();
    p.published_version = static_cast<int>(*published);
  }
  if (r[7]) p.published_at = *r[7];
  Result<std::optional<CivilDate>> on = ToDate(r[8], "publications.published_on");
  if (!on.ok()) return on.status();
  p.published_on = *on;
  std::optional<domain::Validity> validity = domain::ParseValidity(ToText(r[9]));
  if (!validity) return Status::Damaged("publications.validity 的值“" + ToText(r[9]) + "”无法识别");
  p.validity = *validity;
  Result<std::optional<CivilDate>> effective = ToDate(r[10], "publications.effective_on");
  if (!effective.ok()) return effective.status();
  p.effective_on = *effective;
  Result<std::optional<CivilDate>> changed = ToDate(r[11], "publications.validity_changed_on");
  if (!changed.ok()) return changed.status();
  p.validity_changed_on = *changed;
  if (r[12]) {
    Result<int64_t> by = ToInt(r[12], "publications.replaced_by");
    if (!by.ok()) return by.status();
    p.replaced_by = *by;
  }
  return p;
}

Result<domain::PublicationVersion> LoadVersionIn(SqlTx& tx, int64_t id, int version,
                                                 bool with_body) {
  Result<SqlRows> rows = tx.Exec(
      std::string("SELECT version, title, publisher, doc_no, CAST(formed_on AS TEXT), topic, "
                  "article20_item, summary, keywords, reg_no, ") +
          (with_body ? "body_html, body_text, " : "'', '', ") +
          "created_by, created_at, published_at FROM publication_versions "
          "WHERE publication_id = $1 AND version = $2",
      {SqlParam::Int(id), SqlParam::Int(version)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    return Status::NotFound("信息 " + std::to_string(id) + " 没有第 " + std::to_string(version) +
                            " 版");
  }
  const SqlRow& r = rows->at(0);
  domain::PublicationVersion v;
  v.version = version;
  domain::PublicationContent& c = v.content;
  c.title = ToText(r[1]);
  c.publisher = ToText(r[2]);
  c.doc_no = ToText(r[3]);
  Result<std::optional<CivilDate>> formed = ToDate(r[4], "publication_versions.formed_on");
  if (!formed.ok()) return formed.status();
  c.formed_on = *formed;
  c.topic = ToText(r[5]);
  Result<int64_t> item = ToInt(r[6], "publication_versions.article20_item");
  if (!item.ok()) return item.status();
  c.article20_item = static_cast<int>(*item);
  c.summary = ToText(r[7]);
  c.keywords = ToText(r[8]);
  c.reg_no = ToText(r[9]);
  c.body_html = ToText(r[10]);
  c.body_text = ToText(r[11]);
  v.created_by = ToText(r[12]);
  v.created_at = ToText(r[13]);
  if (r[14]) v.published_at = *r[14];
  if (!with_body) return v;
  Result<SqlRows> files = tx.Exec(
      "SELECT filename, file_id, sha256, size, type FROM publication_attachments "
      "WHERE publication_id = $1 AND version = $2 ORDER BY seq",
      {SqlParam::Int(id), SqlParam::Int(version)});
  if (!files.ok()) return files.status();
  for (const SqlRow& f : *files) {
    domain::PublicationAttachment a;
    a.filename = ToText(f[0]);
    a.file_id = ToText(f[1]);
    a.sha256 = ToText(f[2]);
    Result<int64_t> size = ToInt(f[3], "publication_attachments.size");
    if (!size.ok()) return size.status();
    a.size = *size;
    a.type = ToText(f[4]);
    c.attachments.push_back(std::move(a));
  }
  return v;
}

Result<domain::Publication> LoadPublicationIn(SqlTx& tx, int64_t id, SqlDialect dialect,
                                              bool for_update) {
  std::string sql = std::string(kPublicationHeaderSelect) + "WHERE p.id = $1";
  if (for_update && dialect == SqlDialect::kPostgres) sql += " FOR UPDATE";
  Result<SqlRows> rows = tx.Exec(sql, {SqlParam::Int(id)});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("信息 " + std::to_string(id) + " 不存在");
  Result<domain::Publication> p = PublicationHeaderFromRow(rows->at(0));
  if (!p.ok()) return p.status();
  Result<domain::PublicationVersion> v = LoadVersionIn(tx, id, p->latest_version);
  if (!v.ok()) return v.status();
  p->content = std::move(v->content);
  return p;
}

Status InsertVersionIn(SqlTx& tx, int64_t id, int version,
                       const domain::PublicationContent& c, const std::string& created_by,
                       const std::string& created_at) {
  Result<SqlRows> inserted = tx.Exec(
      "INSERT INTO publication_versions (publication_id, version, title, publisher, doc_no, "
      "formed_on, topic, article20_item, summary, keywords, reg_no, body_html, body_text, "
      "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
      "$14, $15)",
      {SqlParam::Int(id), SqlParam::Int(version), SqlParam::Text(c.title),
       SqlParam::Text(c.publisher), SqlParam::Text(c.doc_no), SqlParam::Date(c.formed_on),
       SqlParam::Text(c.topic), SqlParam::Int(c.article20_item), SqlParam::Text(c.summary),
       SqlParam::Text(c.keywords), SqlParam::Text(c.reg_no), SqlParam::Text(c.body_html),
       SqlParam::Text(c.body_text), SqlParam::Text(created_by), SqlParam::Text(created_at)});
  if (!inserted.ok()) return inserted.status();
  int seq = 0;
  for (const domain::PublicationAttachment& a : c.attachments) {
    Result<SqlRows> file = tx.Exec(
        "INSERT INTO publication_attachments (publication_id, version, seq, filename, file_id, "
        "sha256, size, type) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {SqlParam::Int(id), SqlParam::Int(version), SqlParam::Int(++seq),
         SqlParam::Text(a.filename), SqlParam::Text(a.file_id), SqlParam::Text(a.sha256),
         SqlParam::Int(a.size), SqlParam::Text(a.type)});
    if (!file.ok()) return file.status();
  }
  return Status::Ok();
}

Status RefreshHeaderCopiesIn(SqlTx& tx, int64_t id) {
  return tx
      .Exec(
          "UPDATE publications SET title = v.title, topic = v.topic, "
          "article20_item = v.article20_item, formed_on = v.formed_on "
          "FROM publication_versions v WHERE publications.id = $1 AND v.publication_id = $1 "
          "AND v.version = COALESCE(publications.published_version, publications.latest_version)",
          {SqlParam::Int(id)})
      .status();
}

}  // namespace gongkai::storage::sql
