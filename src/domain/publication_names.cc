// Names and labels of the publication enums, and the visibility rules.
#include <string_view>

#include "domain/named_enum.h"
#include "domain/publication.h"

namespace gongkai::domain {
namespace {

constexpr NamedValue<PublicationKind> kKinds[] = {
    {PublicationKind::kInformation, "information", "一般信息"},
    {PublicationKind::kRegulation, "regulation", "规章"},
    {PublicationKind::kNormative, "normative", "行政规范性文件"},
    {PublicationKind::kInterpretation, "interpretation", "政策解读"},
    {PublicationKind::kMeeting, "meeting", "会议"},
};
constexpr NamedValue<PublicationState> kStates[] = {
    {PublicationState::kDraft, "draft", "草稿"},
    {PublicationState::kSubmitted, "submitted", "待审核"},
    {PublicationState::kApproved, "approved", "已审核"},
    {PublicationState::kPublished, "published", "已发布"},
    {PublicationState::kWithdrawn, "withdrawn", "已撤回"},
};
constexpr NamedValue<Validity> kValidities[] = {
    {Validity::kValid, "valid", "有效"},
    {Validity::kExpired, "expired", "失效"},
    {Validity::kAbolished, "abolished", "废止"},
};
constexpr NamedValue<PublicationAction> kActions[] = {
    {PublicationAction::kCreate, "create", "新建"},
    {PublicationAction::kEdit, "edit", "修改"},
    {PublicationAction::kRevise, "revise", "修订（新版本）"},
    {PublicationAction::kSubmit, "submit", "提交审核"},
    {PublicationAction::kReturn, "return", "退回修改"},
    {PublicationAction::kApprove, "approve", "审核通过"},
    {PublicationAction::kPublish, "publish", "发布"},
    {PublicationAction::kWithdraw, "withdraw", "撤回"},
    {PublicationAction::kAbolish, "abolish", "宣布废止"},
    {PublicationAction::kExpire, "expire", "宣布失效"},
    {PublicationAction::kOverride, "override", "确认筛查提示（说明理由）"},
    {PublicationAction::kLink, "link", "关联"},
    {PublicationAction::kImport, "import", "导入（原系统已发布）"},
};

}  // namespace

const char* PublicationKindName(PublicationKind k) { return FindNamed(kKinds, k).name; }
const char* PublicationKindLabel(PublicationKind k) { return FindNamed(kKinds, k).label; }
std::optional<PublicationKind> ParsePublicationKind(std::string_view s) {
  if (s == "规范性文件") return PublicationKind::kNormative;
  if (s == "解读") return PublicationKind::kInterpretation;
  return ParseNamed(kKinds, s);
}
bool HasValidity(PublicationKind k) {
  return k == PublicationKind::kRegulation || k == PublicationKind::kNormative;
}

const char* PublicationStateName(PublicationState s) { return FindNamed(kStates, s).name; }
const char* PublicationStateLabel(PublicationState s) { return FindNamed(kStates, s).label; }
std::optional<PublicationState> ParsePublicationState(std::string_view s) {
  return ParseNamed(kStates, s);
}

const char* ValidityName(Validity v) { return FindNamed(kValidities, v).name; }
const char* ValidityLabel(Validity v) { return FindNamed(kValidities, v).label; }
std::optional<Validity> ParseValidity(std::string_view s) { return ParseNamed(kValidities, s); }

const char* PublicationActionName(PublicationAction a) { return FindNamed(kActions, a).name; }
const char* PublicationActionLabel(PublicationAction a) { return FindNamed(kActions, a).label; }
std::optional<PublicationAction> ParsePublicationAction(std::string_view s) {
  return ParseNamed(kActions, s);
}

const char* LinkKindName(LinkKind k) {
  switch (k) {
    case LinkKind::kInterprets:
      return "interprets";
    case LinkKind::kReplaces:
      return "replaces";
  }
  return "interprets";
}

bool IsPublic(const Publication& p) {
  return p.published_version.has_value() && p.state != PublicationState::kWithdrawn;
}

bool IsInForce(const Publication& p) { return IsPublic(p) && p.validity == Validity::kValid; }

}  // namespace gongkai::domain
