// The in-memory fake of the mailbox message store: the same checks as the
// SQL schema (its CHECK constraints and append-only triggers), in code.
#include <string>

#include "storage/codes.h"
#include "storage/memory/memory_state.h"

namespace gongkai::storage {
namespace memory {
namespace {

using domain::Message;
using domain::MessageState;

std::string Where(int64_t id) { return "留言 " + std::to_string(id); }

// The CHECK constraints of the messages table.
Status CheckConsistent(const Message& m) {
  const MessageState s = m.state;
  const bool replied = s == MessageState::kReplied || s == MessageState::kPublished;
  const bool ended = s == MessageState::kClosed || s == MessageState::kTransferred;
  const bool ok =
      (s != MessageState::kAssigned || m.handler_id) &&
      m.replied_on.has_value() == m.replied_at.has_value() && (!replied || m.replied_on) &&
      (!m.replied_on || *m.replied_on >= m.received_on) && ended == m.closed_on.has_value() &&
      (s == MessageState::kPublished) == m.published.has_value() &&
      (s != MessageState::kPublished || m.consent) && (!m.extended || !m.extension_reason.empty());
  if (ok) return Status::Ok();
  return Status::InvalidInput(Where(m.id) + " 的办理记录前后不一致，未保存");
}

bool SamePublished(const Message& a, const Message& b) {
  if (!a.published) return true;  // nothing published yet: may be set
  if (!b.published) return false;
  const domain::PublishedExchange& x = *a.published;
  const domain::PublishedExchange& y = *b.published;
  return x.title == y.title && x.body == y.body && x.reply == y.reply &&
         x.published_at == y.published_at;
}

class Messages final : public service::MessageStore {
 public:
  explicit Messages(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Result<int64_t> Create(const Message& message, const domain::MessageContact& contact,
                         const domain::MessageEvent& first) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      if (!d.agencies.count(message.agency_id)) {
        return Status::InvalidInput("机关 " + std::to_string(message.agency_id) + " 不存在");
      }
      if (message.title.empty() || message.body.empty()) {
        return Status::InvalidInput("留言缺少标题或内容，未保存");
      }
      if (message.query_code.empty()) return Status::InvalidInput("留言缺少查询码，未保存");
      for (const auto& [id, stored] : d.messages) {
        if (stored.message.query_code == message.query_code) {
          return Status::Conflict("查询码“" + message.query_code + "”已被其他留言使用");
        }
      }
      if (first.actor.empty()) return Status::InvalidInput("留言的办理记录缺少操作人");
      StoredMessage sm;
      sm.message = message;
      sm.message.id = NextId(d.messages);
      sm.message.state = MessageState::kReceived;
      if (sm.message.submitted_at.empty()) sm.message.submitted_at = UtcNow();
      sm.contact = contact;
      domain::MessageEvent e = first;
      e.seq = 1;
      if (e.at.empty()) e.at = UtcNow();
      if (e.data.empty()) e.data = "{}";
      sm.events.push_back(std::move(e));
      const int64_t id = sm.message.id;
      d.messages[id] = std::move(sm);
      return id;
    });
  }

  Result<Message> Get(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<Message> {
      auto it = d.messages.find(id);
      if (it == d.messages.end()) return Status::NotFound(Where(id) + " 不存在");
      return it->second.message;
    });
  }

  // The fake's mutex serialises every call; a transaction holds it throughout.
  Result<Message> GetForUpdate(int64_t id) override { return Get(id); }

  Result<domain::MessageContact> Contact(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<domain::MessageContact> {
      auto it = d.messages.find(id);
      if (it == d.messages.end()) return Status::NotFound(Where(id) + " 不存在");
      return it->second.contact;
    });
  }

  Result<std::optional<int64_t>> FindByQueryCode(const std::string& code) override {
    return With(*s_, [&](Data& d) -> Result<std::optional<int64_t>> {
      for (const auto& [id, stored] : d.messages) {
        if (stored.message.query_code == code) return std::optional<int64_t>(id);
      }
      return std::optional<int64_t>();
    });
  }

  Status Update(const Message& m) override {
    return With(*s_,
                [&](Data& d) -> Result<bool> {
                  auto it = d.messages.find(m.id);
                  if (it == d.messages.end()) return Status::NotFound(Where(m.id) + " 不存在");
                  Message& stored = it->second.message;
                  if (m.handler_id && !d.agencies.count(*m.handler_id)) {
                    return Status::InvalidInput(Where(m.id) + " 指向的机关不存在");
                  }
                  if (!SamePublished(stored, m)) {
                    return Status::InvalidInput(Where(m.id) +
                                                " 的内容和办理记录只能追加，不能修改或删除");
                  }
                  // Only the handling fields: the content stays as it was stored.
                  Message after = stored;
                  after.state = m.state;
                  after.handler_id = m.handler_id;
                  after.assigned_by = m.assigned_by;
                  after.assigned_on = m.assigned_on;
                  after.ack_due_on = m.ack_due_on;
                  after.alert_on = m.alert_on;
                  after.reply_due_on = m.reply_due_on;
                  after.extended = m.extended;
                  after.extension_reason = m.extension_reason;
                  after.reply = m.reply;
                  after.replied_by = m.replied_by;
                  after.replied_at = m.replied_at;
                  after.replied_on = m.replied_on;
                  after.closed_on = m.closed_on;
                  after.close_reason = m.close_reason;
                  after.published = m.published;
                  Status consistent = CheckConsistent(after);
                  if (!consistent.ok()) return consistent;
                  stored = std::move(after);
                  return true;
                })
        .status();
  }

  Result<int64_t> AppendEvent(int64_t id, const domain::MessageEvent& event) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      auto it = d.messages.find(id);
      if (it == d.messages.end()) return Status::NotFound(Where(id) + " 不存在");
      if (event.actor.empty()) return Status::InvalidInput(Where(id) + " 的办理记录缺少操作人");
      domain::MessageEvent e = event;
      e.seq = static_cast<int64_t>(it->second.events.size()) + 1;
      if (e.at.empty()) e.at = UtcNow();
      if (e.data.empty()) e.data = "{}";
      it->second.events.push_back(e);
      return e.seq;
    });
  }

  Result<std::vector<domain::MessageEvent>> Events(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::MessageEvent>> {
      auto it = d.messages.find(id);
      if (it == d.messages.end()) return Status::NotFound(Where(id) + " 不存在");
      return it->second.events;
    });
  }

  Result<std::vector<Message>> List(const service::MessageFilter& f) override {
    const bool deadlines = f.overdue || f.due_soon || f.due_within_days.has_value();
    if (deadlines && !f.as_of) {
      return Status::InvalidInput("按期限筛选留言须给出计算期限的日期");
    }
    return With(*s_, [&](Data& d) -> Result<std::vector<Message>> {
      std::vector<Message> out;
      for (const auto& [id, stored] : d.messages) {
        const Message& m = stored.message;
        if (!f.agency_ids.empty() && !InIds(f.agency_ids, m.agency_id) &&
            !(m.handler_id && InIds(f.agency_ids, *m.handler_id))) {
          continue;
        }
        if (f.state && m.state != *f.state) continue;
        if ((f.open_only || deadlines) && !domain::IsOpen(m.state)) continue;
        if (f.year && m.received_on.year != *f.year) continue;
        if (f.overdue && !(m.reply_due_on < *f.as_of)) continue;
        if (f.due_within_days &&
            (m.reply_due_on < *f.as_of ||
             m.reply_due_on.ToDays() > f.as_of->ToDays() + *f.due_within_days)) {
          continue;
        }
        if (f.due_soon && (*f.as_of < m.alert_on || m.reply_due_on < *f.as_of)) continue;
        out.push_back(m);
      }
      return out;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

}  // namespace

std::unique_ptr<service::MessageStore> NewMessageStore(std::shared_ptr<State> s) {
  return std::make_unique<Messages>(std::move(s));
}

}  // namespace memory
}  // namespace gongkai::storage
