// Every non-empty cell of an XLSX workbook with the name of its sheet and
// its A1 reference, for attachment text (where a screen hit is shown as
// 工作表“名单”B7). Unlike ReadXlsxDocument (xlsx_reader.h), which shapes
// sheets into paragraphs and tables for report assembly, this keeps each
// cell where Excel shows it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::formats {

struct XlsxCell {
  std::string sheet;  // the sheet's name as Excel shows it on its tab
  std::string ref;    // A1 reference, e.g. "B7"
  std::string text;   // UTF-8; numbers as their shortest decimal text
};

// Limits: at most 1,000,000 cells and 64 MiB of cell text in all; 256 MiB of
// decompressed XML. Cells come sheet by sheet in workbook order, each sheet
// in row then column order. Shared strings, inline strings (rich text runs
// joined, phonetic runs skipped), formula results as cached, booleans as
// TRUE/FALSE, numbers in shortest decimal form; dates stay serial numbers.
// Chartsheets and dangling sheet entries are skipped.
// Errors (zh-CN): kInvalidInput when the bytes are not a ZIP archive,
// kDamaged for a missing or malformed workbook or sheet part ("XLSX
// 文件已损坏：缺少 xl/workbook.xml"), kUnsupported for an encrypted workbook
// or an old .xls and over the limits. Never throws.
Result<std::vector<XlsxCell>> ReadXlsxCells(std::string_view bytes);

// "B7" for row 7 (1-based) and column 1 (0-based).
std::string XlsxCellRef(int row, int column);

}  // namespace gongkai::formats
