// The ways an application ends (条例第三十条至第三十九条, 109号) and the one Table 3
// row (R03 … R23) each is counted in (application-workflow.md §5).
#pragma once

#include <optional>
#include <string_view>

namespace gongkai::law {

enum class ReplyType {
  kAlreadyPublic,        // 36(一) already proactively disclosed → R03 [I]
  kDisclosed,            // 36(二) → R03
  kPartlyDisclosed,      // 37 区分处理 → R04 (only there)
  kStateSecret,          // 36(三)+14 → R05
  kOtherLawForbids,      // 36(三)+14 → R06
  kThreeSafetiesStability,  // 36(三)+14 → R07
  kThirdPartyRights,     // 36(三)+15 → R08
  kInternalAffairs,      // 36(三)+16¶1 → R09
  kProcessInformation,   // 36(三)+16¶2 → R10
  kEnforcementFile,      // 36(三)+16¶2 → R11
  kQueryProcedure,       // 36(七) special statutes → R12 [I]
  kDoesNotExist,         // 36(四) → R13 [I]
  kNotThisAgency,        // 36(五) → R13 [I]
  kNeedsProcessing,      // 38 → R14
  kStillUnclear,         // 30, unclear after 补正 → R15
  kPetition,             // 39¶1 信访、投诉、举报 → R16
  kRepeated,             // 36(六) → R17
  kPublication,          // 39¶2 公开出版物 → R18
  kExcessive,            // 35 无正当理由大量反复申请 → R19
  kConfirmObtained,      // confirm or re-issue information already obtained → R20
  kCorrectionLapsed,     // 30 no correction in time, 视为放弃 → R21
  kFeeUnpaid,            // 109号 fee not paid in time, 视为放弃 → R22
  kOther,                // withdrawal, unreachable applicant, non-government information → R23 [I]
};

inline constexpr int kReplyTypeCount = 23;

// 0-based Table 3 row index (report::kT3RowSpecs): R03 is 2, R23 is 22.
int Table3Row(ReplyType t);

const char* ReplyTypeName(ReplyType t);   // stable snake_case name for storage and the CLI
const char* ReplyTypeLabel(ReplyType t);  // Chinese description with its article
std::optional<ReplyType> ParseReplyType(std::string_view name);

}  // namespace gongkai::law
