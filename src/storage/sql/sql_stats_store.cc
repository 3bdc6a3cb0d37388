// Table 2 yearly figures over SqlConnection.
#include "storage/codes.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

Result<service::StatValue> FromRow(const SqlRow& r, bool with_actor) {
  service::StatValue v;
  Result<int64_t> agency = ToInt(r[0], "agency_stats.agency_id");
  if (!agency.ok()) return agency.status();
  v.agency_id = *agency;
  Result<int64_t> year = ToInt(r[1], "agency_stats.year");
  if (!year.ok()) return year.status();
  v.year = static_cast<int>(*year);
  std::optional<service::StatItem> item = service::ParseStatItem(ToText(r[2]));
  if (!item) return Status::Damaged("agency_stats.item 的值“" + ToText(r[2]) + "”无法识别");
  v.item = *item;
  v.value = ToText(r[3]);
  v.source = ToText(r[4]);
  if (with_actor) {
    v.actor = ToText(r[5]);
    v.at = ToText(r[6]);
  }
  return v;
}

}  // namespace

Status SqlStatsStore::Set(const service::StatValue& v) {
  if (v.source.empty()) return Status::InvalidInput("统计数据必须注明来源（--source）");
  if (v.actor.empty()) return Status::InvalidInput("未指定操作人（--actor 或 GONGKAI_USER）");
  if (v.value.empty()) return Status::InvalidInput("统计数据不能为空");
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status agency = RequireRow(tx, "agencies", v.agency_id, "机关");
    if (!agency.ok()) return Status::InvalidInput(agency.message());
    const std::vector<SqlParam> key{SqlParam::Int(v.agency_id), SqlParam::Int(v.year),
                                    SqlParam::Text(service::StatItemName(v.item)),
                                    SqlParam::Text(v.value), SqlParam::Text(v.source)};
    Result<SqlRows> up = tx.Exec(
        "INSERT INTO agency_stats (agency_id, year, item, value, source) VALUES ($1, $2, $3, $4, "
        "$5) ON CONFLICT (agency_id, year, item) DO UPDATE SET value = EXCLUDED.value, "
        "source = EXCLUDED.source",
        key);
    if (!up.ok()) return up.status();
    std::vector<SqlParam> log = key;
    log.push_back(SqlParam::Text(v.actor));
    log.push_back(SqlParam::Text(v.at.empty() ? UtcNow() : v.at));
    return tx
        .Exec("INSERT INTO agency_stats_log (agency_id, year, item, value, source, actor, at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7)",
              log)
        .status();
  });
}

Result<std::vector<service::StatValue>> SqlStatsStore::Get(const std::vector<int64_t>& agency_ids,
                                                           int year) {
  std::vector<service::StatValue> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    std::string sql =
        "SELECT agency_id, year, item, value, source FROM agency_stats WHERE year = $1";
    if (!agency_ids.empty()) sql += " AND agency_id IN (" + IdList(agency_ids) + ")";
    Result<SqlRows> rows = tx.Exec(sql + " ORDER BY agency_id, item", {SqlParam::Int(year)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<service::StatValue> v = FromRow(r, false);
      if (!v.ok()) return v.status();
      out.push_back(std::move(*v));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<service::StatValue>> SqlStatsStore::History(int64_t agency_id) {
  std::vector<service::StatValue> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        "SELECT agency_id, year, item, value, source, actor, at FROM agency_stats_log "
        "WHERE agency_id = $1 ORDER BY at, year, item",
        {SqlParam::Int(agency_id)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<service::StatValue> v = FromRow(r, true);
      if (!v.ok()) return v.status();
      out.push_back(std::move(*v));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::storage::sql
