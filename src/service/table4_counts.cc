#include "service/table4_counts.h"

namespace gongkai::service {

int Table4Block(domain::AppealKind kind) {
  switch (kind) {
    case domain::AppealKind::kReview:
      return 0;
    case domain::AppealKind::kDirectLitigation:
      return 1;
    case domain::AppealKind::kLitigationAfterReview:
      return 2;
  }
  return 0;
}

int Table4OutcomeCell(domain::AppealOutcome outcome) {
  switch (outcome) {
    case domain::AppealOutcome::kUpheld:
      return 0;
    case domain::AppealOutcome::kCorrected:
      return 1;
    case domain::AppealOutcome::kOther:
      return 2;
  }
  return 2;
}

std::optional<int> Table4CellFor(const domain::Appeal& appeal, int year) {
  const CivilDate first{year, 1, 1};
  const CivilDate last{year, 12, 31};
  if (appeal.filed_on > last) return std::nullopt;
  if (appeal.decided_on && *appeal.decided_on < first) return std::nullopt;
  const int base = Table4Block(appeal.kind) * kTable4BlockWidth;
  if (appeal.decided_on && *appeal.decided_on <= last && appeal.outcome) {
    return base + Table4OutcomeCell(*appeal.outcome);
  }
  return base + kTable4PendingCell;
}

void CompleteTable4Totals(Table4Counts& counts) {
  for (int b = 0; b < 3; ++b) {
    const int base = b * kTable4BlockWidth;
    counts[base + kTable4TotalCell] =
        counts[base] + counts[base + 1] + counts[base + 2] + counts[base + kTable4PendingCell];
  }
}

}  // namespace gongkai::service
