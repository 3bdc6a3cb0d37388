#include "service/table3_counts.h"

namespace gongkai::service {

std::vector<int> Table3RowsFor(const std::optional<CivilDate>& received_on,
                               const std::optional<CivilDate>& closed_on,
                               const std::optional<law::ReplyType>& outcome, int year) {
  std::vector<int> rows;
  if (!received_on) return rows;
  const CivilDate first{year, 1, 1};
  const CivilDate last{year, 12, 31};
  const CivilDate r = *received_on;
  if (r >= first && r <= last) rows.push_back(0);                          // R01
  if (r < first && (!closed_on || *closed_on >= first)) rows.push_back(1);  // R02
  if (closed_on && outcome && *closed_on >= first && *closed_on <= last) {
    rows.push_back(law::Table3Row(*outcome));  // R03–R23
  }
  if (r <= last && (!closed_on || *closed_on > last)) rows.push_back(kTable3CarriedRow);  // R25
  return rows;
}

void CompleteTable3Totals(Table3Grid& grid) {
  for (int c = 0; c < kTable3TotalColumn; ++c) {
    int64_t sum = 0;
    for (int r = 2; r <= 22; ++r) sum += grid[r][c];
    grid[kTable3TotalRow][c] = sum;
  }
  for (auto& row : grid) {
    int64_t sum = 0;
    for (int c = 0; c < kTable3TotalColumn; ++c) sum += row[c];
    row[kTable3TotalColumn] = sum;
  }
}

}  // namespace gongkai::service
