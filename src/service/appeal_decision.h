// The invariant every appeal store enforces on a decision: the date and the
// outcome are set together, and a case is not decided before it was filed.
#pragma once

#include <string>

#include "core/status.h"
#include "domain/appeal.h"

namespace gongkai::service {

// "复议诉讼案件“青府复〔2025〕3号”", or "复议诉讼案件（编号12）" without a 案号.
std::string AppealName(const domain::Appeal& a);

Status ValidateAppealDecision(const domain::Appeal& a);

}  // namespace gongkai::service
