// The consistency checker (勾稽关系): every rule of the annual report format
// (annual-report-format.md §6) with its stable id.
//
// Hard rules (severity error): H1 cells present and numeric, H2 row totals,
// H3 （七）总计 = its items, H4 一+二 = 三（七）+四, H5 Table 4 totals, H6 group
// subtotals, H7 six sections in order, H8 template matches the year; with the
// previous year's report: X1 carry-over (error), X2 stock (warning).
// Soft rules (warning): S1 stock plausibility, S2 narrative figures, S3 fees,
// S4 period and title year, S5 government content, S6 publication date, S7
// copied text, S8 复议后起诉 plausibility, S9 heading style, S10 statements in
// words that contradict the tables or each other.
#pragma once

#include <vector>

#include "report/annual_report.h"
#include "report/check_options.h"
#include "report/finding.h"

namespace gongkai::report {

// Runs every rule that the available data allows. `previous` is the same
// body's report for the year before, or nullptr. Findings come in rule order
// (H…, X…, S…), each rule's findings in document order.
std::vector<Finding> CheckReport(const AnnualReport& report, const AnnualReport* previous,
                                 const CheckOptions& options);

bool HasErrors(const std::vector<Finding>& findings);

}  // namespace gongkai::report
