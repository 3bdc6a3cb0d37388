// Writes an annual report as a PDF document (A4, the national layout).
#pragma once

#include <string>

#include "core/status.h"
#include "report/annual_report.h"

namespace gongkai::formats {

// Renders `report` as A4 PDF bytes with pango/cairo in the font family
// "Noto Serif CJK SC" (embedded as a subset):
//   - the title centred and bold (report.title, or agency + year +
//     "年政府信息公开工作年度报告" when empty), then the preamble;
//   - each section's heading (bold; as written, or the official heading when
//     the report has none) and its paragraphs, first-line indented, wrapped
//     at any character;
//   - Tables 2, 3 and 4 after the paragraphs of sections 二, 三 and 四 (at the
//     end when that section is missing), drawn from Table2Layout/3/4 as ruled
//     grids with merged cells and wrapped cell text, numbers centred. A table
//     breaks across pages only between rows, preferably outside merged
//     groups, and repeats its column headers on the next page;
//   - page numbers "- 1 -" centred at the bottom of every page;
//   - PDF metadata: title, author (the agency) and creator.
// Every table is drawn even when the report lacks it (blank cells show that
// figures are missing). Errors: kInternal when cairo fails.
Result<std::string> WritePdf(const report::AnnualReport& report);

}  // namespace gongkai::formats
