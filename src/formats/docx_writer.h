// Writes the annual report as a DOCX file in the official layout.
#pragma once

#include <string>

#include "core/status.h"
#include "report/annual_report.h"

namespace gongkai::formats {

// Renders `report` as the bytes of a DOCX file (A4 portrait):
//  - the title, centred, bold, 宋体 22 pt: report.title, or when that is empty
//    agency + year + "年政府信息公开工作年度报告";
//  - the preamble paragraphs (宋体 14 pt, first line indented two characters);
//  - the six section headings 一 … 六 (SectionHeading, 黑体 16 pt, style
//    "Heading 1"), each followed by the paragraphs of the report's section of
//    that number (if any); Table 2 follows section 二's paragraphs, Table 3
//    section 三's and Table 4 section 四's. The tables are always drawn (blank
//    cells stay empty) from Table2Layout/Table3Layout/Table4Layout with real
//    merged cells (w:gridSpan, w:vMerge), single borders, the column-header
//    rows repeated on each page (w:tblHeader), no row split across pages,
//    and rows made only of header cells kept on the page of the next row.
// A '\n' inside a paragraph or cell becomes a line break (w:br). Invalid
// UTF-8 is replaced with U+FFFD and characters XML cannot carry are dropped.
// The output is deterministic (fixed ZIP timestamps, no clock read) and
// opens in Microsoft Word, LibreOffice and python-docx.
Result<std::string> WriteDocx(const report::AnnualReport& report);

}  // namespace gongkai::formats
