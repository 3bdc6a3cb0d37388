// Mailbox use cases that write: submit, assign, reply, extend, transfer,
// close, publish. (Show, track, lists and counts: message_views.cc.)
#include "service/message_service.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/utf8.h"
#include "service/json_text.h"
#include "service/write_use_case.h"

namespace gongkai::service {
namespace {

using domain::Message;
using domain::MessageAction;

// [I] Long enough for any real subject line, short enough for a list.
constexpr size_t kMaxTitleChars = 200;

Status RequireActor(const Actor& actor) {
  if (actor.name.empty()) return Status::InvalidInput("未指定操作人（--actor 或 GONGKAI_ACTOR）");
  return Status::Ok();
}

Status RequireText(const std::string& text, const char* field, const char* flag,
                   const char* why = "") {
  if (utf8::Trim(text).empty()) {
    return Status::InvalidInput(std::string("字段“") + field + "”（" + flag + "）不能为空" + why);
  }
  return Status::Ok();
}

// 7–15 digits, optionally with +, spaces, '-' and brackets: a mobile or a
// fixed line (010-12345678, 0571 8888 1234, +86 138 0013 8000).
Status ValidatePhone(const std::string& phone) {
  size_t digits = 0;
  for (char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '+' && c != '-' && c != ' ' && c != '(' && c != ')') {
      digits = 0;
      break;
    }
  }
  if (digits < 7 || digits > 15) {
    return Status::InvalidInput("字段“联系电话”（--phone）的值“" + phone +
                                "”无效：应为手机号码或固定电话，例如 13800138000 或 010-12345678");
  }
  return Status::Ok();
}

Status ValidateNewMessage(const NewMessage& in) {
  for (Status st :
       {RequireText(in.title, "标题", "--title"), RequireText(in.body, "留言内容", "--body"),
        RequireText(in.contact.name, "姓名", "--name", "：写信人须留下姓名和联系电话"),
        RequireText(in.contact.phone, "联系电话", "--phone",
                    "：写信人凭查询码和联系电话查询办理结果")}) {
    if (!st.ok()) return st;
  }
  if (utf8::Length(in.title) > kMaxTitleChars) {
    return Status::InvalidInput("字段“标题”（--title）有" + std::to_string(utf8::Length(in.title)) +
                                "个字，应不超过" + std::to_string(kMaxTitleChars) + "个字");
  }
  if (!utf8::IsValid(in.title) || !utf8::IsValid(in.body)) {
    return Status::InvalidInput("标题或留言内容不是有效的 UTF-8 文本");
  }
  Status phone = ValidatePhone(utf8::Trim(in.contact.phone));
  if (!phone.ok()) return phone;
  const std::string email = utf8::Trim(in.contact.email);
  if (!email.empty() &&
      (email.find('@') == std::string::npos || email.front() == '@' || email.back() == '@')) {
    return Status::InvalidInput("字段“电子邮箱”（--email）的值“" + email +
                                "”无效，应形如 name@example.com");
  }
  return Status::Ok();
}

std::string ItemsJson(const std::vector<MaskedItem>& items) {
  std::vector<std::string> out;
  for (const MaskedItem& i : items) {
    out.push_back(JsonObject({{"where", JsonString(i.where)},
                              {"kind", JsonString(i.kind)},
                              {"masked", JsonString(i.masked)}}));
  }
  return JsonArray(out);
}

}  // namespace

MessageService::MessageService(Database& db, CalendarProvider& calendars,
                               std::function<std::string()> make_query_code,
                               const TextScreen* screen, domain::MailboxSettings settings)
    : db_(db),
      calendars_(calendars),
      make_query_code_(std::move(make_query_code)),
      screen_(screen),
      settings_(settings) {}

Result<domain::MessageDeadlines> MessageService::DeadlinesOf(int64_t agency_id,
                                                             CivilDate received_on, bool extended) {
  Result<domain::Agency> agency = db_.agencies().Get(agency_id);
  if (!agency.ok()) return agency.status();
  Result<const law::WorkdayCalendar*> calendar = calendars_.ForAgency(*agency);
  if (!calendar.ok()) return calendar.status();
  return domain::ComputeMessageDeadlines(received_on, extended, settings_, **calendar);
}

Result<SubmittedMessage> MessageService::Submit(const NewMessage& in, const Actor& actor,
                                                const Moment& now) {
  Status valid = ValidateNewMessage(in);
  if (!valid.ok()) return valid;
  if (Result<domain::Agency> mailbox = db_.agencies().Get(in.agency_id); !mailbox.ok()) {
    return Status::InvalidInput("字段“信箱所属机关”（--agency）：" + mailbox.status().message());
  }
  Result<domain::MessageDeadlines> deadlines = DeadlinesOf(in.agency_id, now.date, false);
  if (!deadlines.ok()) return deadlines.status();
  // A message from the portal has no clerk: the writer is the actor.
  const std::string by = actor.name.empty() ? "网民" : actor.name;
  return RunWriteUseCase<SubmittedMessage>(db_, [&]() -> Result<SubmittedMessage> {
    Message m;
    m.agency_id = in.agency_id;
    m.category = in.category;
    m.title = utf8::Trim(in.title);
    m.body = in.body;
    m.submitted_at = now.utc;
    m.received_on = now.date;
    m.query_code = make_query_code_();
    m.consent = in.consent;
    m.ack_due_on = deadlines->ack_due_on;
    m.alert_on = deadlines->alert_on;
    m.reply_due_on = deadlines->reply_due_on;
    domain::MessageContact contact{utf8::Trim(in.contact.name), utf8::Trim(in.contact.phone),
                                   utf8::Trim(in.contact.email)};
    domain::MessageEvent first;
    first.action = MessageAction::kSubmit;
    first.actor = by;
    first.at = now.utc;
    first.on = now.date;
    first.data = JsonObject({{"category", JsonString(domain::MessageCategoryName(in.category))},
                             {"consent", in.consent ? "true" : "false"},
                             {"reply_due_on", JsonString(m.reply_due_on.ToString())}});
    Result<int64_t> id = db_.messages().Create(m, contact, first);
    if (!id.ok()) return id.status();
    return SubmittedMessage{*id, m.query_code, *deadlines};
  });
}

Status MessageService::Step(const Actor& actor, int64_t id, MessageAction action,
                            const std::string& reason, const Moment& now,
                            const std::function<Result<std::string>(Message&)>& apply) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  return RunWriteUseCase<bool>(db_,
                               [&]() -> Result<bool> {
                                 MessageStore& store = db_.messages();
                                 Result<Message> m = store.GetForUpdate(id);
                                 if (!m.ok()) return m.status();
                                 Status allowed = domain::CheckMessageAction(*m, action);
                                 if (!allowed.ok()) return allowed;
                                 Status dated = domain::CheckMessageDate(*m, action, now.date);
                                 if (!dated.ok()) return dated;
                                 Result<std::string> data = apply(*m);
                                 if (!data.ok()) return data.status();
                                 m->state = domain::MessageStateAfter(m->state, action);
                                 Status updated = store.Update(*m);
                                 if (!updated.ok()) return updated;
                                 domain::MessageEvent e;
                                 e.action = action;
                                 e.actor = actor.name;
                                 e.at = now.utc;
                                 e.on = now.date;
                                 e.reason = reason;
                                 e.data = *data;
                                 Result<int64_t> seq = store.AppendEvent(id, e);
                                 if (!seq.ok()) return seq.status();
                                 return true;
                               })
      .status();
}

Status MessageService::Assign(const Actor& actor, int64_t id, int64_t handler_id,
                              const Moment& now) {
  return Step(actor, id, MessageAction::kAssign, "", now, [&](Message& m) -> Result<std::string> {
    Result<std::vector<int64_t>> scope = db_.agencies().Subtree(m.agency_id);
    if (!scope.ok()) return scope.status();
    Result<domain::Agency> mailbox = db_.agencies().Get(m.agency_id);
    if (!mailbox.ok()) return mailbox.status();
    if (std::find(scope->begin(), scope->end(), handler_id) == scope->end()) {
      return Status::InvalidInput("受理单位（--to）" + std::to_string(handler_id) + " 不是“" +
                                  mailbox->name +
                                  "”或其下级机关，不能交办；请选择本机关或所属部门");
    }
    Result<domain::Agency> handler = db_.agencies().Get(handler_id);
    if (!handler.ok()) return handler.status();
    if (m.handler_id == handler_id) {
      return Status::InvalidInput("留言 " + std::to_string(id) + " 已交办给“" + handler->name +
                                  "”，无需重复交办");
    }
    m.handler_id = handler_id;
    m.assigned_by = actor.name;
    m.assigned_on = now.date;
    return JsonObject({{"to", std::to_string(handler_id)}, {"name", JsonString(handler->name)}});
  });
}

Status MessageService::Reply(const Actor& actor, int64_t id, const std::string& text,
                             const Moment& now) {
  Status given = RequireText(text, "答复内容", "--text");
  if (!given.ok()) return given;
  if (!utf8::IsValid(text)) return Status::InvalidInput("答复内容不是有效的 UTF-8 文本");
  return Step(actor, id, MessageAction::kReply, "", now, [&](Message& m) -> Result<std::string> {
    m.reply = text;
    m.replied_by = actor.name;
    m.replied_at = now.utc;
    m.replied_on = now.date;
    return JsonObject(
        {{"text", JsonString(text)}, {"on_time", domain::RepliedOnTime(m) ? "true" : "false"}});
  });
}

Status MessageService::Extend(const Actor& actor, int64_t id, const std::string& reason,
                              const Moment& now) {
  Status given = RequireText(reason, "延期理由", "--reason", "：延期理由随答复一并公开");
  if (!given.ok()) return given;
  return Step(actor, id, MessageAction::kExtend, reason, now,
              [&](Message& m) -> Result<std::string> {
                Result<domain::MessageDeadlines> d = DeadlinesOf(m.agency_id, m.received_on, true);
                if (!d.ok()) return d.status();
                m.extended = true;
                m.extension_reason = reason;
                m.alert_on = d->alert_on;
                m.reply_due_on = d->reply_due_on;
                return JsonObject({{"days", std::to_string(settings_.extend_wd)},
                                   {"reply_due_on", JsonString(m.reply_due_on.ToString())}});
              });
}

Status MessageService::Transfer(const Actor& actor, int64_t id, const std::string& reason,
                                const Moment& now) {
  Status given = RequireText(reason, "转信访理由", "--reason");
  if (!given.ok()) return given;
  return Step(actor, id, MessageAction::kTransfer, reason, now,
              [&](Message& m) -> Result<std::string> {
                m.closed_on = now.date;
                m.close_reason = reason;
                return std::string("{}");
              });
}

Status MessageService::Close(const Actor& actor, int64_t id, const std::string& reason,
                             const Moment& now) {
  Status given = RequireText(reason, "办结理由", "--reason");
  if (!given.ok()) return given;
  return Step(actor, id, MessageAction::kClose, reason, now,
              [&](Message& m) -> Result<std::string> {
                m.closed_on = now.date;
                m.close_reason = reason;
                return JsonObject({{"replied", m.replied_on ? "true" : "false"}});
              });
}

Result<PublishedMessage> MessageService::Publish(const Actor& actor, int64_t id,
                                                 const std::string& override_reason,
                                                 const Moment& now) {
  if (!screen_) {
    return Status::Unsupported("未配置个人信息筛查组件，不能公开留言（须先遮盖个人信息）");
  }
  PublishedMessage out;
  Status st = Step(
      actor, id, MessageAction::kPublish, override_reason, now,
      [&](Message& m) -> Result<std::string> {
        Result<domain::MessageContact> contact = db_.messages().Contact(id);
        if (!contact.ok()) return contact.status();
        MaskedText title = MaskForPublication(m.title, "标题", false, *screen_, *contact);
        MaskedText body = MaskForPublication(m.body, "留言内容", true, *screen_, *contact);
        MaskedText reply = MaskForPublication(m.reply, "答复内容", true, *screen_, *contact);
        std::vector<MaskedItem> words;
        out.masked.clear();
        for (MaskedText* t : {&title, &body, &reply}) {
          words.insert(words.end(), t->sensitive_words.begin(), t->sensitive_words.end());
          out.masked.insert(out.masked.end(), t->masked.begin(), t->masked.end());
        }
        if (!words.empty() && utf8::Trim(override_reason).empty()) {
          std::string list;
          for (const MaskedItem& w : words) list += "\n  " + w.where + "：" + w.masked;
          return Status::InvalidInput("留言 " + std::to_string(id) + " 含敏感词 " +
                                      std::to_string(words.size()) +
                                      " 处，不能公开；请审核后说明理由确认（--override 理由），"
                                      "或办结不公开（mail close）：" +
                                      list);
        }
        m.published =
            domain::PublishedExchange{title.text, body.text, reply.text, now.utc, now.date};
        out.exchange = *m.published;
        return JsonObject(
            {{"masked", ItemsJson(out.masked)}, {"sensitive_words", ItemsJson(words)}});
      });
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::service
