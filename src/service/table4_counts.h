// Table 4 (政府信息公开行政复议、行政诉讼情况) computed from appeal records.
//
// Counting rule (annual-report-format.md §4, recommended practice [I], a
// fixed rule across years): every case pending at any time in year Y — filed
// on or before 31 Dec Y and either undecided or decided on or after 1 Jan Y —
// is counted once, with its status on 31 Dec Y: its outcome when decided by
// then, else 尚未审结.
//
// Layout: three blocks of five cells, block = domain::AppealKind order
// (行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉), cells 结果维持, 结果纠正,
// 其他结果, 尚未审结, 总计. Index = block * 5 + cell.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "domain/appeal.h"

namespace gongkai::service {

inline constexpr int kTable4Cells = 15;
inline constexpr int kTable4BlockWidth = 5;
inline constexpr int kTable4PendingCell = 3;  // 尚未审结
inline constexpr int kTable4TotalCell = 4;    // 总计

using Table4Counts = std::array<int64_t, kTable4Cells>;

int Table4Block(domain::AppealKind kind);
int Table4OutcomeCell(domain::AppealOutcome outcome);  // 0 维持, 1 纠正, 2 其他

// The cell (index into Table4Counts, never a 总计) the appeal counts in for
// `year`, or none when it was not pending in that year.
std::optional<int> Table4CellFor(const domain::Appeal& appeal, int year);

// Fills the 总计 cell of each block from the other four.
void CompleteTable4Totals(Table4Counts& counts);

}  // namespace gongkai::service
