// The invariant every appeal store enforces on a decision: the date and the
// outcome are set together, and a case is not decided before it was filed.
#pragma once

#include "core/status.h"
#include "domain/appeal.h"

namespace gongkai::service {

Status ValidateAppealDecision(const domain::Appeal& a);

}  // namespace gongkai::service
