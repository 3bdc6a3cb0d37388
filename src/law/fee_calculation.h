// A 信息处理费 amount worked out bracket by bracket (国办函〔2020〕109号
// 第四条、第五条, application-workflow.md §7), so that a clerk and the
// applicant can see how it was reached: the fee notice must state the
// standard and the amount.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "law/fee.h"

namespace gongkai::law {

// The units (pages, or the month's 件) of one bracket that the calculation
// touched, and what they cost.
struct FeeLine {
  int64_t from = 0;        // first unit of the bracket that is counted here
  int64_t to = 0;          // last unit, inclusive
  int64_t unit_fen = 0;    // price of one unit in this bracket (0: free)
  int64_t amount_fen = 0;  // (to - from + 1) × unit_fen
};

struct FeeCalculation {
  FeeMethod method = FeeMethod::kPerItem;
  // 按量: the pages of the application. 按件: the 件 this application counts
  // as (1, or more when one request was split into minimal units).
  int64_t quantity = 0;
  // 按件: the ordinal of this application's first 件 among the applicant's
  // applications to the same body in the 自然月 (1 for the first). 按量: 1.
  int64_t first = 1;
  std::vector<FeeLine> lines;  // in order; free brackets included
  int64_t amount_fen = 0;

  // Chinese, one sentence, e.g. "按量计收（国办函〔2020〕109号第五条），共150页：
  // 第1–30页免费；第31–100页70页×10元=700元；第101–150页50页×20元=1000元；合计1700元。"
  std::string Explain() const;
};

// 按量 (第五条): one application of `pages` pages (0 … kMaxFeePages).
Result<FeeCalculation> CalculatePerPage(int64_t pages);

// 按件 (第四条): the 件 first … first + count − 1 of the applicant's month
// (first ≥ 1, count ≥ 1, the last not above kMaxFeeApplications).
Result<FeeCalculation> CalculatePerPiece(int64_t first, int64_t count);

}  // namespace gongkai::law
