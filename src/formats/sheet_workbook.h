// Plain tables as a spreadsheet: an XLSX workbook (one sheet a table, header
// bold, frozen and filtered, numbers stored as numbers) or CSV (UTF-8 with a
// BOM so that Excel opens it, RFC 4180 quoting, CRLF). For lists people
// filter and hand on — the batch audit's summary, later the dashboard's
// exports — as opposed to the annual report's own layout (xlsx_writer.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::formats {

// One cell: a number when `number` is set, else the text.
struct SheetCell {
  std::string text;
  std::optional<int64_t> number;

  static SheetCell Text(std::string t) { return SheetCell{std::move(t), std::nullopt}; }
  static SheetCell Number(int64_t n) { return SheetCell{std::to_string(n), n}; }
};

struct Sheet {
  std::string name;                 // the sheet name
  std::vector<std::string> header;  // column titles
  std::vector<double> widths;       // column widths in Excel units (default 12)
  std::vector<std::vector<SheetCell>> rows;
};

// The sheets as an XLSX workbook. Text is made valid UTF-8 and cut to
// Excel's cell limit; rows past Excel's row limit are left out, the last
// row saying how many.
Result<std::string> WriteSheetsXlsx(const std::vector<Sheet>& sheets);

// One CSV field, RFC 4180: quoted when it holds a comma, a quote, CR, LF or
// leading/trailing spaces, quotes doubled. A text starting with = + - or @
// gets a leading apostrophe so that a spreadsheet does not run it as a
// formula (the texts may come from untrusted files).
std::string CsvField(std::string_view text);
// The sheet as CSV: a UTF-8 BOM, the header, one record per row, CRLF.
std::string SheetCsv(const Sheet& sheet);

}  // namespace gongkai::formats
