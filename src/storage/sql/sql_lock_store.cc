// The reporting-period lock over SqlConnection: current state in
// report_locks, every change appended to report_lock_log.
#include <string>

#include "storage/codes.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

Status ValidateYear(int year) {
  if (year < 2008 || year > 9999) {
    return Status::InvalidInput("报告年度 " + std::to_string(year) + " 无效，应为 2008 年以后的四位年份");
  }
  return Status::Ok();
}

Status Change(SqlConnection& c, int64_t agency_id, int year, const service::LockAction& action,
              service::LockEventKind kind) {
  Status valid = ValidateYear(year);
  if (!valid.ok()) return valid;
  const bool lock = kind == service::LockEventKind::kLock;
  if (action.actor.empty()) {
    return Status::InvalidInput(std::string(lock ? "锁定" : "解锁") + "报告年度必须记录操作人");
  }
  if (!lock && action.reason.empty()) {
    return Status::InvalidInput("解锁 " + std::to_string(year) + " 年度必须填写原因");
  }
  return c.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status exists = RequireRow(tx, "agencies", agency_id, "机关");
    if (!exists.ok()) return exists;
    Result<SqlRows> cur = tx.Exec(
        "SELECT locked FROM report_locks WHERE agency_id = $1 AND year = $2",
        {SqlParam::Int(agency_id), SqlParam::Int(year)});
    if (!cur.ok()) return cur.status();
    const bool locked = !cur->empty() && ToText(cur->at(0)[0]) == "1";
    if (lock && locked) {
      return Status::InvalidInput("机关 " + std::to_string(agency_id) + " 的 " +
                                  std::to_string(year) + " 年度已锁定，无需重复锁定");
    }
    if (!lock && !locked) {
      return Status::InvalidInput("机关 " + std::to_string(agency_id) + " 的 " +
                                  std::to_string(year) + " 年度未锁定，无法解锁");
    }
    Result<SqlRows> set = tx.Exec(
        "INSERT INTO report_locks (agency_id, year, locked) VALUES ($1, $2, $3) "
        "ON CONFLICT (agency_id, year) DO UPDATE SET locked = excluded.locked",
        {SqlParam::Int(agency_id), SqlParam::Int(year), SqlParam::Int(lock ? 1 : 0)});
    if (!set.ok()) return set.status();
    return tx
        .Exec(
            "INSERT INTO report_lock_log (agency_id, year, action, actor, at, reason) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            {SqlParam::Int(agency_id), SqlParam::Int(year), SqlParam::Text(LockEventCode(kind)),
             SqlParam::Text(action.actor),
             SqlParam::Text(action.at.empty() ? UtcNow() : action.at),
             SqlParam::Text(action.reason)})
        .status();
  });
}

}  // namespace

Status SqlReportLockStore::Lock(int64_t agency_id, int year, const service::LockAction& action) {
  return Change(c_, agency_id, year, action, service::LockEventKind::kLock);
}

Status SqlReportLockStore::Unlock(int64_t agency_id, int year,
                                  const service::LockAction& action) {
  return Change(c_, agency_id, year, action, service::LockEventKind::kUnlock);
}

Result<bool> SqlReportLockStore::IsLocked(int64_t agency_id, int year) {
  Result<std::vector<int>> years = LockedYears(agency_id);
  if (!years.ok()) return years.status();
  for (int y : *years) {
    if (y == year) return true;
  }
  return false;
}

Result<std::vector<int>> SqlReportLockStore::LockedYears(int64_t agency_id) {
  std::vector<int> years;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<std::vector<int>> y = LockedYearsIn(tx, agency_id);
    if (!y.ok()) return y.status();
    years = std::move(*y);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return years;
}

Result<std::vector<service::LockLogEntry>> SqlReportLockStore::Log(int64_t agency_id) {
  std::vector<service::LockLogEntry> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(
        "SELECT year, action, actor, at, reason FROM report_lock_log WHERE agency_id = $1 "
        "ORDER BY id",
        {SqlParam::Int(agency_id)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<int64_t> year = ToInt(r[0], "report_lock_log.year");
      if (!year.ok()) return year.status();
      std::optional<service::LockEventKind> kind = ParseLockEventCode(ToText(r[1]));
      if (!kind) return Status::Damaged("report_lock_log.action 的值“" + ToText(r[1]) + "”无法识别");
      out.push_back({agency_id, static_cast<int>(*year), *kind,
                     {ToText(r[2]), ToText(r[3]), ToText(r[4])}});
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::storage::sql
