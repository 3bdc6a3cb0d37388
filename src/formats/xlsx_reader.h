// Reads an XLSX workbook into the neutral Document.
#pragma once

#include <string_view>

#include "core/status.h"
#include "formats/document.h"

namespace gongkai::formats {

// Limits on what one workbook may hold; larger input is cut (with a
// ParseNote) or refused (with a Status), never read without bound.
inline constexpr int kXlsxMaxRows = 10000;                     // rows read per sheet
inline constexpr int kXlsxMaxColumns = 200;                    // columns read per sheet
inline constexpr int kXlsxMaxSheets = 256;                     // sheets read per workbook
inline constexpr size_t kXlsxMaxGridCells = 1000000;           // table cells, all tables together
inline constexpr size_t kXlsxMaxTextBytes = size_t{64} << 20;  // all cell text together

// Reads the workbook's sheets in workbook order. Cell text comes from the
// shared strings, inline strings and values (formula results as cached);
// numbers are written back as their shortest decimal text ("96171.6",
// "3119"); booleans as TRUE/FALSE; dates stay Excel serial numbers.
//   - A sheet whose non-empty rows each hold at most one non-empty cell, and
//     that merges no cells, is text: each such row becomes one paragraph per
//     line of its cell.
//   - Any other non-empty sheet becomes one DocTable spanning its used range
//     (empty leading/trailing rows and columns dropped; empty rows inside
//     kept). Merged ranges (<mergeCells>) are expanded: the top-left cell
//     keeps the text, every other position is an empty cell with covered set.
// SourceRef.line is the sheet row number (1-based, as Excel shows it) and
// SourceRef.page the 1-based index of the sheet in the workbook.
// Errors (zh-CN, naming the part): kInvalidInput when the bytes are not a
// ZIP archive, kDamaged for a missing or malformed part ("XLSX 文件已损坏：
// 缺少 xl/workbook.xml"), kUnsupported for an encrypted workbook, an old
// .xls, or one over kXlsxMaxTextBytes or 256 MiB of decompressed XML.
Result<Document> ReadXlsxDocument(std::string_view bytes);

}  // namespace gongkai::formats
