// A messages row as a domain::Message.
#include <tuple>

#include "storage/sql/sql_message_store.h"

namespace gongkai::storage::sql {
namespace {

Result<CivilDate> RequiredDate(const SqlValue& v, const char* column) {
  Result<std::optional<CivilDate>> d = ToDate(v, column);
  if (!d.ok()) return d.status();
  if (!*d) return Status::Damaged(std::string("数据库字段 ") + column + " 为空，应为日期");
  return **d;
}

}  // namespace

const char* const kMessageSelect =
    "SELECT m.id, m.agency_id, m.category, m.title, m.body, m.submitted_at, "
    "CAST(m.received_on AS TEXT), m.query_code, m.consent, m.state, m.handler_id, m.assigned_by, "
    "CAST(m.assigned_on AS TEXT), CAST(m.ack_due_on AS TEXT), CAST(m.alert_on AS TEXT), "
    "CAST(m.reply_due_on AS TEXT), m.extended, m.extension_reason, m.reply, m.replied_by, "
    "m.replied_at, CAST(m.replied_on AS TEXT), CAST(m.closed_on AS TEXT), m.close_reason, "
    "m.published_title, m.published_body, m.published_reply, m.published_at, "
    "CAST(m.published_on AS TEXT) FROM messages m ";

Result<domain::Message> MessageFromRow(const SqlRow& r) {
  domain::Message m;
  Result<int64_t> id = ToInt(r[0], "messages.id");
  if (!id.ok()) return id.status();
  m.id = *id;
  Result<int64_t> agency = ToInt(r[1], "messages.agency_id");
  if (!agency.ok()) return agency.status();
  m.agency_id = *agency;
  std::optional<domain::MessageCategory> category = domain::ParseMessageCategory(ToText(r[2]));
  if (!category) return Status::Damaged("messages.category 的值“" + ToText(r[2]) + "”无法识别");
  m.category = *category;
  m.title = ToText(r[3]);
  m.body = ToText(r[4]);
  m.submitted_at = ToText(r[5]);
  Result<CivilDate> received = RequiredDate(r[6], "messages.received_on");
  if (!received.ok()) return received.status();
  m.received_on = *received;
  m.query_code = ToText(r[7]);
  m.consent = ToText(r[8]) == "1";
  std::optional<domain::MessageState> state = domain::ParseMessageState(ToText(r[9]));
  if (!state) return Status::Damaged("messages.state 的值“" + ToText(r[9]) + "”无法识别");
  m.state = *state;
  if (r[10]) {
    Result<int64_t> handler = ToInt(r[10], "messages.handler_id");
    if (!handler.ok()) return handler.status();
    m.handler_id = *handler;
  }
  m.assigned_by = ToText(r[11]);
  Result<std::optional<CivilDate>> assigned = ToDate(r[12], "messages.assigned_on");
  if (!assigned.ok()) return assigned.status();
  m.assigned_on = *assigned;
  for (auto [index, column, out] : {std::tuple{13, "messages.ack_due_on", &m.ack_due_on},
                                    std::tuple{14, "messages.alert_on", &m.alert_on},
                                    std::tuple{15, "messages.reply_due_on", &m.reply_due_on}}) {
    Result<CivilDate> d = RequiredDate(r[static_cast<size_t>(index)], column);
    if (!d.ok()) return d.status();
    *out = *d;
  }
  m.extended = ToText(r[16]) == "1";
  m.extension_reason = ToText(r[17]);
  m.reply = ToText(r[18]);
  m.replied_by = ToText(r[19]);
  if (r[20]) m.replied_at = *r[20];
  Result<std::optional<CivilDate>> replied = ToDate(r[21], "messages.replied_on");
  if (!replied.ok()) return replied.status();
  m.replied_on = *replied;
  Result<std::optional<CivilDate>> closed = ToDate(r[22], "messages.closed_on");
  if (!closed.ok()) return closed.status();
  m.closed_on = *closed;
  m.close_reason = ToText(r[23]);
  if (r[27]) {
    Result<CivilDate> on = RequiredDate(r[28], "messages.published_on");
    if (!on.ok()) return on.status();
    m.published =
        domain::PublishedExchange{ToText(r[24]), ToText(r[25]), ToText(r[26]), *r[27], *on};
  }
  return m;
}

}  // namespace gongkai::storage::sql
