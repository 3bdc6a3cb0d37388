#include "law/fee.h"

#include <algorithm>

namespace gongkai::law {
namespace {

constexpr int64_t kFenPerYuan = 100;

}  // namespace

const char* FeeMethodName(FeeMethod m) {
  switch (m) {
    case FeeMethod::kPerItem:
      return "per_piece";
    case FeeMethod::kPerPage:
      return "per_page";
  }
  return "per_piece";
}

const char* FeeMethodLabel(FeeMethod m) {
  switch (m) {
    case FeeMethod::kPerItem:
      return "按件计收";
    case FeeMethod::kPerPage:
      return "按量计收";
  }
  return "按件计收";
}

std::optional<FeeMethod> ParseFeeMethod(std::string_view name) {
  if (name == "per_item") return FeeMethod::kPerItem;  // the name used before 2026-12
  for (FeeMethod m : {FeeMethod::kPerItem, FeeMethod::kPerPage}) {
    if (name == FeeMethodName(m) || name == FeeMethodLabel(m)) return m;
  }
  return std::nullopt;
}

// 109号第四条: 1–10 件 free, 11–30 件 100 元/件, then +100 元/件 every 10 件.
Result<int64_t> PerItemMarginalFeeFen(int64_t k) {
  if (k < 1 || k > kMaxFeeApplications) {
    return Status::InvalidInput("按件计收的申请序号应在1至" + std::to_string(kMaxFeeApplications) +
                                "之间，实际为" + std::to_string(k));
  }
  if (k <= 10) return int64_t{0};
  if (k <= 30) return 100 * kFenPerYuan;
  return 100 * (2 + (k - 31) / 10) * kFenPerYuan;
}

Result<int64_t> PerItemTotalFeeFen(int64_t n) {
  if (n < 0 || n > kMaxFeeApplications) {
    return Status::InvalidInput("按件计收的申请件数应在0至" + std::to_string(kMaxFeeApplications) +
                                "之间，实际为" + std::to_string(n));
  }
  int64_t yuan = 0;
  if (n > 10) yuan += 100 * (std::min<int64_t>(n, 30) - 10);
  if (n > 30) {
    // Full brackets of 10 from the 31st: the j-th (0-based) costs 100 × (2 + j) 元 each.
    const int64_t full = (n - 30) / 10;
    const int64_t rest = (n - 30) % 10;
    yuan += 10 * 100 * (2 * full + full * (full - 1) / 2);
    yuan += rest * 100 * (2 + full);
  }
  return yuan * kFenPerYuan;
}

// 109号第五条: ≤30 页 free; 31–100 10 元/页; 101–200 20 元/页; ≥201 40 元/页.
Result<int64_t> PerPageFeeFen(int64_t p) {
  if (p < 0 || p > kMaxFeePages) {
    return Status::InvalidInput("按量计收的页数应在0至" + std::to_string(kMaxFeePages) +
                                "之间，实际为" + std::to_string(p));
  }
  const int64_t yuan = 10 * std::max<int64_t>(0, std::min<int64_t>(p, 100) - 30) +
                       20 * std::max<int64_t>(0, std::min<int64_t>(p, 200) - 100) +
                       40 * std::max<int64_t>(0, p - 200);
  return yuan * kFenPerYuan;
}

std::string FormatYuan(int64_t fen) {
  const bool negative = fen < 0;
  const uint64_t abs = negative ? 0 - static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  std::string out = (negative ? "-" : "") + std::to_string(abs / 100);
  if (abs % 100 != 0) {
    const uint64_t cents = abs % 100;
    out += "." + std::string(cents < 10 ? "0" : "") + std::to_string(cents);
  }
  return out + "元";
}

}  // namespace gongkai::law
