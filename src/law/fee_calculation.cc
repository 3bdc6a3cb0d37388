#include "law/fee_calculation.h"

#include <algorithm>

namespace gongkai::law {
namespace {

constexpr int64_t kFen = 100;  // 分 per 元

struct Bracket {
  int64_t from;
  int64_t to;  // inclusive
  int64_t unit_fen;
};

// 109号第五条: ≤30 页 free; 31–100 10 元/页; 101–200 20 元/页; ≥201 40 元/页.
constexpr Bracket kPageBrackets[] = {
    {1, 30, 0}, {31, 100, 10 * kFen}, {101, 200, 20 * kFen}, {201, kMaxFeePages, 40 * kFen}};

// 109号第四条: 1–10 件 free; 11–30 件 100 元; from the 31st, brackets of 10 件,
// each 100 元 dearer than the one before.
Bracket PieceBracketOf(int64_t k) {
  if (k <= 10) return {1, 10, 0};
  if (k <= 30) return {11, 30, 100 * kFen};
  const int64_t j = (k - 31) / 10;
  return {31 + 10 * j, 40 + 10 * j, 100 * (2 + j) * kFen};
}

void AddLine(FeeCalculation& c, int64_t from, int64_t to, int64_t unit_fen) {
  const int64_t amount = (to - from + 1) * unit_fen;
  c.lines.push_back({from, to, unit_fen, amount});
  c.amount_fen += amount;
}

std::string Range(int64_t from, int64_t to, const char* unit) {
  return from == to ? "第" + std::to_string(from) + unit
                    : "第" + std::to_string(from) + "–" + std::to_string(to) + unit;
}

}  // namespace

Result<FeeCalculation> CalculatePerPage(int64_t pages) {
  if (pages < 0 || pages > kMaxFeePages) {
    return Status::InvalidInput("按量计收的页数应在0至" + std::to_string(kMaxFeePages) +
                                "之间，实际为" + std::to_string(pages));
  }
  FeeCalculation c;
  c.method = FeeMethod::kPerPage;
  c.quantity = pages;
  for (const Bracket& b : kPageBrackets) {
    if (pages < b.from) break;
    AddLine(c, b.from, std::min(pages, b.to), b.unit_fen);
  }
  return c;
}

Result<FeeCalculation> CalculatePerPiece(int64_t first, int64_t count) {
  if (first < 1 || count < 1 || first > kMaxFeeApplications ||
      count > kMaxFeeApplications - first + 1) {
    return Status::InvalidInput("按件计收的件数应至少为1件，且本月累计不超过" +
                                std::to_string(kMaxFeeApplications) + "件（自第" +
                                std::to_string(first) + "件起" + std::to_string(count) + "件）");
  }
  FeeCalculation c;
  c.method = FeeMethod::kPerItem;
  c.quantity = count;
  c.first = first;
  const int64_t last = first + count - 1;
  for (int64_t k = first; k <= last;) {
    const Bracket b = PieceBracketOf(k);
    const int64_t to = std::min(last, b.to);
    AddLine(c, k, to, b.unit_fen);
    k = to + 1;
  }
  return c;
}

std::string FeeCalculation::Explain() const {
  const bool pages = method == FeeMethod::kPerPage;
  const char* unit = pages ? "页" : "件";
  std::string out = pages ? "按量计收（国办函〔2020〕109号第五条），共" + std::to_string(quantity) + "页"
                          : "按件计收（国办函〔2020〕109号第四条），计该申请人本自然月内向本机关提出的" +
                                Range(first, first + quantity - 1, "件");
  out += "：";
  if (lines.empty()) out += "无需收费";
  for (size_t i = 0; i < lines.size(); ++i) {
    const FeeLine& l = lines[i];
    if (i > 0) out += "；";
    out += Range(l.from, l.to, unit);
    if (l.unit_fen == 0) {
      out += "免费";
    } else {
      out += std::to_string(l.to - l.from + 1) + unit + "×" + FormatYuan(l.unit_fen) + "=" +
             FormatYuan(l.amount_fen);
    }
  }
  out += "；合计" + FormatYuan(amount_fen) + "。";
  return out;
}

}  // namespace gongkai::law
