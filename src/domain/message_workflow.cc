// Workflow and deadline rules of a mailbox message.
#include "domain/message_workflow.h"

#include <cmath>
#include <string>

namespace gongkai::domain {
namespace {

std::string Where(const Message& m) {
  return "留言 " + std::to_string(m.id) + "（" + MessageStateLabel(m.state) + "）";
}

Status Refuse(const Message& m, const std::string& what) {
  return Status::InvalidInput(Where(m) + what);
}

Status SettingRange(const char* name, const std::string& expected) {
  return Status::InvalidInput(std::string("领导信箱设置 ") + name + " 无效：应为" + expected);
}

}  // namespace

Status ValidateMailboxSettings(const MailboxSettings& s) {
  if (s.ack_wd < 0 || s.ack_wd > 60) return SettingRange("ack_wd", "0–60 个工作日");
  if (s.reply_wd < 1 || s.reply_wd > 120) return SettingRange("reply_wd", "1–120 个工作日");
  if (s.extend_wd < 0 || s.extend_wd > 120) return SettingRange("extend_wd", "0–120 个工作日");
  if (!(s.alert_ratio > 0 && s.alert_ratio <= 1)) {
    return SettingRange("alert_ratio", "大于 0、不大于 1 的比例（如 0.8）");
  }
  if (s.veto_risk_days < 1 || s.veto_risk_days > 92) {
    return SettingRange("veto_risk_days", "1–92 天（否决线为超过3个月未答复）");
  }
  return Status::Ok();
}

Status CheckMessageAction(const Message& m, MessageAction action) {
  const MessageState s = m.state;
  switch (s) {
    case MessageState::kPublished:
      return Refuse(m, "已公开，办理已结束，不能再变更");
    case MessageState::kClosed:
      return Refuse(m, "已办结，不能再变更");
    case MessageState::kTransferred:
      return Refuse(m, "已转信访渠道办理，不能再变更");
    case MessageState::kReceived:
    case MessageState::kAssigned:
    case MessageState::kReplied:
      break;
  }
  switch (action) {
    case MessageAction::kSubmit:
      return Status::Internal("收到留言不是对已有留言的操作");
    case MessageAction::kAssign:
      if (IsOpen(s)) return Status::Ok();
      return Refuse(m, "已答复，不能再交办");
    case MessageAction::kReply:
      if (s == MessageState::kAssigned) return Status::Ok();
      if (s == MessageState::kReceived)
        return Refuse(m, "尚未交办受理单位，请先交办（mail assign）再答复");
      return Refuse(m, "已答复，不能重复答复");
    case MessageAction::kExtend:
      if (!IsOpen(s)) return Refuse(m, "已答复，无需延期");
      if (m.extended) return Refuse(m, "已延期一次，不能再次延期");
      return Status::Ok();
    case MessageAction::kTransfer:
      if (IsOpen(s)) return Status::Ok();
      return Refuse(m, "已答复，不能再转信访渠道");
    case MessageAction::kClose:
      return Status::Ok();  // open (not a valid message) or replied (not to be published)
    case MessageAction::kPublish:
      if (s != MessageState::kReplied) return Refuse(m, "尚未答复，不能公开；公开的是留言和答复");
      if (!m.consent) {
        return Refuse(m,
                      "的写信人未同意公开，不能公开（个人信息保护法第二十五条）；"
                      "如不公开，请办结（mail close）");
      }
      return Status::Ok();
  }
  return Status::Internal("未知的操作");
}

MessageState MessageStateAfter(MessageState state, MessageAction action) {
  switch (action) {
    case MessageAction::kSubmit:
      return MessageState::kReceived;
    case MessageAction::kAssign:
      return MessageState::kAssigned;
    case MessageAction::kReply:
      return MessageState::kReplied;
    case MessageAction::kExtend:
      return state;
    case MessageAction::kTransfer:
      return MessageState::kTransferred;
    case MessageAction::kClose:
      return MessageState::kClosed;
    case MessageAction::kPublish:
      return MessageState::kPublished;
  }
  return state;
}

Status CheckMessageDate(const Message& m, MessageAction action, CivilDate on) {
  const std::string what = MessageActionLabel(action);
  if (on < m.received_on) {
    return Refuse(
        m, "的" + what + "日期 " + on.ToString() + " 早于收到留言之日 " + m.received_on.ToString());
  }
  switch (action) {
    case MessageAction::kReply:
      if (m.assigned_on && on < *m.assigned_on) {
        return Refuse(m,
                      "的答复日期 " + on.ToString() + " 早于交办日期 " + m.assigned_on->ToString());
      }
      break;
    case MessageAction::kPublish:
    case MessageAction::kClose:
      if (m.replied_on && on < *m.replied_on) {
        return Refuse(
            m, "的" + what + "日期 " + on.ToString() + " 早于答复日期 " + m.replied_on->ToString());
      }
      break;
    case MessageAction::kExtend:
      if (on > m.reply_due_on) {
        return Refuse(m, "的答复期限已于 " + m.reply_due_on.ToString() + " 届满，" + on.ToString() +
                             " 不能再延期；请尽快答复");
      }
      break;
    case MessageAction::kSubmit:
    case MessageAction::kAssign:
    case MessageAction::kTransfer:
      break;
  }
  return Status::Ok();
}

Result<MessageDeadlines> ComputeMessageDeadlines(CivilDate received_on, bool extended,
                                                 const MailboxSettings& settings,
                                                 const law::WorkdayCalendar& calendar) {
  Status valid = ValidateMailboxSettings(settings);
  if (!valid.ok()) return valid;
  const int limit = settings.reply_wd + (extended ? settings.extend_wd : 0);
  // 80% of 10 days is day 8; a fraction rounds up (never alerts earlier than the ratio).
  const int alert = static_cast<int>(std::ceil(settings.alert_ratio * limit - 1e-9));
  MessageDeadlines d;
  for (auto [days, out] : {std::pair{settings.ack_wd, &d.ack_due_on}, std::pair{alert, &d.alert_on},
                           std::pair{limit, &d.reply_due_on}}) {
    Result<law::DayCount> count = calendar.AddWorkingDays(received_on, days);
    if (!count.ok()) return count.status();
    *out = count->end;
  }
  return d;
}

CivilDate ThreeMonthsAfter(CivilDate d) {
  int year = d.year;
  int month = d.month + 3;
  if (month > 12) {
    month -= 12;
    ++year;
  }
  int day = d.day;
  while (!CivilDate::IsValid(year, month, day)) --day;
  return CivilDate{year, month, day};
}

MessageUrgency UrgencyOf(const Message& m, CivilDate as_of, const MailboxSettings& settings) {
  MessageUrgency u;
  if (!IsOpen(m.state)) return u;
  u.days_open = static_cast<int>(as_of.ToDays() - m.received_on.ToDays());
  u.ack_overdue = m.state == MessageState::kReceived && as_of > m.ack_due_on;
  u.overdue = as_of > m.reply_due_on;
  u.due_soon = !u.overdue && as_of >= m.alert_on;
  u.veto_risk = u.days_open > settings.veto_risk_days;
  u.veto = as_of > ThreeMonthsAfter(m.received_on);
  return u;
}

bool RepliedOnTime(const Message& m) { return m.replied_on && *m.replied_on <= m.reply_due_on; }

}  // namespace gongkai::domain
