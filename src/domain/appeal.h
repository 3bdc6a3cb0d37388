// 行政复议 and 行政诉讼 brought over disclosure work (Table 4), linked to the
// application they concern when there is one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/civil_date.h"

namespace gongkai::domain {

enum class AppealKind {
  kReview,               // 行政复议
  kDirectLitigation,     // 行政诉讼 · 未经复议直接起诉
  kLitigationAfterReview // 行政诉讼 · 复议后起诉
};

// Outcome categories of Table 4 (common practice [I], annual-report-format §4):
// 纠正 = 撤销/变更/确认违法/责令履行; 其他 = 驳回/终止/撤回/撤诉/调解.
enum class AppealOutcome { kUpheld, kCorrected, kOther };

const char* AppealKindName(AppealKind k);
const char* AppealOutcomeName(AppealOutcome o);

struct Appeal {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::optional<int64_t> application_id;
  AppealKind kind = AppealKind::kReview;
  std::string case_number;  // 案号
  CivilDate filed_on;
  std::optional<CivilDate> decided_on;
  std::optional<AppealOutcome> outcome;  // set together with decided_on
  std::string note;
  std::string recorded_by;  // who registered it
  std::string decided_by;   // who recorded the decision (empty while pending)
};

}  // namespace gongkai::domain
