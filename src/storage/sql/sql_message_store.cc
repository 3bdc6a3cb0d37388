// Mailbox messages, their writers' contacts and their event logs over
// SqlConnection.
#include <string>

#include "storage/codes.h"
#include "storage/sql/sql_message_store.h"
#include "storage/sql/sql_stores.h"

namespace gongkai::storage::sql {
namespace {

std::string Where(int64_t id) { return "留言 " + std::to_string(id); }

SqlParam Flag(bool b) { return SqlParam::Int(b ? 1 : 0); }

SqlParam OptText(const std::optional<std::string>& s) {
  return s ? SqlParam::Text(*s) : SqlParam::Null();
}

// A write the schema refused: a CHECK or an append-only trigger.
Status Refused(SqlTx& tx, const Status& st, int64_t id) {
  switch (tx.last_failure()) {
    case SqlFailure::kCheck:
      return Status::InvalidInput(Where(id) + " 的办理记录前后不一致，未保存：" + st.message());
    case SqlFailure::kAppendOnly:
      return Status::InvalidInput(Where(id) + " 的内容和办理记录只能追加，不能修改或删除");
    case SqlFailure::kForeignKey:
      return Status::InvalidInput(Where(id) + " 指向的机关不存在");
    case SqlFailure::kNone:
    case SqlFailure::kUnique:
    case SqlFailure::kOther:
      break;
  }
  return st;
}

}  // namespace

Result<int64_t> SqlMessageStore::Create(const domain::Message& m,
                                        const domain::MessageContact& contact,
                                        const domain::MessageEvent& first) {
  int64_t id = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status agency = RequireRow(tx, "agencies", m.agency_id, "机关");
    if (!agency.ok()) return Status::InvalidInput(agency.message());
    Result<SqlRows> rows = tx.Exec(
        "INSERT INTO messages (agency_id, category, title, body, submitted_at, received_on, "
        "query_code, consent, state, ack_due_on, alert_on, reply_due_on) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        {SqlParam::Int(m.agency_id), SqlParam::Text(domain::MessageCategoryName(m.category)),
         SqlParam::Text(m.title), SqlParam::Text(m.body),
         SqlParam::Text(m.submitted_at.empty() ? UtcNow() : m.submitted_at),
         SqlParam::Date(m.received_on), SqlParam::Text(m.query_code), Flag(m.consent),
         SqlParam::Text(domain::MessageStateName(domain::MessageState::kReceived)),
         SqlParam::Date(m.ack_due_on), SqlParam::Date(m.alert_on), SqlParam::Date(m.reply_due_on)});
    if (!rows.ok()) {
      if (tx.last_failure() == SqlFailure::kUnique) {
        return Status::Conflict("查询码“" + m.query_code + "”已被其他留言使用");
      }
      if (tx.last_failure() == SqlFailure::kCheck) {
        return Status::InvalidInput("留言缺少标题或内容，未保存：" + rows.status().message());
      }
      return rows.status();
    }
    Result<int64_t> new_id = ToInt(rows->at(0)[0], "messages.id");
    if (!new_id.ok()) return new_id.status();
    id = *new_id;
    Result<SqlRows> who = tx.Exec(
        "INSERT INTO message_contacts (message_id, name, phone, email) VALUES ($1, $2, $3, $4)",
        {SqlParam::Int(id), SqlParam::Text(contact.name), SqlParam::Text(contact.phone),
         SqlParam::Text(contact.email)});
    if (!who.ok()) return who.status();
    return AppendEventIn(tx, id, first).status();
  });
  if (!st.ok()) return st;
  return id;
}

Result<domain::Message> SqlMessageStore::Get(int64_t id) { return Load(id, false); }

Result<domain::Message> SqlMessageStore::GetForUpdate(int64_t id) { return Load(id, true); }

Result<domain::Message> SqlMessageStore::Load(int64_t id, bool for_update) {
  domain::Message out;
  Status st =
      c_.Transact(for_update ? TxMode::kLockingRead : TxMode::kRead, [&](SqlTx& tx) -> Status {
        std::string sql = std::string(kMessageSelect) + "WHERE m.id = $1";
        if (for_update && c_.dialect() == SqlDialect::kPostgres) sql += " FOR UPDATE";
        Result<SqlRows> rows = tx.Exec(sql, {SqlParam::Int(id)});
        if (!rows.ok()) return rows.status();
        if (rows->empty()) return Status::NotFound(Where(id) + " 不存在");
        Result<domain::Message> m = MessageFromRow(rows->at(0));
        if (!m.ok()) return m.status();
        out = std::move(*m);
        return Status::Ok();
      });
  if (!st.ok()) return st;
  return out;
}

Result<domain::MessageContact> SqlMessageStore::Contact(int64_t id) {
  domain::MessageContact out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows =
        tx.Exec("SELECT name, phone, email FROM message_contacts WHERE message_id = $1",
                {SqlParam::Int(id)});
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound(Where(id) + " 不存在");
    out = {ToText(rows->at(0)[0]), ToText(rows->at(0)[1]), ToText(rows->at(0)[2])};
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::optional<int64_t>> SqlMessageStore::FindByQueryCode(const std::string& code) {
  std::optional<int64_t> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Result<SqlRows> rows =
        tx.Exec("SELECT id FROM messages WHERE query_code = $1", {SqlParam::Text(code)});
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Ok();
    Result<int64_t> id = ToInt(rows->at(0)[0], "messages.id");
    if (!id.ok()) return id.status();
    out = *id;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Status SqlMessageStore::Update(const domain::Message& m) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    const domain::PublishedExchange* p = m.published ? &*m.published : nullptr;
    Result<SqlRows> rows = tx.Exec(
        "UPDATE messages SET state = $2, handler_id = $3, assigned_by = $4, assigned_on = $5, "
        "ack_due_on = $6, alert_on = $7, reply_due_on = $8, extended = $9, "
        "extension_reason = $10, reply = $11, replied_by = $12, replied_at = $13, "
        "replied_on = $14, closed_on = $15, close_reason = $16, published_title = $17, "
        "published_body = $18, published_reply = $19, published_at = $20, published_on = $21 "
        "WHERE id = $1 RETURNING id",
        {SqlParam::Int(m.id),
         SqlParam::Text(domain::MessageStateName(m.state)),
         SqlParam::Int(m.handler_id),
         SqlParam::Text(m.assigned_by),
         SqlParam::Date(m.assigned_on),
         SqlParam::Date(m.ack_due_on),
         SqlParam::Date(m.alert_on),
         SqlParam::Date(m.reply_due_on),
         Flag(m.extended),
         SqlParam::Text(m.extension_reason),
         SqlParam::Text(m.reply),
         SqlParam::Text(m.replied_by),
         OptText(m.replied_at),
         SqlParam::Date(m.replied_on),
         SqlParam::Date(m.closed_on),
         SqlParam::Text(m.close_reason),
         p ? SqlParam::Text(p->title) : SqlParam::Null(),
         p ? SqlParam::Text(p->body) : SqlParam::Null(),
         p ? SqlParam::Text(p->reply) : SqlParam::Null(),
         p ? SqlParam::Text(p->published_at) : SqlParam::Null(),
         p ? SqlParam::Date(p->published_on) : SqlParam::Null()});
    if (!rows.ok()) return Refused(tx, rows.status(), m.id);
    if (rows->empty()) return Status::NotFound(Where(m.id) + " 不存在");
    return Status::Ok();
  });
}

Result<int64_t> SqlMessageStore::AppendEventIn(SqlTx& tx, int64_t id,
                                               const domain::MessageEvent& e) {
  Result<SqlRows> last =
      tx.Exec("SELECT COALESCE(MAX(seq), 0) FROM message_events WHERE message_id = $1",
              {SqlParam::Int(id)});
  if (!last.ok()) return last.status();
  Result<int64_t> n = ToInt(last->at(0)[0], "message_events.seq");
  if (!n.ok()) return n.status();
  const int64_t seq = *n + 1;
  Result<SqlRows> inserted = tx.Exec(
      "INSERT INTO message_events (message_id, seq, action, actor, at, occurred_on, reason, data) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {SqlParam::Int(id), SqlParam::Int(seq), SqlParam::Text(domain::MessageActionName(e.action)),
       SqlParam::Text(e.actor), SqlParam::Text(e.at.empty() ? UtcNow() : e.at),
       SqlParam::Date(e.on), SqlParam::Text(e.reason),
       SqlParam::Text(e.data.empty() ? "{}" : e.data)});
  if (!inserted.ok()) {
    if (tx.last_failure() == SqlFailure::kUnique) {
      return Status::Conflict(Where(id) + " 同时有其他人记录了办理事项");
    }
    if (tx.last_failure() == SqlFailure::kCheck) {
      return Status::InvalidInput(Where(id) + " 的办理记录缺少操作人");
    }
    return inserted.status();
  }
  return seq;
}

Result<int64_t> SqlMessageStore::AppendEvent(int64_t id, const domain::MessageEvent& e) {
  int64_t seq = 0;
  Status st = c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    Status found = RequireRow(tx, "messages", id, "留言");
    if (!found.ok()) return found;
    Result<int64_t> s = AppendEventIn(tx, id, e);
    if (!s.ok()) return s.status();
    seq = *s;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return seq;
}

Result<std::vector<domain::MessageEvent>> SqlMessageStore::Events(int64_t id) {
  std::vector<domain::MessageEvent> out;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    Status found = RequireRow(tx, "messages", id, "留言");
    if (!found.ok()) return found;
    Result<SqlRows> rows = tx.Exec(
        "SELECT seq, action, actor, at, CAST(occurred_on AS TEXT), reason, data "
        "FROM message_events WHERE message_id = $1 ORDER BY seq",
        {SqlParam::Int(id)});
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      domain::MessageEvent e;
      Result<int64_t> seq = ToInt(r[0], "message_events.seq");
      if (!seq.ok()) return seq.status();
      e.seq = *seq;
      std::optional<domain::MessageAction> action = domain::ParseMessageAction(ToText(r[1]));
      if (!action) {
        return Status::Damaged("message_events.action 的值“" + ToText(r[1]) + "”无法识别");
      }
      e.action = *action;
      e.actor = ToText(r[2]);
      e.at = ToText(r[3]);
      Result<std::optional<CivilDate>> on = ToDate(r[4], "message_events.occurred_on");
      if (!on.ok()) return on.status();
      if (!*on) return Status::Damaged("数据库字段 message_events.occurred_on 为空");
      e.on = **on;
      e.reason = ToText(r[5]);
      e.data = ToText(r[6]);
      out.push_back(std::move(e));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::storage::sql
