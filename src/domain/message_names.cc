// Names and labels of the mailbox enums.
#include <string_view>

#include "domain/message.h"
#include "domain/named_enum.h"

namespace gongkai::domain {
namespace {

constexpr NamedValue<MessageCategory> kCategories[] = {
    {MessageCategory::kConsultation, "consultation", "咨询"},
    {MessageCategory::kSuggestion, "suggestion", "建议"},
    {MessageCategory::kComplaint, "complaint", "投诉"},
    {MessageCategory::kHelp, "help", "求助"},
    {MessageCategory::kOther, "other", "其他"},
};
constexpr NamedValue<MessageState> kStates[] = {
    {MessageState::kReceived, "received", "待受理"},
    {MessageState::kAssigned, "assigned", "办理中"},
    {MessageState::kReplied, "replied", "已答复"},
    {MessageState::kPublished, "published", "已公开"},
    {MessageState::kClosed, "closed", "已办结（不公开）"},
    {MessageState::kTransferred, "transferred", "已转信访"},
};
constexpr NamedValue<MessageAction> kActions[] = {
    {MessageAction::kSubmit, "submit", "收到留言"},
    {MessageAction::kAssign, "assign", "交办"},
    {MessageAction::kReply, "reply", "答复"},
    {MessageAction::kExtend, "extend", "延期"},
    {MessageAction::kTransfer, "transfer", "转信访渠道"},
    {MessageAction::kClose, "close", "办结不公开"},
    {MessageAction::kPublish, "publish", "公开"},
};

}  // namespace

const char* MessageCategoryName(MessageCategory c) { return FindNamed(kCategories, c).name; }
const char* MessageCategoryLabel(MessageCategory c) { return FindNamed(kCategories, c).label; }
std::optional<MessageCategory> ParseMessageCategory(std::string_view s) {
  return ParseNamed(kCategories, s);
}

const char* MessageStateName(MessageState s) { return FindNamed(kStates, s).name; }
const char* MessageStateLabel(MessageState s) { return FindNamed(kStates, s).label; }
std::optional<MessageState> ParseMessageState(std::string_view s) {
  if (s == "已办结") return MessageState::kClosed;
  return ParseNamed(kStates, s);
}
bool IsOpen(MessageState s) {
  switch (s) {
    case MessageState::kReceived:
    case MessageState::kAssigned:
      return true;
    case MessageState::kReplied:
    case MessageState::kPublished:
    case MessageState::kClosed:
    case MessageState::kTransferred:
      return false;
  }
  return false;
}

const char* MessageActionName(MessageAction a) { return FindNamed(kActions, a).name; }
const char* MessageActionLabel(MessageAction a) { return FindNamed(kActions, a).label; }
std::optional<MessageAction> ParseMessageAction(std::string_view s) { return ParseNamed(kActions, s); }

}  // namespace gongkai::domain
