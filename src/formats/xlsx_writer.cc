#include "formats/xlsx_writer.h"

#include "formats/report_outline.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <vector>

#include "core/decimal.h"
#include "core/utf8.h"
#include "formats/table_layout.h"
#include "formats/xlsx_file.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;

constexpr const char* kFontName = "宋体";
constexpr double kLineHeight = 15.0;  // points per line of 11 pt text
constexpr double kRowPadding = 5.0;
constexpr double kTextSheetWidth = 100.0;  // column A of "报告", in character units
// Excel refuses longer strings in one cell (characters, not bytes).
constexpr size_t kMaxCellChars = 32000;

// Width of `text` in Excel column units: wide (CJK, full-width) characters
// count 2, others 1. Used only to guess row heights, which Excel does not
// compute for files written by a program.
double DisplayWidth(std::string_view text) {
  double w = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::Next(text, pos);
    w += cp >= 0x1100 ? 2.0 : 1.0;
  }
  return w;
}

// Lines `text` needs in a column of `width` units, counting its own breaks.
int LinesFor(std::string_view text, double width) {
  const double usable = std::max(1.0, width - 1.5);
  int lines = 0;
  size_t start = 0;
  while (true) {
    size_t nl = text.find('\n', start);
    std::string_view piece = text.substr(start, nl == std::string_view::npos ? nl : nl - start);
    lines += std::max(1, static_cast<int>((DisplayWidth(piece) + usable - 1) / usable));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

// Splits text longer than Excel's cell limit into pieces of kMaxCellChars
// code points.
std::vector<std::string> CellPieces(const std::string& text) {
  std::vector<std::string> pieces;
  std::u32string cps = utf8::Decode(text);
  for (size_t i = 0; i < cps.size() || pieces.empty(); i += kMaxCellChars) {
    pieces.push_back(utf8::Encode(std::u32string_view(cps).substr(i, kMaxCellChars)));
    if (cps.empty()) break;
  }
  return pieces;
}

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* heading = nullptr;
  lxw_format* paragraph = nullptr;
  lxw_format* header = nullptr;                             // column headers and block captions
  lxw_format* label = nullptr;                              // row labels, left aligned
  lxw_format* group = nullptr;                              // spanning row labels, centred
  std::array<lxw_format*, Decimal::kMaxScale + 1> value{};  // by decimals shown
};

lxw_format* NewFormat(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, kFontName);
  format_set_font_size(f, 11);
  return f;
}

lxw_format* CellFormat(lxw_workbook* wb, uint8_t align) {
  lxw_format* f = NewFormat(wb);
  format_set_text_wrap(f);
  format_set_align(f, align);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f, LXW_BORDER_THIN);
  return f;
}

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  f.title = NewFormat(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.title);
  f.heading = NewFormat(wb);
  format_set_bold(f.heading);
  format_set_align(f.heading, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.heading);
  f.paragraph = NewFormat(wb);
  format_set_text_wrap(f.paragraph);
  format_set_align(f.paragraph, LXW_ALIGN_VERTICAL_TOP);
  f.header = CellFormat(wb, LXW_ALIGN_CENTER);
  format_set_bold(f.header);
  f.label = CellFormat(wb, LXW_ALIGN_LEFT);
  f.group = CellFormat(wb, LXW_ALIGN_CENTER);
  for (int scale = 0; scale <= Decimal::kMaxScale; ++scale) {
    lxw_format* v = CellFormat(wb, LXW_ALIGN_CENTER);
    std::string num = scale == 0 ? "0" : "0." + std::string(static_cast<size_t>(scale), '0');
    format_set_num_format(v, num.c_str());
    f.value[scale] = v;
  }
  return f;
}

// Writes the text rows of sheet "报告".
lxw_error WriteTextSheet(lxw_worksheet* ws, const AnnualReport& r, const Formats& f) {
  worksheet_set_column(ws, 0, 0, kTextSheetWidth, nullptr);
  worksheet_set_paper(ws, 9);  // A4
  lxw_row_t row = 0;
  lxw_error err = LXW_NO_ERROR;
  const auto put = [&](const std::string& raw, lxw_format* format, double line_height) {
    for (const std::string& piece : CellPieces(utf8::Sanitize(raw))) {
      if (err != LXW_NO_ERROR) return;
      double height = LinesFor(piece, kTextSheetWidth) * line_height + kRowPadding;
      worksheet_set_row(ws, row, std::min(height, 409.0), nullptr);
      err = worksheet_write_string(ws, row++, 0, piece.c_str(), format);
    }
  };
  put(ReportTitle(r), f.title, kLineHeight * 1.5);
  for (const OutlinePart& part : ReportOutline(r)) {
    switch (part.kind) {
      case OutlinePart::Kind::kHeading:
        put(part.text, f.heading, kLineHeight);
        break;
      case OutlinePart::Kind::kParagraph:
        put(part.text, f.paragraph, kLineHeight);
        break;
      case OutlinePart::Kind::kTable:
        break;  // tables have sheets of their own
    }
  }
  return err;
}

// Row heights (points) that let every cell's wrapped text show.
std::vector<double> RowHeights(const TableLayout& t, const std::vector<double>& widths) {
  std::vector<double> heights(t.rows, kLineHeight + kRowPadding);
  const auto span_width = [&](const LayoutCell& c) {
    double w = 0;
    for (int k = c.col; k < c.col + c.col_span && k < t.columns; ++k) w += widths[k];
    return w;
  };
  for (const LayoutCell& c : t.cells) {
    if (c.row_span != 1) continue;
    double need = LinesFor(c.text, span_width(c)) * kLineHeight + kRowPadding;
    heights[c.row] = std::max(heights[c.row], need);
  }
  for (const LayoutCell& c : t.cells) {
    if (c.row_span == 1) continue;
    double need = LinesFor(c.text, span_width(c)) * kLineHeight + kRowPadding;
    double have = 0;
    int last = std::min(c.row + c.row_span, t.rows) - 1;
    for (int r = c.row; r <= last; ++r) have += heights[r];
    if (need > have) heights[last] += need - have;
  }
  for (double& h : heights) h = std::min(h, 409.0);  // Excel's maximum
  return heights;
}

lxw_error WriteTableSheet(lxw_worksheet* ws, const TableLayout& t,
                          const std::vector<double>& widths, const Formats& f) {
  worksheet_set_paper(ws, 9);
  if (t.columns > 6) worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  std::string header = "&C" + t.caption;
  worksheet_set_header(ws, header.c_str());
  for (int c = 0; c < t.columns; ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
  std::vector<double> heights = RowHeights(t, widths);
  for (int r = 0; r < t.rows; ++r) worksheet_set_row(ws, r, heights[r], nullptr);
  if (t.header_rows > 0) worksheet_repeat_rows(ws, 0, t.header_rows - 1);

  for (const LayoutCell& c : t.cells) {
    lxw_format* format = c.header ? f.header : f.label;
    if (c.row_label && (c.row_span > 1 || c.col == 0) && c.col_span == 1 && t.columns > 4) {
      format = f.group;  // 三、本年度办理结果 and the （三）…（六） group labels
    }
    std::optional<Decimal> number;
    if (c.value) {
      number = Decimal::Parse(c.text);
      format = f.value[number ? number->scale() : 0];
    }
    const std::string text = utf8::Sanitize(c.text);
    const lxw_row_t r1 = c.row, r2 = c.row + c.row_span - 1;
    const lxw_col_t c1 = c.col, c2 = c.col + c.col_span - 1;
    lxw_error err = LXW_NO_ERROR;
    if (c.row_span > 1 || c.col_span > 1) {
      err = worksheet_merge_range(ws, r1, c1, r2, c2, number ? "" : text.c_str(), format);
    }
    if (err != LXW_NO_ERROR) return err;
    if (number) {
      // One division by the exact 10^scale keeps the value correctly rounded.
      double p = 1;
      for (int i = 0; i < number->scale(); ++i) p *= 10.0;
      const double v = static_cast<double>(number->units()) / p;
      err = worksheet_write_number(ws, r1, c1, v, format);
    } else if (c.row_span == 1 && c.col_span == 1) {
      err = text.empty() ? worksheet_write_blank(ws, r1, c1, format)
                         : worksheet_write_string(ws, r1, c1, text.c_str(), format);
    }
    if (err != LXW_NO_ERROR) return err;
  }
  return LXW_NO_ERROR;
}

struct SheetSpec {
  const char* name;
  TableLayout (*layout)(const AnnualReport&);
  std::vector<double> widths;  // column widths in character units
};

}  // namespace

Result<std::string> WriteXlsx(const AnnualReport& report) {
  XlsxFile file;
  lxw_workbook* wb = file.workbook();
  if (wb == nullptr) return Status::IoError("无法创建 XLSX 临时文件（请检查 TMPDIR 或 /tmp）");

  const std::string title = utf8::Sanitize(ReportTitle(report));
  const std::string author = utf8::Sanitize(report.agency);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(title.c_str());
  props.author = const_cast<char*>(author.c_str());
  props.company = const_cast<char*>(author.c_str());
  workbook_set_properties(wb, &props);

  const Formats formats = MakeFormats(wb);
  lxw_worksheet* text_sheet = workbook_add_worksheet(wb, "报告");
  if (text_sheet == nullptr) return Status::Internal("XLSX 生成失败：无法添加工作表“报告”");
  lxw_error err = WriteTextSheet(text_sheet, report, formats);
  if (err != LXW_NO_ERROR) {
    return Status::Internal(std::string("XLSX 生成失败（工作表“报告”）：") + lxw_strerror(err));
  }

  const std::vector<SheetSpec> sheets = {
      {"表二 主动公开", &Table2Layout, {24, 16, 16, 16}},
      {"表三 依申请公开", &Table3Layout, {6, 12, 42, 9, 9, 9, 9, 9, 9, 9}},
      {"表四 复议诉讼", &Table4Layout, std::vector<double>(15, 10)},
  };
  const bool present[] = {report.table2.present, report.table3.present, report.table4.present};
  for (size_t i = 0; i < sheets.size(); ++i) {
    if (!present[i]) continue;  // a table the report does not have gets no sheet
    const SheetSpec& spec = sheets[i];
    lxw_worksheet* ws = workbook_add_worksheet(wb, spec.name);
    if (ws == nullptr) {
      return Status::Internal(std::string("XLSX 生成失败：无法添加工作表“") + spec.name + "”");
    }
    TableLayout layout = spec.layout(report);
    std::vector<double> widths = spec.widths;
    widths.resize(std::max<size_t>(widths.size(), static_cast<size_t>(layout.columns)), 10);
    err = WriteTableSheet(ws, layout, widths, formats);
    if (err != LXW_NO_ERROR) {
      return Status::Internal(std::string("XLSX 生成失败（工作表“") + spec.name + "”）：" +
                              lxw_strerror(err));
    }
  }
  return file.Finish();
}

}  // namespace gongkai::formats
