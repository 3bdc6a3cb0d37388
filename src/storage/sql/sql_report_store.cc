#include "storage/sql/sql_report_store.h"

#include <string>

#include "storage/codes.h"

namespace gongkai::storage::sql {
namespace {

constexpr const char* kColumns =
    "id, agency_id, year, version, children, title, published_at, actor";

Result<service::PublishedReport> FromRow(const SqlRow& r) {
  service::PublishedReport p;
  Result<int64_t> id = ToInt(r[0], "published_reports.id");
  Result<int64_t> agency = ToInt(r[1], "published_reports.agency_id");
  Result<int64_t> year = ToInt(r[2], "published_reports.year");
  Result<int64_t> version = ToInt(r[3], "published_reports.version");
  Result<int64_t> children = ToInt(r[4], "published_reports.children");
  for (const Result<int64_t>* v : {&id, &agency, &year, &version, &children}) {
    if (!v->ok()) return v->status();
  }
  p.id = *id;
  p.agency_id = *agency;
  p.year = static_cast<int>(*year);
  p.version = static_cast<int>(*version);
  p.children = *children != 0;
  p.title = ToText(r[5]);
  p.published_at = ToText(r[6]);
  p.actor = ToText(r[7]);
  if (r.size() > 8) p.report_json = ToText(r[8]);
  return p;
}

}  // namespace

Result<int> SqlPublishedReportStore::Add(const service::PublishedReport& r) {
  int version = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Result<SqlRows> max = tx.Exec(
        "SELECT COALESCE(MAX(version), 0) FROM published_reports WHERE agency_id = $1 AND year = $2",
        {SqlParam::Int(r.agency_id), SqlParam::Int(r.year)});
    if (!max.ok()) return max.status();
    Result<int64_t> v = ToInt(max->at(0).at(0), "MAX(version)");
    if (!v.ok()) return v.status();
    version = static_cast<int>(*v) + 1;
    Result<SqlRows> ins = tx.Exec(
        "INSERT INTO published_reports (agency_id, year, version, children, title, report_json, "
        "published_at, actor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {SqlParam::Int(r.agency_id), SqlParam::Int(r.year), SqlParam::Int(version),
         SqlParam::Int(r.children ? 1 : 0), SqlParam::Text(r.title), SqlParam::Text(r.report_json),
         SqlParam::Text(r.published_at.empty() ? UtcNow() : r.published_at), SqlParam::Text(r.actor)});
    if (ins.ok()) return Status::Ok();
    switch (tx.last_failure()) {
      case SqlFailure::kForeignKey:
        return Status::NotFound("机关 " + std::to_string(r.agency_id) + " 不存在");
      case SqlFailure::kUnique:
        return Status::Conflict("另一操作同时发布了该年度报告，请重试");
      case SqlFailure::kCheck:
        return Status::InvalidInput("发布的年度报告须有标题、内容和操作人");
      case SqlFailure::kNone:
      case SqlFailure::kAppendOnly:
      case SqlFailure::kOther:
        break;
    }
    return ins.status();
  });
  if (!st.ok()) return st;
  return version;
}

Result<service::PublishedReport> SqlPublishedReportStore::Latest(int64_t agency_id, int year) {
  service::PublishedReport out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(std::string("SELECT ") + kColumns +
                                       ", report_json FROM published_reports WHERE agency_id = $1 "
                                       "AND year = $2 ORDER BY version DESC LIMIT 1",
                                   {SqlParam::Int(agency_id), SqlParam::Int(year)});
    if (!rows.ok()) return rows.status();
    if (rows->empty()) {
      return Status::NotFound("机关 " + std::to_string(agency_id) + " 未发布" + std::to_string(year) +
                              "年度报告");
    }
    Result<service::PublishedReport> p = FromRow(rows->front());
    if (!p.ok()) return p.status();
    out = std::move(p).value();
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<service::PublishedReport>> SqlPublishedReportStore::ListLatest() {
  std::vector<service::PublishedReport> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        std::string("SELECT ") + kColumns +
            " FROM published_reports p WHERE version = (SELECT MAX(version) FROM published_reports q "
            "WHERE q.agency_id = p.agency_id AND q.year = p.year) ORDER BY year DESC, agency_id",
        {});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<service::PublishedReport> p = FromRow(r);
      if (!p.ok()) return p.status();
      out.push_back(std::move(p).value());
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::storage::sql
