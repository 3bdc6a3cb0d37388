#include "formats/html_writer.h"

#include "formats/report_outline.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;

// A4 portrait with the margins of official documents (GB/T 9704: 37/35/28/26
// mm, rounded), serif CJK body text, bordered tables that repeat their header
// rows on every printed page.
constexpr std::string_view kStyle = R"(
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #fff; color: #000; }
body {
  margin: 0 auto; max-width: 48em; padding: 2em 1.5em;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC",
    "STSong", "SimSun", "宋体", serif;
  font-size: 16px; line-height: 1.75;
}
h1 { font-size: 1.6em; text-align: center; line-height: 1.4; margin: 0 0 1.2em; }
h2 { font-size: 1.15em; margin: 1.4em 0 0.6em; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6em; text-indent: 2em; text-align: justify; }
.table-wrap { overflow-x: auto; margin: 0.8em 0 1.2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.8em; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 0.3em 0.4em; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th[scope="row"] { text-align: left; }
td.num { text-align: center; font-variant-numeric: tabular-nums; min-width: 2.5em; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; }
  .table-wrap { overflow: visible; }
}
)";

// Escapes for element content and quoted attribute values. With
// `line_breaks`, '\n' becomes <br>; otherwise it stays (white space in HTML).
std::string Escape(std::string_view text, bool line_breaks = false) {
  const std::string clean = utf8::Sanitize(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (const char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += line_breaks ? "<br>\n" : "\n";
        break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) break;
        out.push_back(c);
    }
  }
  return out;
}

void WriteCell(std::string& out, const LayoutCell& c) {
  std::string_view tag = "td";
  std::string attributes;
  if (c.header) {
    tag = "th";
    attributes = " scope=\"col\"";
  } else if (c.row_label) {
    tag = "th";
    attributes = " scope=\"row\"";
  } else if (c.value) {
    attributes = " class=\"num\"";
  }
  if (c.row_span > 1) attributes += " rowspan=\"" + std::to_string(c.row_span) + "\"";
  if (c.col_span > 1) attributes += " colspan=\"" + std::to_string(c.col_span) + "\"";
  out += "<";
  out += tag;
  out += attributes;
  out += ">";
  out += Escape(c.text);
  out += "</";
  out += tag;
  out += ">";
}

void WriteTable(std::string& out, const TableLayout& t, int section) {
  std::vector<size_t> order(t.cells.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const LayoutCell& x = t.cells[a];
    const LayoutCell& y = t.cells[b];
    return x.row != y.row ? x.row < y.row : x.col < y.col;
  });
  const std::string caption_id = "table-" + std::to_string(section);
  out += "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" +
         caption_id + "\">\n<table>\n<caption id=\"" + caption_id +
         "\" class=\"visually-hidden\">" + Escape(t.caption) + "</caption>\n";
  size_t next = 0;
  for (int r = 0; r < t.rows; ++r) {
    if (r == 0 && t.header_rows > 0) out += "<thead>\n";
    if (r == t.header_rows) out += "<tbody>\n";
    out += "<tr>";
    while (next < order.size() && t.cells[order[next]].row < r) ++next;  // outside the grid
    while (next < order.size() && t.cells[order[next]].row == r)
      WriteCell(out, t.cells[order[next++]]);
    out += "</tr>\n";
    if (t.header_rows > 0 && r == t.header_rows - 1) out += "</thead>\n";
  }
  if (t.rows > t.header_rows) out += "</tbody>\n";
  out += "</table>\n</div>\n";
}

}  // namespace

std::string WriteHtmlArticle(const AnnualReport& report) {
  const std::string title = Escape(ReportTitle(report));
  std::string out = "<article>\n<h1>" + title + "</h1>\n";
  bool open = false;
  int heading_index = 0;
  for (const OutlinePart& part : ReportOutline(report)) {
    switch (part.kind) {
      case OutlinePart::Kind::kHeading: {
        if (open) out += "</section>\n";
        const std::string id = "section-" + std::to_string(++heading_index);
        out += "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" +
               Escape(part.text) + "</h2>\n";
        open = true;
        break;
      }
      case OutlinePart::Kind::kParagraph:
        out += "<p>" + Escape(part.text, true) + "</p>\n";
        break;
      case OutlinePart::Kind::kTable:
        WriteTable(out, TableLayoutFor(report, part.number), part.number);
        break;
    }
  }
  if (open) out += "</section>\n";
  out += "</article>\n";
  return out;
}

std::string WriteHtml(const AnnualReport& report) {
  const std::string title = Escape(ReportTitle(report));
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"gongkai\">\n";
  out += "<title>" + title + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n";
  out += "<body>\n<main>\n" + WriteHtmlArticle(report) + "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace gongkai::formats
