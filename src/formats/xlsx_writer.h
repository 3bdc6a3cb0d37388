// Writes an annual report as an XLSX workbook (Excel, WPS, LibreOffice).
#pragma once

#include <string>

#include "core/status.h"
#include "report/annual_report.h"

namespace gongkai::formats {

// Renders `report` as one workbook, returned as the bytes of the .xlsx file:
//   - sheet "报告": the title in A1 (report.title, or agency + year +
//     "年政府信息公开工作年度报告" when empty), then one row per preamble
//     paragraph, then per section its heading (bold, own row) and one row per
//     paragraph. Every row holds text in column A only.
//   - sheets "表二 主动公开", "表三 依申请公开", "表四 复议诉讼": Tables 2, 3
//     and 4 laid out exactly as Table2Layout/Table3Layout/Table4Layout (merged
//     ranges, bold wrapped centred headers, thin borders), starting at A1.
//     Counts are numeric cells; the 万元 amount is a numeric cell whose number
//     format shows the decimals it was written with. Blank cells stay blank.
//     All three tables are always written, even when the report lacks one,
//     so that a missing table shows as blank cells rather than vanishing.
// libxlsxwriter writes to a file: a temporary file in $TMPDIR (or /tmp) is
// used and always removed. Errors: kIoError when the temporary file cannot be
// made or read back, kInternal when libxlsxwriter refuses the workbook.
Result<std::string> WriteXlsx(const report::AnnualReport& report);

}  // namespace gongkai::formats
