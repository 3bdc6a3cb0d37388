#include "formats/pdf_writer.h"

#include "formats/report_outline.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <memory>
#include <new>
#include <vector>

#include "core/utf8.h"
#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;

// A4 in points, with 25.4 mm margins.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 72.0;
constexpr double kLeft = kMargin;
constexpr double kTop = kMargin;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin;
constexpr double kPageNumberBaseline = kPageHeight - 40.0;

constexpr const char* kFamily = "Noto Serif CJK SC";
constexpr double kCellPad = 2.5;
constexpr double kRule = 0.6;
// Merged groups of at most this many rows are never split across pages.
constexpr int kKeepTogetherRows = 10;
// A paragraph starts on a new page unless this much of it (two body lines)
// fits; a heading needs room for that after it.
constexpr double kWidowHeight = 48.0;

// Valid UTF-8 without control characters other than '\n' and '\t', as
// pango requires.
std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::Next(text, pos);
    if (cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0x7F)) utf8::Append(out, cp);
  }
  return out;
}

// `text` broken into `lines` lines of even length when it is a short label
// without breaks of its own; a group label "（三）不予公开" breaks after its
// number instead. "" when there is nothing better to offer.
std::string EvenBreaks(const std::string& text, int lines, bool group_label) {
  if (text.find('\n') != std::string::npos) return "";
  const std::string_view close = "）";
  const size_t end = text.find(close);
  if (group_label && text.starts_with("（") && end != std::string::npos &&
      end + close.size() < text.size()) {
    return text.substr(0, end + close.size()) + "\n" + text.substr(end + close.size());
  }
  const std::u32string cps = utf8::Decode(text);
  if (cps.size() > 12 || lines < 2) return "";
  const size_t per = (cps.size() + lines - 1) / lines;
  std::u32string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i > 0 && i % per == 0) out.push_back(U'\n');
    out.push_back(cps[i]);
  }
  return utf8::Encode(out);
}

double ToPt(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
using Font = std::unique_ptr<PangoFontDescription, FontDeleter>;

struct GObjectDeleter {
  void operator()(void* p) const { g_object_unref(p); }
};
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;

Font MakeFont(bool bold, double size) {
  Font f(pango_font_description_new());
  pango_font_description_set_family(f.get(), kFamily);
  pango_font_description_set_weight(f.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size(f.get(), static_cast<int>(size * PANGO_SCALE));
  return f;
}

// Column widths of each table, as proportions of the content width.
std::vector<double> ColumnWeights(int table_number, int columns) {
  std::vector<double> w;
  switch (table_number) {
    case 2:
      w = {160, 97, 97, 97};
      break;
    case 3:
      w = {22, 50, 140, 35, 35, 35, 35, 35, 35, 35};
      break;
    default:
      break;
  }
  w.resize(static_cast<size_t>(columns), 30);
  return w;
}

class Renderer {
 public:
  explicit Renderer(cairo_t* cr)
      : cr_(cr),
        context_(pango_cairo_create_context(cr)),
        title_(MakeFont(true, 20)),
        heading_(MakeFont(true, 16)),
        body_(MakeFont(false, 14)),
        cell_(MakeFont(false, 9)),
        cell_bold_(MakeFont(true, 9)),
        footer_(MakeFont(false, 10.5)) {
    pango_cairo_context_set_resolution(context_, 72);  // font sizes in PDF points
  }
  ~Renderer() { g_object_unref(context_); }
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  void Title(const std::string& text) { Flow(text, title_.get(), PANGO_ALIGN_CENTER, 0, 4, 0, 18); }
  void Heading(const std::string& text) {
    Flow(text, heading_.get(), PANGO_ALIGN_LEFT, 0, 4, 10, 6, /*keep_with_next=*/60);
  }
  void Body(const std::string& text) { Flow(text, body_.get(), PANGO_ALIGN_LEFT, 28, 7, 0, 6); }
  void Table(const TableLayout& t, int table_number);

  // Numbers the last page; call once at the end.
  void Finish() { PageNumber(); }

 private:
  Layout MakeLayout(const std::string& text, const PangoFontDescription* font, double width,
                    PangoAlignment align) {
    Layout layout(pango_layout_new(context_));
    pango_layout_set_font_description(layout.get(), font);
    pango_layout_set_width(layout.get(), static_cast<int>(std::max(width, 1.0) * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), align);
    const std::string clean = CleanText(text);
    pango_layout_set_text(layout.get(), clean.data(), static_cast<int>(clean.size()));
    return layout;
  }

  void PageNumber() {
    Layout l = MakeLayout("- " + std::to_string(page_) + " -", footer_.get(), kContentWidth,
                          PANGO_ALIGN_CENTER);
    cairo_move_to(cr_, kLeft, kPageNumberBaseline - ToPt(pango_layout_get_baseline(l.get())));
    pango_cairo_show_layout(cr_, l.get());
  }

  void NewPage() {
    PageNumber();
    cairo_show_page(cr_);
    ++page_;
    y_ = kTop;
  }

  // Lays out a paragraph at the current position, line by line, moving to a
  // new page whenever the next line would cross the bottom margin.
  void Flow(const std::string& text, const PangoFontDescription* font, PangoAlignment align,
            double indent, double line_gap, double space_before, double space_after,
            double keep_with_next = 0) {
    Layout l = MakeLayout(text, font, kContentWidth, align);
    pango_layout_set_indent(l.get(), static_cast<int>(indent * PANGO_SCALE));
    pango_layout_set_spacing(l.get(), static_cast<int>(line_gap * PANGO_SCALE));
    int height = 0;
    pango_layout_get_size(l.get(), nullptr, &height);
    if (y_ > kTop) y_ += space_before;
    if (y_ > kTop && y_ + std::min(ToPt(height), kWidowHeight) + keep_with_next > kBottom)
      NewPage();
    struct Line {
      PangoLayoutLine* line;
      double x, top, bottom, baseline;
    };
    std::vector<Line> lines;
    PangoLayoutIter* it = pango_layout_get_iter(l.get());
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      lines.push_back(Line{pango_layout_iter_get_line_readonly(it), ToPt(logical.x),
                           ToPt(logical.y), ToPt(logical.y + logical.height),
                           ToPt(pango_layout_iter_get_baseline(it))});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    // Where pages break: before the first line that would cross the bottom
    // margin; one line earlier when the last line would be left alone (and
    // three stay behind); before the first line when it would stay alone.
    std::vector<bool> break_before(lines.size(), false);
    double y = y_, offset = 0;  // offset: the layout y that sits at y on this page
    size_t first = 0;           // first line on the current page
    bool at_top = y_ <= kTop;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (y + lines[i].bottom - offset <= kBottom || (lines[i].top <= offset && at_top)) continue;
      size_t from = i;
      const size_t kept = i - first;
      if (i + 1 == lines.size() && kept >= 3) {
        from = i - 1;
      } else if (first == 0 && !at_top && kept < 2) {
        from = 0;
      }
      break_before[from] = true;
      y = kTop;
      offset = lines[from].top;
      first = from;
      at_top = true;
      i = from;
    }
    offset = 0;
    double end = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (break_before[i]) {
        NewPage();
        offset = lines[i].top;
      }
      cairo_move_to(cr_, kLeft + lines[i].x, y_ + lines[i].baseline - offset);
      pango_cairo_show_layout_line(cr_, lines[i].line);
      end = lines[i].bottom - offset;
    }
    y_ += end + space_after;
  }

  cairo_t* cr_;
  PangoContext* context_;
  Font title_, heading_, body_, cell_, cell_bold_, footer_;
  int page_ = 1;
  double y_ = kTop;
};

void Renderer::Table(const TableLayout& t, int table_number) {
  if (t.rows <= 0 || t.columns <= 0) return;
  std::vector<double> widths = ColumnWeights(table_number, t.columns);
  double total = 0;
  for (double w : widths) total += w;
  for (double& w : widths) w *= kContentWidth / total;
  std::vector<double> x(t.columns + 1, kLeft);
  for (int c = 0; c < t.columns; ++c) x[c + 1] = x[c] + widths[c];

  // One pango layout per cell; row heights grow to fit the text.
  struct Box {
    const LayoutCell* cell;
    Layout layout;
    double text_height;
  };
  std::vector<Box> boxes;
  boxes.reserve(t.cells.size());
  double min_row = 0;
  {
    Layout probe = MakeLayout("国", cell_.get(), kContentWidth, PANGO_ALIGN_LEFT);
    int h = 0;
    pango_layout_get_size(probe.get(), nullptr, &h);
    min_row = ToPt(h) + 2 * kCellPad;
  }
  std::vector<double> heights(t.rows, min_row);
  for (const LayoutCell& c : t.cells) {
    if (c.row < 0 || c.col < 0 || c.row + c.row_span > t.rows || c.col + c.col_span > t.columns ||
        c.row_span < 1 || c.col_span < 1) {
      continue;  // outside the grid: a broken layout, drawn without it
    }
    const double width = x[c.col + c.col_span] - x[c.col] - 2 * kCellPad;
    PangoAlignment align = PANGO_ALIGN_CENTER;
    if (c.row_label && !(c.col_span == 1 && (c.row_span > 1 || width < 60))) {
      align = PANGO_ALIGN_LEFT;
    }
    const PangoFontDescription* font = c.header ? cell_bold_.get() : cell_.get();
    Layout l = MakeLayout(c.text, font, width, align);
    const int lines = pango_layout_get_line_count(l.get());
    if (lines > 1) {
      // Prefer even breaks in short labels ("商业\n企业", not "商业企\n业").
      std::string even = EvenBreaks(c.text, lines, c.row_label && c.row_span > 1);
      if (!even.empty()) {
        Layout alt = MakeLayout(even, font, width, align);
        if (pango_layout_get_line_count(alt.get()) <= lines) l = std::move(alt);
      }
    }
    int h = 0;
    pango_layout_get_size(l.get(), nullptr, &h);
    const double need = ToPt(h) + 2 * kCellPad;
    if (c.row_span == 1) heights[c.row] = std::max(heights[c.row], need);
    boxes.push_back(Box{&c, std::move(l), ToPt(h)});
  }
  for (const Box& b : boxes) {
    const LayoutCell& c = *b.cell;
    if (c.row_span == 1) continue;
    double have = 0;
    for (int r = c.row; r < c.row + c.row_span; ++r) have += heights[r];
    const double need = b.text_height + 2 * kCellPad;
    if (need > have) heights[c.row + c.row_span - 1] += need - have;
  }
  // A page holds at most this much of a row; taller rows are clipped.
  for (double& h : heights) h = std::min(h, (kBottom - kTop) / 2);

  // break_ok[r]: the table may continue on a new page before row r.
  const int header_rows = std::clamp(t.header_rows, 0, t.rows);
  std::vector<bool> break_ok(t.rows + 1, true);
  std::vector<bool> header_only(t.rows, true);
  for (const Box& b : boxes) {
    const LayoutCell& c = *b.cell;
    if (!c.header) {
      for (int r = c.row; r < c.row + c.row_span; ++r) header_only[r] = false;
    }
    if (c.row_span <= kKeepTogetherRows) {
      for (int r = c.row + 1; r < c.row + c.row_span; ++r) break_ok[r] = false;
    }
  }
  for (int r = 1; r < t.rows; ++r) {
    if (header_only[r - 1]) break_ok[r] = false;  // keep captions with what they head
  }
  double header_height = 0;
  for (int r = 0; r < header_rows; ++r) header_height += heights[r];

  // Pagination: body rows [from, to) per page, below the repeated header.
  struct Slice {
    int from, to;
  };
  std::vector<Slice> slices;
  y_ += 4;
  {
    double y = y_;
    double table_height = header_height;
    for (int r = header_rows; r < t.rows; ++r) table_height += heights[r];
    // A table that fits on one page does not start with a scrap of a few rows.
    double first_rows = header_height;
    for (int r = header_rows; r < std::min(t.rows, header_rows + 3); ++r) first_rows += heights[r];
    // Nor is a table that fits on one page cut in two with less than half on
    // this one.
    const bool small = table_height <= kBottom - kTop;
    if (y > kTop && y + table_height > kBottom &&
        (y + first_rows > kBottom || (small && kBottom - y < table_height / 2))) {
      slices.push_back(Slice{-1, -1});  // a page break before the table
      y = kTop;
    }
    int next = header_rows;
    while (next < t.rows) {
      double used = header_height;
      int fit = next;
      while (fit < t.rows && y + used + heights[fit] <= kBottom) used += heights[fit++];
      int stop = fit;
      if (fit < t.rows) {
        while (stop > next && !break_ok[stop]) --stop;
        if (stop == next) stop = std::max(fit, next + 1);  // no clean break: cut
      }
      slices.push_back(Slice{next, stop});
      next = stop;
      y = kTop;
    }
    if (header_rows == t.rows) slices.push_back(Slice{t.rows, t.rows});  // headers only
  }
  // A merged cell cut by a page break shows its text in its largest piece.
  std::vector<int> text_slice(boxes.size(), -1);
  for (size_t i = 0; i < boxes.size(); ++i) {
    const LayoutCell& c = *boxes[i].cell;
    int best = 0;
    for (size_t k = 0; k < slices.size(); ++k) {
      const int rows = std::min(c.row + c.row_span, slices[k].to) - std::max(c.row, slices[k].from);
      if (rows > best) {
        best = rows;
        text_slice[i] = static_cast<int>(k);
      }
    }
  }

  cairo_set_line_width(cr_, kRule);
  for (size_t k = 0; k < slices.size(); ++k) {
    const Slice& slice = slices[k];
    if (slice.from < 0 || (k > 0 && slices[k - 1].from >= 0)) NewPage();
    if (slice.from < 0) continue;
    std::vector<double> top(t.rows + 1, -1);
    double y = y_;
    const auto place = [&](int a, int b) {
      for (int r = a; r < b; ++r) {
        top[r] = y;
        y += heights[r];
      }
    };
    place(0, header_rows);
    place(slice.from, slice.to);
    for (size_t i = 0; i < boxes.size(); ++i) {
      const LayoutCell& c = *boxes[i].cell;
      const bool in_header = c.row < header_rows;
      const int first = in_header ? c.row : std::max(c.row, slice.from);
      const int last = in_header ? std::min(c.row + c.row_span, header_rows)
                                 : std::min(c.row + c.row_span, slice.to);
      if (first >= last || top[first] < 0) continue;
      const double y0 = top[first];
      const double y1 = top[last - 1] + heights[last - 1];
      const double x0 = x[c.col], x1 = x[c.col + c.col_span];
      cairo_save(cr_);
      if (c.header) {
        cairo_rectangle(cr_, x0, y0, x1 - x0, y1 - y0);
        cairo_set_source_rgb(cr_, 0.93, 0.93, 0.93);
        cairo_fill(cr_);
      }
      cairo_set_source_rgb(cr_, 0, 0, 0);
      cairo_rectangle(cr_, x0, y0, x1 - x0, y1 - y0);
      cairo_stroke_preserve(cr_);
      cairo_clip(cr_);
      if (in_header || text_slice[i] == static_cast<int>(k)) {
        const double room = y1 - y0 - 2 * kCellPad;
        const double ty = y0 + kCellPad + std::max(0.0, (room - boxes[i].text_height) / 2);
        cairo_move_to(cr_, x0 + kCellPad, ty);
        pango_cairo_show_layout(cr_, boxes[i].layout.get());
      }
      cairo_restore(cr_);
    }
    y_ = y;
  }
  y_ += 12;
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (const std::bad_alloc&) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

}  // namespace

Result<std::string> WritePdf(const AnnualReport& report) {
  std::string out;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(&AppendToString, &out, kPageWidth, kPageHeight);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return Status::Internal("PDF 生成失败：无法创建 PDF 画布");
  }
  const std::string title = CleanText(ReportTitle(report));
  const std::string agency = CleanText(report.agency);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  if (!agency.empty()) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, agency.c_str());
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "gongkai 政务公开平台");
  cairo_t* cr = cairo_create(surface);
  {
    Renderer r(cr);
    r.Title(title);
    for (const OutlinePart& part : ReportOutline(report)) {
      switch (part.kind) {
        case OutlinePart::Kind::kHeading:
          r.Heading(part.text);
          break;
        case OutlinePart::Kind::kParagraph:
          r.Body(part.text);
          break;
        case OutlinePart::Kind::kTable:
          r.Table(TableLayoutFor(report, part.number), part.number);
          break;
      }
    }
    r.Finish();
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Status::Internal(std::string("PDF 生成失败：") + cairo_status_to_string(status));
  }
  return out;
}

}  // namespace gongkai::formats
