#include "report/check.h"

#include <algorithm>
#include <cstdlib>

#include "report/rules.h"

namespace gongkai::report {

std::vector<Finding> CheckReport(const AnnualReport& report, const AnnualReport* previous,
                                 const CheckOptions& options) {
  std::vector<Finding> out;
  rules::CheckCells(report, out);
  rules::CheckTable3Sums(report, out);
  rules::CheckTable4Sums(report, out);
  rules::CheckStructure(report, out);
  if (previous != nullptr) rules::CheckCrossYear(report, *previous, out);
  rules::CheckStock(report, out);
  rules::CheckNarrative(report, out);
  rules::CheckFees(report, out);
  rules::CheckPeriod(report, out);
  rules::CheckGovernmentContent(report, options, out);
  rules::CheckPublication(report, options, out);
  if (previous != nullptr) rules::CheckCopied(report, *previous, options, out);
  rules::CheckReviewLitigation(report, previous, out);
  rules::CheckHeadingStyle(report, out);
  rules::CheckContradictions(report, out);
  // Stable order: hard rules, cross-year, soft; within a rule, as emitted.
  const auto rank = [](const Finding& f) {
    const char kind = f.rule.empty() ? 'Z' : f.rule[0];
    const int group = kind == 'H' ? 0 : kind == 'X' ? 1 : 2;
    return group * 100 + std::atoi(f.rule.c_str() + 1);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Finding& a, const Finding& b) { return rank(a) < rank(b); });
  return out;
}

bool HasErrors(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    if (f.severity == Severity::kError) return true;
  }
  return false;
}

}  // namespace gongkai::report
