// 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号) as
// application-workflow.md §7 states it. Amounts are integer 分 (1 元 = 100 分).
//
// Charging is discretionary (条例第四十二条: only when the number or frequency
// of requests clearly exceeds a reasonable range); these functions compute the
// standard amount, a person decides and records the reason. One application
// uses one method, never both (109号第三条).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace gongkai::law {

enum class FeeMethod {
  kPerItem,  // 按件计收 (109号第四条)
  kPerPage,  // 按量计收 (109号第五条)
};

const char* FeeMethodName(FeeMethod m);   // "per_piece", "per_page"
const char* FeeMethodLabel(FeeMethod m);  // 按件计收, 按量计收
// Accepts the names, the labels and the older name "per_item".
std::optional<FeeMethod> ParseFeeMethod(std::string_view name);

// 按件: the fee of the k-th application (k >= 1) of the same applicant to the
// same body in one 自然月 (109号第四条): 1–10 free; 11–30 100 元 each; from the
// 31st, brackets of 10, each 100 元 dearer (31–40 200 元, 41–50 300 元 …).
Result<int64_t> PerItemMarginalFeeFen(int64_t k);

// 按件: the total for applications 1 … n of one month (n >= 0).
Result<int64_t> PerItemTotalFeeFen(int64_t n);

// 按量: the fee of one application of `pages` pages (109号第五条): up to 30 free;
// pages 31–100 10 元, 101–200 20 元, from 201 40 元 per page.
Result<int64_t> PerPageFeeFen(int64_t pages);

// "5500元", "83460.50元".
std::string FormatYuan(int64_t fen);

// Limits that keep the arithmetic far from overflow; larger inputs are errors.
inline constexpr int64_t kMaxFeeApplications = 1000000;
inline constexpr int64_t kMaxFeePages = 100000000;

}  // namespace gongkai::law
