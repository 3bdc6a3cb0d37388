// Publication lists, counts and the Table 2 counts over SqlConnection.
#include <string>

#include "core/utf8.h"
#include "storage/sql/sql_publication_rows.h"
#include "storage/sql/sql_publication_store.h"

namespace gongkai::storage::sql {
namespace {

std::string Param(std::vector<SqlParam>& params, SqlParam p) {
  params.push_back(std::move(p));
  return "$" + std::to_string(params.size());
}

constexpr const char* kPublic = "(p.published_version IS NOT NULL AND p.state <> 'withdrawn')";

}  // namespace

std::string PublicationWhere(const service::PublicationFilter& f, std::vector<SqlParam>& params) {
  std::string w = " WHERE 1 = 1";
  if (!f.agency_ids.empty()) w += " AND p.agency_id IN (" + IdList(f.agency_ids) + ")";
  if (f.kind) {
    w += " AND p.kind = " + Param(params, SqlParam::Text(domain::PublicationKindName(*f.kind)));
  }
  if (f.state) {
    w += " AND p.state = " + Param(params, SqlParam::Text(domain::PublicationStateName(*f.state)));
  }
  if (f.year) {
    w += " AND p.published_on >= " + Param(params, SqlParam::Date(CivilDate{*f.year, 1, 1}));
    w += " AND p.published_on <= " + Param(params, SqlParam::Date(CivilDate{*f.year, 12, 31}));
  }
  if (!f.topic_prefix.empty()) {
    const std::string exact = Param(params, SqlParam::Text(f.topic_prefix));
    const std::string below = Param(params, SqlParam::Text(f.topic_prefix + "\\"));
    const std::string chars =
        std::to_string(utf8::Length(f.topic_prefix) + 1);
    w += " AND (p.topic = " + exact + " OR substr(p.topic, 1, " + chars + ") = " + below + ")";
  }
  if (f.article20_item > 0) {
    w += " AND p.article20_item = " + Param(params, SqlParam::Int(f.article20_item));
  }
  if (f.public_only || f.in_force_only || f.missing_interpretation) {
    w += std::string(" AND ") + kPublic;
  }
  if (f.in_force_only) w += " AND p.validity = 'valid'";
  if (f.missing_interpretation) {
    w += " AND p.kind IN ('regulation', 'normative') AND p.validity = 'valid' AND NOT EXISTS (SELECT 1 FROM "
         "publication_links l JOIN publications i ON i.id = l.from_id WHERE l.to_id = p.id "
         "AND l.kind = 'interprets' AND i.published_version IS NOT NULL "
         "AND i.state <> 'withdrawn')";
  }
  return w;
}

Result<std::vector<domain::Publication>> SqlPublicationStore::List(
    const service::PublicationFilter& filter) {
  std::vector<domain::Publication> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    std::vector<SqlParam> params;
    std::string sql = std::string(kPublicationHeaderSelect) + PublicationWhere(filter, params) +
                      " ORDER BY CASE WHEN p.published_on IS NULL THEN 1 ELSE 0 END, "
                      "p.published_on DESC, p.id DESC";
    if (filter.limit > 0) {
      sql += " LIMIT " + std::to_string(filter.limit) + " OFFSET " + std::to_string(filter.offset);
    }
    Result<SqlRows> rows = tx.Exec(sql, params);
    if (!rows.ok()) return rows.status();
    out.reserve(rows->size());
    for (const SqlRow& r : *rows) {
      Result<domain::Publication> p = PublicationHeaderFromRow(r);
      if (!p.ok()) return p.status();
      // Lists show the version the public sees (the latest before the
      // first publication), without body and attachments.
      const int version =
          filter.public_only || filter.in_force_only || filter.missing_interpretation
              ? p->published_version.value_or(p->latest_version)
              : p->latest_version;
      Result<domain::PublicationVersion> v = LoadVersionIn(tx, p->id, version, false);
      if (!v.ok()) return v.status();
      p->content = std::move(v->content);
      out.push_back(std::move(*p));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<int64_t> SqlPublicationStore::Count(const service::PublicationFilter& filter) {
  int64_t n = 0;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    std::vector<SqlParam> params;
    Result<SqlRows> rows =
        tx.Exec("SELECT COUNT(*) FROM publications p" + PublicationWhere(filter, params), params);
    if (!rows.ok()) return rows.status();
    Result<int64_t> c = ToInt(rows->at(0)[0], "COUNT(*)");
    if (!c.ok()) return c.status();
    n = *c;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return n;
}

Result<std::vector<service::PublicationGroup>> SqlPublicationStore::CountGroups(
    const service::PublicationFilter& filter) {
  std::vector<service::PublicationGroup> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    std::vector<SqlParam> params;
    Result<SqlRows> rows = tx.Exec(
        "SELECT p.agency_id, p.topic, p.article20_item, COUNT(*) FROM publications p" +
            PublicationWhere(filter, params) + " GROUP BY p.agency_id, p.topic, p.article20_item",
        params);
    if (!rows.ok()) return rows.status();
    out.reserve(rows->size());
    for (const SqlRow& r : *rows) {
      service::PublicationGroup g;
      Result<int64_t> agency = ToInt(r[0], "publications.agency_id");
      Result<int64_t> item = ToInt(r[2], "publications.article20_item");
      Result<int64_t> n = ToInt(r[3], "COUNT(*)");
      if (!agency.ok()) return agency.status();
      if (!item.ok()) return item.status();
      if (!n.ok()) return n.status();
      g.agency_id = *agency;
      g.topic = ToText(r[1]);
      g.article20_item = static_cast<int>(*item);
      g.count = *n;
      out.push_back(std::move(g));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

// Table 2 (第二项) from the public 规章/规范性文件 of the agencies, by their
// 成文日期 (制发) and the date of their abolition or lapse (废止 counts both,
// so that 现行有效 = last year's + 制发 − 废止 holds by construction: a
// document is in force at 31 December of Y when formed by then and not
// abolished or lapsed by then).
Result<service::NormativeCounts> SqlPublicationStore::CountNormative(
    const std::vector<int64_t>& agency_ids, domain::PublicationKind kind, int year) {
  service::NormativeCounts counts;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    std::vector<SqlParam> params{SqlParam::Text(domain::PublicationKindName(kind)),
                                 SqlParam::Date(CivilDate{year, 1, 1}),
                                 SqlParam::Date(CivilDate{year, 12, 31})};
    std::string sql =
        "SELECT "
        "COALESCE(SUM(CASE WHEN p.formed_on >= $2 AND p.formed_on <= $3 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN p.validity_changed_on >= $2 AND p.validity_changed_on <= $3 "
        "THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN p.formed_on <= $3 AND (p.validity_changed_on IS NULL OR "
        "p.validity_changed_on > $3) THEN 1 ELSE 0 END), 0) "
        "FROM publications p WHERE p.kind = $1 AND " +
        std::string(kPublic);
    if (!agency_ids.empty()) sql += " AND p.agency_id IN (" + IdList(agency_ids) + ")";
    Result<SqlRows> rows = tx.Exec(sql, params);
    if (!rows.ok()) return rows.status();
    const SqlRow& r = rows->at(0);
    Result<int64_t> issued = ToInt(r[0], "制发");
    Result<int64_t> abolished = ToInt(r[1], "废止");
    Result<int64_t> in_force = ToInt(r[2], "现行有效");
    if (!issued.ok()) return issued.status();
    if (!abolished.ok()) return abolished.status();
    if (!in_force.ok()) return in_force.status();
    counts = {*issued, *abolished, *in_force};
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return counts;
}

}  // namespace gongkai::storage::sql
