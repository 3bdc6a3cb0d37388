// Table 3 (收到和处理政府信息公开申请情况) computed from case records, by the rule
// of application-workflow.md §6, for a year Y:
//   R01 (row 0)      received in Y;
//   R02 (row 1)      received before Y and not closed before 1 Jan Y;
//   R03–R23 (2–22)   closed in Y, in the row of its outcome (law::Table3Row);
//   R24 (row 23)     the sum of R03–R23;
//   R25 (row 24)     received on or before 31 Dec Y and not closed by then.
// Columns 0–5 are the applicant kinds C1–C6 (domain::ApplicantKind order),
// column 6 the row total. R01 + R02 = R24 + R25 holds by construction.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/civil_date.h"
#include "law/reply_type.h"

namespace gongkai::service {

inline constexpr int kTable3Rows = 25;
inline constexpr int kTable3Columns = 7;
inline constexpr int kTable3TotalRow = 23;     // R24
inline constexpr int kTable3CarriedRow = 24;   // R25 结转下年度继续办理
inline constexpr int kTable3TotalColumn = 6;   // 总计

using Table3Grid = std::array<std::array<int64_t, kTable3Columns>, kTable3Rows>;

// The rows (0-based, ascending, never R24) one application counts in for
// `year`. An application not yet received counts nowhere.
std::vector<int> Table3RowsFor(const std::optional<CivilDate>& received_on,
                               const std::optional<CivilDate>& closed_on,
                               const std::optional<law::ReplyType>& outcome, int year);

// Fills R24 (sum of R03–R23) and the 总计 column from the other cells.
void CompleteTable3Totals(Table3Grid& grid);

}  // namespace gongkai::service
