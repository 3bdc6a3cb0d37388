// When a use case happens: the UTC timestamp stored in logs and the civil
// date in Asia/Shanghai (发布日期, the 索引号 year, a message's 收到日期).
// Passed in by the caller, never read from a clock in service/.
#pragma once

#include <string>

#include "core/civil_date.h"

namespace gongkai::service {

struct Moment {
  std::string utc;  // YYYY-MM-DDTHH:MM:SSZ
  CivilDate date;
};

}  // namespace gongkai::service
