// Port: the yearly figures of Table 2 that come from outside the platform —
// 行政许可, 行政处罚 and 行政强制 decisions (counts) and 行政事业性收费 (万元,
// a decimal) — per agency and year, each with the source it was taken from.
// Every change is logged (who, when, the value and source before the next).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::service {

enum class StatItem { kLicensing, kPunishment, kEnforcement, kFees };
const char* StatItemName(StatItem item);   // licensing, punishment, enforcement, fees
const char* StatItemLabel(StatItem item);  // 行政许可, 行政处罚, 行政强制, 行政事业性收费
// Names, labels and a few common spellings (许可, 处罚, 强制, 收费).
std::optional<StatItem> ParseStatItem(std::string_view text);

struct StatValue {
  int64_t agency_id = 0;
  int year = 0;
  StatItem item = StatItem::kLicensing;
  std::string value;   // a count (digits) or, for kFees, 万元 with up to 4 decimals
  std::string source;  // e.g. 市政务服务管理局2024年审批统计
  std::string actor;
  std::string at;      // UTC (the store sets it when empty)
};

class StatsStore {
 public:
  virtual ~StatsStore() = default;
  // Sets (or replaces) one figure and logs it. kInvalidInput for an unknown
  // agency, an empty source or actor.
  virtual Status Set(const StatValue& v) = 0;
  // The figures of `year` for the agencies (all agencies when empty).
  virtual Result<std::vector<StatValue>> Get(const std::vector<int64_t>& agency_ids,
                                             int year) = 0;
  // Every logged change for an agency, oldest first.
  virtual Result<std::vector<StatValue>> History(int64_t agency_id) = 0;
};

}  // namespace gongkai::service
