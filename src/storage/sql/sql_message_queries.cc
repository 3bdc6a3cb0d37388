// Mailbox message lists over SqlConnection.
#include <string>

#include "storage/sql/sql_message_store.h"

namespace gongkai::storage::sql {
namespace {

std::string Param(std::vector<SqlParam>& params, SqlParam p) {
  params.push_back(std::move(p));
  return "$" + std::to_string(params.size());
}

constexpr const char* kOpen = " AND m.state IN ('received', 'assigned')";

}  // namespace

Result<std::vector<domain::Message>> SqlMessageStore::List(const service::MessageFilter& f) {
  const bool deadlines = f.overdue || f.due_soon || f.due_within_days.has_value();
  if (deadlines && !f.as_of) {
    return Status::InvalidInput("按期限筛选留言须给出计算期限的日期");
  }
  std::vector<SqlParam> params;
  std::string w = " WHERE 1 = 1";
  if (!f.agency_ids.empty()) {
    const std::string ids = IdList(f.agency_ids);
    w += " AND (m.agency_id IN (" + ids + ") OR m.handler_id IN (" + ids + "))";
  }
  if (f.state) {
    w += " AND m.state = " + Param(params, SqlParam::Text(domain::MessageStateName(*f.state)));
  }
  if (f.open_only || deadlines) w += kOpen;
  if (f.year) {
    w += " AND m.received_on >= " + Param(params, SqlParam::Date(CivilDate{*f.year, 1, 1}));
    w += " AND m.received_on <= " + Param(params, SqlParam::Date(CivilDate{*f.year, 12, 31}));
  }
  if (f.overdue) w += " AND m.reply_due_on < " + Param(params, SqlParam::Date(*f.as_of));
  if (f.due_within_days) {
    const CivilDate last = CivilDate::FromDays(f.as_of->ToDays() + *f.due_within_days);
    w += " AND m.reply_due_on >= " + Param(params, SqlParam::Date(*f.as_of));
    w += " AND m.reply_due_on <= " + Param(params, SqlParam::Date(last));
  }
  if (f.due_soon) {
    const std::string on = Param(params, SqlParam::Date(*f.as_of));
    w += " AND m.alert_on <= " + on + " AND m.reply_due_on >= " + on;
  }
  std::vector<domain::Message> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows = tx.Exec(std::string(kMessageSelect) + w + " ORDER BY m.id", params);
    if (!rows.ok()) return rows.status();
    out.reserve(rows->size());
    for (const SqlRow& r : *rows) {
      Result<domain::Message> m = MessageFromRow(r);
      if (!m.ok()) return m.status();
      out.push_back(std::move(*m));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::storage::sql
