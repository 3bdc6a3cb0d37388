#include "formats/sheet_workbook.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "core/utf8.h"
#include "formats/xlsx_file.h"

namespace gongkai::formats {
namespace {

constexpr size_t kMaxCellChars = 32000;       // Excel's limit is 32,767
constexpr lxw_row_t kMaxSheetRows = 1048576;  // Excel's row limit, header included
constexpr const char* kFontName = "宋体";

// Text as Excel accepts it in one cell: valid UTF-8, at most kMaxCellChars.
std::string CellText(const std::string& raw) {
  std::string text = utf8::Sanitize(raw);
  if (utf8::Length(text) <= kMaxCellChars) return text;
  std::u32string cps = utf8::Decode(text);
  cps.resize(kMaxCellChars - 1);
  return utf8::Encode(cps) + "…";
}

lxw_error WriteSheet(lxw_workbook* wb, const Sheet& t, lxw_format* header,
                     lxw_format* body) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, t.name.c_str());
  if (ws == nullptr) return LXW_ERROR_MEMORY_MALLOC_FAILED;
  const auto columns = static_cast<lxw_col_t>(t.header.size());
  if (columns == 0) return LXW_NO_ERROR;
  lxw_error err = LXW_NO_ERROR;
  for (lxw_col_t c = 0; c < columns && err == LXW_NO_ERROR; ++c) {
    const double width = c < t.widths.size() ? t.widths[c] : 12.0;
    err = worksheet_set_column(ws, c, c, width, body);
    if (err == LXW_NO_ERROR) err = worksheet_write_string(ws, 0, c, t.header[c].c_str(), header);
  }
  // Rows past Excel's limit are cut, the last row saying how many.
  const size_t room = kMaxSheetRows - 1;
  const bool cut = t.rows.size() > room;
  const size_t shown = cut ? room - 1 : t.rows.size();
  for (size_t r = 0; r < shown && err == LXW_NO_ERROR; ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    const std::vector<SheetCell>& cells = t.rows[r];
    for (lxw_col_t c = 0; c < cells.size() && c < columns && err == LXW_NO_ERROR; ++c) {
      const SheetCell& cell = cells[c];
      if (cell.number) {
        err = worksheet_write_number(ws, row, c, static_cast<double>(*cell.number), nullptr);
      } else if (!cell.text.empty()) {
        err = worksheet_write_string(ws, row, c, CellText(cell.text).c_str(), nullptr);
      }
    }
  }
  if (cut && err == LXW_NO_ERROR) {
    const std::string note = "（另有" + std::to_string(t.rows.size() - shown) +
                             "行超出 Excel 的行数上限，未列出）";
    err = worksheet_write_string(ws, static_cast<lxw_row_t>(shown + 1), 0, note.c_str(), nullptr);
  }
  if (err != LXW_NO_ERROR) return err;
  worksheet_freeze_panes(ws, 1, 0);
  const auto last_row = static_cast<lxw_row_t>(std::max<size_t>(1, shown + (cut ? 1 : 0)));
  return worksheet_autofilter(ws, 0, 0, last_row, columns - 1);
}

}  // namespace

std::string CsvField(std::string_view raw) {
  std::string text = utf8::Sanitize(raw);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    text.insert(text.begin(), '\'');
  }
  const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string SheetCsv(const Sheet& table) {
  std::string out = "\xEF\xBB\xBF";
  auto record = [&out](const auto& fields, auto text_of) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      out += text_of(fields[i]);
    }
    out += "\r\n";
  };
  record(table.header, [](const std::string& h) { return CsvField(h); });
  for (const std::vector<SheetCell>& row : table.rows) {
    record(row, [](const SheetCell& c) {
      return c.number ? std::to_string(*c.number) : CsvField(c.text);
    });
  }
  return out;
}

Result<std::string> WriteSheetsXlsx(const std::vector<Sheet>& tables) {
  XlsxFile file;
  lxw_workbook* wb = file.workbook();
  if (wb == nullptr) return Status::IoError("无法创建工作簿的临时文件。");
  lxw_format* header = workbook_add_format(wb);
  format_set_font_name(header, kFontName);
  format_set_bold(header);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_border(header, LXW_BORDER_THIN);
  lxw_format* body = workbook_add_format(wb);
  format_set_font_name(body, kFontName);
  for (const Sheet& t : tables) {
    const lxw_error err = WriteSheet(wb, t, header, body);
    if (err != LXW_NO_ERROR) {
      return Status::Internal(std::string("生成工作簿时出错：") + lxw_strerror(err) + "。");
    }
  }
  return file.Finish();
}

}  // namespace gongkai::formats
