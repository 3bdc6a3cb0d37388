// Mailbox use cases that read: show, the writer's tracking, lists, the
// deadline dashboard and the year's counts for the annual report.
#include <algorithm>
#include <map>
#include <string>

#include "core/utf8.h"
#include "service/message_service.h"

namespace gongkai::service {
namespace {

using domain::Message;

// Digits only, a +86/86 country code dropped: 138-0013-8000 = +86 13800138000.
std::string PhoneKey(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() == 13 && digits.starts_with("86")) digits.erase(0, 2);
  return digits;
}

constexpr const char* kNoMatch =
    "未找到与该查询码和联系电话相符的留言，请核对查询码和留言时填写的联系电话";

bool NeedsAsOf(const MessageFilter& f) { return f.overdue || f.due_soon || f.due_within_days; }

}  // namespace

Result<std::vector<int64_t>> MessageService::AgencyScope(int64_t agency_id) {
  if (agency_id <= 0) return std::vector<int64_t>{};
  return db_.agencies().Subtree(agency_id);
}

Result<MessageView> MessageService::Show(int64_t id) {
  MessageView view;
  Status st = db_.Snapshot([&]() -> Status {
    Result<Message> m = db_.messages().Get(id);
    if (!m.ok()) return m.status();
    view.message = std::move(*m);
    Result<std::vector<domain::MessageEvent>> events = db_.messages().Events(id);
    if (!events.ok()) return events.status();
    view.events = std::move(*events);
    Result<domain::Agency> mailbox = db_.agencies().Get(view.message.agency_id);
    if (!mailbox.ok()) return mailbox.status();
    view.agency_name = mailbox->name;
    if (view.message.handler_id) {
      Result<domain::Agency> handler = db_.agencies().Get(*view.message.handler_id);
      if (!handler.ok()) return handler.status();
      view.handler_name = handler->name;
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return view;
}

Result<domain::MessageContact> MessageService::ContactOf(int64_t id) {
  return db_.messages().Contact(id);
}

Result<TrackedMessage> MessageService::Track(const std::string& query_code,
                                             const std::string& phone) {
  const std::string code = utf8::Trim(query_code);
  if (code.empty() || PhoneKey(phone).empty()) {
    return Status::InvalidInput("请同时输入查询码（--code）和留言时填写的联系电话（--phone）");
  }
  Result<std::optional<int64_t>> id = db_.messages().FindByQueryCode(code);
  if (!id.ok()) return id.status();
  if (!*id) return Status::NotFound(kNoMatch);
  Result<domain::MessageContact> contact = db_.messages().Contact(**id);
  if (!contact.ok()) return contact.status();
  if (PhoneKey(contact->phone) != PhoneKey(phone)) return Status::NotFound(kNoMatch);
  Result<MessageView> view = Show(**id);
  if (!view.ok()) return view.status();
  const Message& m = view->message;
  TrackedMessage t;
  t.title = m.title;
  t.category = m.category;
  t.mailbox = view->agency_name;
  t.received_on = m.received_on;
  t.state = m.state;
  t.handler = view->handler_name;
  t.reply_due_on = m.reply_due_on;
  if (m.extended) t.extension_reason = m.extension_reason;
  t.reply = m.reply;
  t.replied_on = m.replied_on;
  t.closing = m.close_reason;
  t.published = m.published.has_value();
  return t;
}

Result<std::vector<Message>> MessageService::List(const MessageQuery& query) {
  if (NeedsAsOf(query.filter) && !query.filter.as_of) {
    return Status::InvalidInput("按期限筛选留言须给出计算期限的日期（--on）");
  }
  Result<std::vector<int64_t>> scope = AgencyScope(query.agency_id);
  if (!scope.ok()) return scope.status();
  MessageFilter f = query.filter;
  f.agency_ids = *scope;
  return db_.messages().List(f);
}

Result<MailboxReminders> MessageService::Reminders(int64_t agency_id, CivilDate as_of) {
  MessageQuery q;
  q.agency_id = agency_id;
  q.filter.open_only = true;
  Result<std::vector<Message>> open = List(q);
  if (!open.ok()) return open.status();
  std::map<int64_t, DepartmentReminders> by_agency;
  MailboxReminders out;
  out.as_of = as_of;
  for (const Message& m : *open) {
    const int64_t unit = m.handler_id.value_or(m.agency_id);
    DepartmentReminders& d = by_agency[unit];
    const domain::MessageUrgency u = domain::UrgencyOf(m, as_of, settings_);
    for (DepartmentReminders* r : {&d, &out.total}) {
      r->open += 1;
      r->ack_overdue += u.ack_overdue;
      r->due_soon += u.due_soon;
      r->overdue += u.overdue;
      r->veto_risk += u.veto_risk;
      r->veto += u.veto;
    }
    if (u.ack_overdue || u.due_soon || u.overdue || u.veto_risk) d.items.push_back({m, u});
  }
  for (auto& [unit, d] : by_agency) {
    Result<domain::Agency> a = db_.agencies().Get(unit);
    if (!a.ok()) return a.status();
    d.agency_id = unit;
    d.agency_name = a->name;
    std::sort(d.items.begin(), d.items.end(),
              [](const MessageReminder& x, const MessageReminder& y) {
                return std::pair(x.message.received_on, x.message.id) <
                       std::pair(y.message.received_on, y.message.id);
              });
    out.departments.push_back(std::move(d));
  }
  return out;
}

MessageYearCounts CountMessages(const std::vector<domain::Message>& messages) {
  MessageYearCounts c;
  for (const domain::Message& m : messages) {
    c.received += 1;
    if (m.replied_on) {
      c.replied += 1;
      c.replied_on_time += domain::RepliedOnTime(m);
      c.finished_on_time += domain::RepliedOnTime(m);
    } else if (m.closed_on) {
      c.finished_on_time += *m.closed_on <= m.reply_due_on;
    }
    switch (m.state) {
      case domain::MessageState::kReceived:
      case domain::MessageState::kAssigned:
        c.pending += 1;
        break;
      case domain::MessageState::kPublished:
        c.published += 1;
        break;
      case domain::MessageState::kClosed:
        c.closed += 1;
        break;
      case domain::MessageState::kTransferred:
        c.transferred += 1;
        break;
      case domain::MessageState::kReplied:
        break;
    }
  }
  return c;
}

std::string MailboxSentence(const MessageYearCounts& c) {
  if (c.received == 0) return "全年未收到领导信箱留言。";
  std::string s = "全年共收到领导信箱留言" + std::to_string(c.received) + "件，" +
                  (c.pending == 0 ? std::string("均已办结")
                                  : "已办结" + std::to_string(c.finished()) + "件");
  if (c.finished() > 0) {
    const int64_t tenths = (c.finished_on_time * 1000 + c.finished() / 2) / c.finished();
    s += "，按期办结率" + std::to_string(tenths / 10) +
         (tenths % 10 ? "." + std::to_string(tenths % 10) : std::string()) + "%";
  }
  return s + "。";
}

Result<MessageYearCounts> MessageService::YearCounts(int64_t agency_id, int year) {
  if (year < 2000 || year > 2100) {
    return Status::InvalidInput("年度 " + std::to_string(year) + " 无效，应为四位年份");
  }
  MessageQuery q;
  q.agency_id = agency_id;
  q.filter.year = year;
  Result<std::vector<Message>> all = List(q);
  if (!all.ok()) return all.status();
  return CountMessages(*all);
}

}  // namespace gongkai::service
