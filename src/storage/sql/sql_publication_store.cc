// Publications, versions, the review log, links and 索引号 serials over
// SqlConnection.
#include <string>

#include "storage/codes.h"
#include "storage/sql/sql_publication_rows.h"
#include "storage/sql/sql_publication_store.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

std::string Where(int64_t id) { return "信息 " + std::to_string(id); }

}  // namespace

Result<int64_t> SqlPublicationStore::Create(const domain::Publication& p,
                                            const std::string& created_by,
                                            const domain::PublicationLogEntry& first) {
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status agency = RequireRow(tx, "agencies", p.agency_id, "机关");
    if (!agency.ok()) return Status::InvalidInput(agency.message());
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO publications (agency_id, kind, state, latest_version, validity, "
        "effective_on) VALUES ($1, $2, $3, 1, $4, $5) RETURNING id",
        {SqlParam::Int(p.agency_id), SqlParam::Text(domain::PublicationKindName(p.kind)),
         SqlParam::Text(domain::PublicationStateName(domain::PublicationState::kDraft)),
         SqlParam::Text(domain::ValidityName(domain::Validity::kValid)),
         SqlParam::Date(p.effective_on)});
    if (!rows.ok()) return rows.status();
    Result<int64_t> new_id = ToInt(rows->at(0)[0], "publications.id");
    if (!new_id.ok()) return new_id.status();
    id = *new_id;
    const std::string at = first.at.empty() ? UtcNow() : first.at;
    Status version = InsertVersionIn(tx, id, 1, p.content, created_by, at);
    if (!version.ok()) return version;
    Status copies = RefreshHeaderCopiesIn(tx, id);
    if (!copies.ok()) return copies;
    domain::PublicationLogEntry entry = first;
    entry.version = 1;
    entry.at = at;
    return AppendLogIn(tx, id, entry).status();
  });
  if (!st.ok()) return st;
  return id;
}

Result<domain::Publication> SqlPublicationStore::Get(int64_t id) { return Load(id, false); }

Result<domain::Publication> SqlPublicationStore::GetForUpdate(int64_t id) {
  return Load(id, true);
}

Result<domain::Publication> SqlPublicationStore::Load(int64_t id, bool for_update) {
  domain::Publication out;
  Status st = c_.Transact(for_update ? TxMode::kLockingRead : TxMode::kRead,
                          [&](SqlTx& tx) -> Status {
                            Result<domain::Publication> p =
                                LoadPublicationIn(tx, id, c_.dialect(), for_update);
                            if (!p.ok()) return p.status();
                            out = std::move(*p);
                            return Status::Ok();
                          });
  if (!st.ok()) return st;
  return out;
}

Result<domain::PublicationVersion> SqlPublicationStore::GetVersion(int64_t id, int version) {
  domain::PublicationVersion out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Status found = RequireRow(tx, "publications", id, "信息");
    if (!found.ok()) return found;
    Result<domain::PublicationVersion> v = LoadVersionIn(tx, id, version);
    if (!v.ok()) return v.status();
    out = std::move(*v);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<domain::PublicationVersion>> SqlPublicationStore::Versions(int64_t id) {
  std::vector<domain::PublicationVersion> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<domain::Publication> p = LoadPublicationIn(tx, id, c_.dialect(), false);
    if (!p.ok()) return p.status();
    for (int v = 1; v <= p->latest_version; ++v) {
      Result<domain::PublicationVersion> version = LoadVersionIn(tx, id, v);
      if (!version.ok()) return version.status();
      out.push_back(std::move(*version));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Status SqlPublicationStore::SaveDraft(int64_t id, const domain::PublicationContent& c) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<domain::Publication> p = LoadPublicationIn(tx, id, c_.dialect(), true);
    if (!p.ok()) return p.status();
    Result<domain::PublicationVersion> v = LoadVersionIn(tx, id, p->latest_version, false);
    if (!v.ok()) return v.status();
    if (v->published_at) {
      return Status::InvalidInput(Where(id) + " 第 " + std::to_string(v->version) +
                                  " 版已发布，不能改写；修改会形成新版本");
    }
    Result<SqlRows> updated = tx.Exec(
        "UPDATE publication_versions SET title = $3, publisher = $4, doc_no = $5, formed_on = $6, "
        "topic = $7, article20_item = $8, summary = $9, keywords = $10, reg_no = $11, "
        "body_html = $12, body_text = $13 WHERE publication_id = $1 AND version = $2",
        {SqlParam::Int(id), SqlParam::Int(p->latest_version), SqlParam::Text(c.title),
         SqlParam::Text(c.publisher), SqlParam::Text(c.doc_no), SqlParam::Date(c.formed_on),
         SqlParam::Text(c.topic), SqlParam::Int(c.article20_item), SqlParam::Text(c.summary),
         SqlParam::Text(c.keywords), SqlParam::Text(c.reg_no), SqlParam::Text(c.body_html),
         SqlParam::Text(c.body_text)});
    if (!updated.ok()) return updated.status();
    Result<SqlRows> cleared = tx.Exec(
        "DELETE FROM publication_attachments WHERE publication_id = $1 AND version = $2",
        {SqlParam::Int(id), SqlParam::Int(p->latest_version)});
    if (!cleared.ok()) return cleared.status();
    int seq = 0;
    for (const domain::PublicationAttachment& a : c.attachments) {
      Result<SqlRows> file = tx.Exec(
          "INSERT INTO publication_attachments (publication_id, version, seq, filename, file_id, "
          "sha256, size, type) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          {SqlParam::Int(id), SqlParam::Int(p->latest_version), SqlParam::Int(++seq),
           SqlParam::Text(a.filename), SqlParam::Text(a.file_id), SqlParam::Text(a.sha256),
           SqlParam::Int(a.size), SqlParam::Text(a.type)});
      if (!file.ok()) return file.status();
    }
    return RefreshHeaderCopiesIn(tx, id);
  });
}

Status SqlPublicationStore::AddVersion(int64_t id, int version,
                                       const domain::PublicationContent& content,
                                       const std::string& created_by) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<domain::Publication> p = LoadPublicationIn(tx, id, c_.dialect(), true);
    if (!p.ok()) return p.status();
    if (version != p->latest_version + 1) {
      return Status::Conflict(Where(id) + " 的版本已变为第 " + std::to_string(p->latest_version) +
                              " 版（有人同时修改）");
    }
    Status inserted = InsertVersionIn(tx, id, version, content, created_by, UtcNow());
    if (!inserted.ok()) return inserted;
    Result<SqlRows> header =
        tx.Exec("UPDATE publications SET latest_version = $2 WHERE id = $1",
                {SqlParam::Int(id), SqlParam::Int(version)});
    if (!header.ok()) return header.status();
    return RefreshHeaderCopiesIn(tx, id);
  });
}

Status SqlPublicationStore::UpdateHeader(const domain::Publication& p,
                                         const std::optional<std::string>& published_version_at) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    if (published_version_at) {
      if (!p.published_version) return Status::Internal("发布时间须对应一个已发布的版本");
      Result<SqlRows> stamped = tx.Exec(
          "UPDATE publication_versions SET published_at = $3 "
          "WHERE publication_id = $1 AND version = $2 AND published_at IS NULL",
          {SqlParam::Int(p.id), SqlParam::Int(*p.published_version),
           SqlParam::Text(*published_version_at)});
      if (!stamped.ok()) return stamped.status();
    }
    Result<SqlRows> updated = tx.Exec(
        "UPDATE publications SET state = $2, index_no = $3, latest_version = $4, "
        "published_version = $5, published_at = $6, published_on = $7, validity = $8, "
        "effective_on = $9, validity_changed_on = $10, replaced_by = $11 WHERE id = $1 "
        "RETURNING id",
        {SqlParam::Int(p.id), SqlParam::Text(domain::PublicationStateName(p.state)),
         TextOrNull(p.index_no), SqlParam::Int(p.latest_version),
         p.published_version ? SqlParam::Int(*p.published_version) : SqlParam::Null(),
         p.published_at ? SqlParam::Text(*p.published_at) : SqlParam::Null(),
         SqlParam::Date(p.published_on), SqlParam::Text(domain::ValidityName(p.validity)),
         SqlParam::Date(p.effective_on), SqlParam::Date(p.validity_changed_on),
         SqlParam::Int(p.replaced_by)});
    if (!updated.ok()) {
      if (tx.last_failure() == SqlFailure::kUnique) {
        return Status::InvalidInput("索引号“" + p.index_no + "”已被其他信息使用");
      }
      return updated.status();
    }
    if (updated->empty()) return Status::NotFound(Where(p.id) + " 不存在");
    return RefreshHeaderCopiesIn(tx, p.id);
  });
}

Result<int64_t> SqlPublicationStore::AppendLogIn(SqlTx& tx, int64_t id,
                                                 const domain::PublicationLogEntry& e) {
  Result<SqlRows> last = tx.Exec(
      "SELECT COALESCE(MAX(seq), 0) FROM publication_log WHERE publication_id = $1",
      {SqlParam::Int(id)});
  if (!last.ok()) return last.status();
  Result<int64_t> n = ToInt(last->at(0)[0], "publication_log.seq");
  if (!n.ok()) return n.status();
  const int64_t seq = *n + 1;
  Result<SqlRows> inserted = tx.Exec(
      "INSERT INTO publication_log (publication_id, seq, action, version, actor, at, reason, "
      "data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {SqlParam::Int(id), SqlParam::Int(seq),
       SqlParam::Text(domain::PublicationActionName(e.action)), SqlParam::Int(e.version),
       SqlParam::Text(e.actor), SqlParam::Text(e.at.empty() ? UtcNow() : e.at),
       SqlParam::Text(e.reason), SqlParam::Text(e.data.empty() ? "{}" : e.data)});
  if (!inserted.ok()) {
    if (tx.last_failure() == SqlFailure::kCheck) {
      return Status::InvalidInput(Where(id) + " 的审核记录缺少操作人");
    }
    return inserted.status();
  }
  return seq;
}

Result<int64_t> SqlPublicationStore::AppendLog(int64_t id, const domain::PublicationLogEntry& e) {
  int64_t seq = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status found = RequireRow(tx, "publications", id, "信息");
    if (!found.ok()) return found;
    Result<int64_t> s = AppendLogIn(tx, id, e);
    if (!s.ok()) return s.status();
    seq = *s;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return seq;
}

Result<std::vector<domain::PublicationLogEntry>> SqlPublicationStore::Log(int64_t id) {
  std::vector<domain::PublicationLogEntry> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Status found = RequireRow(tx, "publications", id, "信息");
    if (!found.ok()) return found;
    Result<SqlRows> rows = tx.Exec(
        "SELECT seq, action, version, actor, at, reason, data FROM publication_log "
        "WHERE publication_id = $1 ORDER BY seq",
        {SqlParam::Int(id)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      domain::PublicationLogEntry e;
      Result<int64_t> seq = ToInt(r[0], "publication_log.seq");
      if (!seq.ok()) return seq.status();
      e.seq = *seq;
      std::optional<domain::PublicationAction> action = domain::ParsePublicationAction(ToText(r[1]));
      if (!action) return Status::Damaged("publication_log.action 的值“" + ToText(r[1]) + "”无法识别");
      e.action = *action;
      Result<int64_t> version = ToInt(r[2], "publication_log.version");
      if (!version.ok()) return version.status();
      e.version = static_cast<int>(*version);
      e.actor = ToText(r[3]);
      e.at = ToText(r[4]);
      e.reason = ToText(r[5]);
      e.data = ToText(r[6]);
      out.push_back(std::move(e));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<int64_t> SqlPublicationStore::NextIndexSerial(const std::string& scope) {
  int64_t serial = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    // One statement: concurrent publishers of one scope are serialised on
    // its row (PostgreSQL) or by the write lock (SQLite).
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO index_serials (scope, last) VALUES ($1, 1) "
        "ON CONFLICT (scope) DO UPDATE SET last = index_serials.last + 1 RETURNING last",
        {SqlParam::Text(scope)});
    if (!rows.ok()) return rows.status();
    Result<int64_t> n = ToInt(rows->at(0)[0], "index_serials.last");
    if (!n.ok()) return n.status();
    serial = *n;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return serial;
}

Status SqlPublicationStore::ReserveIndexNumber(const std::string& index_no) {
  return c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec("SELECT id FROM publications WHERE index_no = $1",
                                   {SqlParam::Text(index_no)});
    if (!rows.ok()) return rows.status();
    if (!rows->empty()) {
      return Status::InvalidInput("索引号“" + index_no + "”已被信息 " + ToText(rows->at(0)[0]) +
                                  " 使用，索引号不能重复，也不能重复使用");
    }
    return Status::Ok();
  });
}

Status SqlPublicationStore::AddLink(int64_t from_id, int64_t to_id, domain::LinkKind kind) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    for (int64_t id : {from_id, to_id}) {
      Status found = RequireRow(tx, "publications", id, "信息");
      if (!found.ok()) return Status::InvalidInput(found.message());
    }
    if (from_id == to_id) return Status::InvalidInput(Where(from_id) + " 不能关联自身");
    return tx
        .Exec(
            "INSERT INTO publication_links (from_id, to_id, kind) VALUES ($1, $2, $3) "
            "ON CONFLICT DO NOTHING",
            {SqlParam::Int(from_id), SqlParam::Int(to_id),
             SqlParam::Text(domain::LinkKindName(kind))})
        .status();
  });
}

Result<std::vector<int64_t>> SqlPublicationStore::Links(int64_t id, domain::LinkKind kind,
                                                        bool from) {
  std::vector<int64_t> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        from ? "SELECT to_id FROM publication_links WHERE from_id = $1 AND kind = $2 ORDER BY 1"
             : "SELECT from_id FROM publication_links WHERE to_id = $1 AND kind = $2 ORDER BY 1",
        {SqlParam::Int(id), SqlParam::Text(domain::LinkKindName(kind))});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<int64_t> other = ToInt(r[0], "publication_links");
      if (!other.ok()) return other.status();
      out.push_back(*other);
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<int64_t>> SqlPublicationStore::LinksFrom(int64_t id, domain::LinkKind kind) {
  return Links(id, kind, true);
}

Result<std::vector<int64_t>> SqlPublicationStore::LinksTo(int64_t id, domain::LinkKind kind) {
  return Links(id, kind, false);
}

}  // namespace gongkai::storage::sql
