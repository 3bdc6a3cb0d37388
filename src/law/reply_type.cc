#include "law/reply_type.h"

namespace gongkai::law {
namespace {

struct Entry {
  ReplyType type;
  int row;  // 0-based Table 3 row
  const char* name;
  const char* label;
};

// application-workflow.md §5; rows marked [I] there are common practice.
constexpr Entry kEntries[kReplyTypeCount] = {
    {ReplyType::kAlreadyPublic, 2, "already_public", "已主动公开，告知获取方式（第三十六条第一项）"},
    {ReplyType::kDisclosed, 2, "disclosed", "予以公开（第三十六条第二项）"},
    {ReplyType::kPartlyDisclosed, 3, "partly_disclosed", "部分公开（第三十七条）"},
    {ReplyType::kStateSecret, 4, "state_secret", "属于国家秘密（第十四条）"},
    {ReplyType::kOtherLawForbids, 5, "other_law_forbids", "其他法律行政法规禁止公开（第十四条）"},
    {ReplyType::kThreeSafetiesStability, 6, "three_safeties_stability", "危及“三安全一稳定”（第十四条）"},
    {ReplyType::kThirdPartyRights, 7, "third_party_rights", "保护第三方合法权益（第十五条）"},
    {ReplyType::kInternalAffairs, 8, "internal_affairs", "属于三类内部事务信息（第十六条第一款）"},
    {ReplyType::kProcessInformation, 9, "process_information", "属于四类过程性信息（第十六条第二款）"},
    {ReplyType::kEnforcementFile, 10, "enforcement_file", "属于行政执法案卷（第十六条第二款）"},
    {ReplyType::kQueryProcedure, 11, "query_procedure", "属于行政查询事项（第三十六条第七项）"},
    {ReplyType::kDoesNotExist, 12, "does_not_exist", "经检索没有所申请的信息（第三十六条第四项）"},
    {ReplyType::kNotThisAgency, 12, "not_this_agency", "不属于本机关负责公开（第三十六条第五项）"},
    {ReplyType::kNeedsProcessing, 13, "needs_processing", "需要另行制作（第三十八条）"},
    {ReplyType::kStillUnclear, 14, "still_unclear", "补正后申请内容仍不明确（第三十条）"},
    {ReplyType::kPetition, 15, "petition", "信访举报投诉类申请（第三十九条第一款）"},
    {ReplyType::kRepeated, 16, "repeated", "重复申请（第三十六条第六项）"},
    {ReplyType::kPublication, 17, "publication", "要求提供公开出版物（第三十九条第二款）"},
    {ReplyType::kExcessive, 18, "excessive", "无正当理由大量反复申请（第三十五条）"},
    {ReplyType::kConfirmObtained, 19, "confirm_obtained", "要求确认或重新出具已获取信息"},
    {ReplyType::kCorrectionLapsed, 20, "correction_lapsed", "无正当理由逾期不补正，视为放弃（第三十条）"},
    {ReplyType::kFeeUnpaid, 21, "fee_unpaid", "逾期未缴纳信息处理费，视为放弃（国办函〔2020〕109号）"},
    {ReplyType::kOther, 22, "other", "其他（撤回申请、无法联系申请人等）"},
};

const Entry& Find(ReplyType t) {
  for (const Entry& e : kEntries) {
    if (e.type == t) return e;
  }
  return kEntries[kReplyTypeCount - 1];
}

}  // namespace

int Table3Row(ReplyType t) { return Find(t).row; }
const char* ReplyTypeName(ReplyType t) { return Find(t).name; }
const char* ReplyTypeLabel(ReplyType t) { return Find(t).label; }

std::optional<ReplyType> ParseReplyType(std::string_view name) {
  for (const Entry& e : kEntries) {
    if (name == e.name) return e.type;
  }
  return std::nullopt;
}

}  // namespace gongkai::law
