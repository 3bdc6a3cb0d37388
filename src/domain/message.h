// A public message (网民留言) to a leader's mailbox (领导信箱,
// portal-and-catalogue.md §5): the 市长信箱 of the root government or the
// mailbox of a department. It is received, assigned to a 受理单位 (the
// mailbox agency or a department below it), answered, and — with the
// writer's consent — published with personal data masked. A 信访 matter is
// transferred to the 信访 channel instead; a message may also be closed
// without publication. Every step is a line of the append-only event log.
//
// The writer's name, phone and e-mail are kept apart (MessageContact) and
// never shown publicly; the writer follows the message by a private query
// code together with the phone number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.h"

namespace gongkai::domain {

enum class MessageCategory {
  kConsultation,  // 咨询 (the 政务咨询 the 19号 veto is about)
  kSuggestion,    // 建议
  kComplaint,     // 投诉
  kHelp,          // 求助
  kOther,         // 其他
};
const char* MessageCategoryName(MessageCategory c);   // consultation, suggestion …
const char* MessageCategoryLabel(MessageCategory c);  // 咨询, 建议, 投诉, 求助, 其他
std::optional<MessageCategory> ParseMessageCategory(std::string_view name_or_label);

//   received ──assign──▶ assigned ──reply──▶ replied ──publish──▶ published
//      │  ▲                 │  │                │
//      │  └──(re)assign─────┘  │                └──close──▶ closed
//      ├──transfer / close─────┴──▶ transferred / closed
// published, closed and transferred are final.
enum class MessageState {
  kReceived,   // 待受理: in the mailbox, not yet assigned
  kAssigned,   // 办理中: assigned to a 受理单位
  kReplied,    // 已答复: answered, not (yet) published
  kPublished,  // 已公开: answered and published (masked)
  kClosed,  // 已办结（不公开）: writer refused consent, not suitable, or not a valid message
  kTransferred,  // 已转信访: a 信访 matter, handed to the 信访 channel
};
const char* MessageStateName(MessageState s);   // received, assigned …
const char* MessageStateLabel(MessageState s);  // 待受理, 办理中 …
std::optional<MessageState> ParseMessageState(std::string_view name_or_label);
// Neither answered nor closed nor transferred: the clock runs (received, assigned).
bool IsOpen(MessageState s);

enum class MessageAction {
  kSubmit,
  kAssign,
  kReply,
  kExtend,
  kTransfer,
  kClose,
  kPublish,
};
const char* MessageActionName(MessageAction a);   // submit, assign …
const char* MessageActionLabel(MessageAction a);  // 收到留言, 交办 …
std::optional<MessageAction> ParseMessageAction(std::string_view name);

// The writer's personal data: its own table, read only by a separate call.
struct MessageContact {
  std::string name;
  std::string phone;
  std::string email;
};

// What the public sees once published: the masked exchange.
struct PublishedExchange {
  std::string title;
  std::string body;          // personal data masked
  std::string reply;         // personal data masked
  std::string published_at;  // UTC, ISO 8601
  CivilDate published_on;    // Asia/Shanghai
};

struct Message {
  int64_t id = 0;
  int64_t agency_id = 0;  // the mailbox: 市长信箱 of the government, or a department's
  MessageCategory category = MessageCategory::kConsultation;
  std::string title;
  std::string body;
  std::string submitted_at;  // UTC, ISO 8601: when it was recorded
  CivilDate received_on;     // 收到之日 (Asia/Shanghai): the clocks start here
  std::string query_code;    // private: the writer follows the message with it and the phone
  bool consent = false;  // the writer agrees to publication (个人信息保护法第二十五条)
  MessageState state = MessageState::kReceived;

  // 受理单位 and who assigned it (latest assignment).
  std::optional<int64_t> handler_id;
  std::string assigned_by;
  std::optional<CivilDate> assigned_on;

  // Deadlines, stored when the event that fixes them happens (submit, extend).
  CivilDate ack_due_on;    // 受理 (assignment) by this day
  CivilDate alert_on;      // "due soon" from this day (alert_ratio of the reply limit)
  CivilDate reply_due_on;  // 答复 by this day

  bool extended = false;         // 延期 (once)
  std::string extension_reason;  // published with the exchange

  std::string reply;
  std::string replied_by;
  std::optional<std::string> replied_at;  // UTC
  std::optional<CivilDate> replied_on;

  std::optional<CivilDate> closed_on;  // closed or transferred on
  std::string close_reason;            // why closed / why a 信访 matter

  std::optional<PublishedExchange> published;
};

// One line of the append-only event log: who, when, what, why.
struct MessageEvent {
  int64_t seq = 0;
  MessageAction action = MessageAction::kSubmit;
  std::string actor;
  std::string at;  // UTC, ISO 8601: when recorded
  CivilDate on;    // the civil date it happened
  std::string reason;
  std::string data;  // JSON object text: the department assigned, the reply …
};

}  // namespace gongkai::domain
