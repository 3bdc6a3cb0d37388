#include "formats/markdown_writer.h"

#include "formats/report_outline.h"

#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when a line starting at `i` would open a Markdown block (heading,
// quote, list, thematic break or setext underline) instead of a paragraph.
bool OpensBlock(std::string_view line, size_t i) {
  const auto blank_at = [&](size_t k) {
    return k >= line.size() || line[k] == ' ' || line[k] == '\t';
  };
  const char c = line[i];
  if (c == '>') return true;
  if (c == '#') {
    size_t k = i;
    while (k < line.size() && line[k] == '#') ++k;
    return k - i <= 6 && blank_at(k);
  }
  if ((c == '-' || c == '+' || c == '*') && blank_at(i + 1)) return true;
  if (c == '=' || c == '-' || c == '_' || c == '*') {
    return line.find_first_not_of(std::string(1, c) + " \t", i) == std::string_view::npos;
  }
  size_t d = i;
  while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
  return d > i && d - i <= 9 && d < line.size() && (line[d] == '.' || line[d] == ')') &&
         blank_at(d + 1);
}

// Escapes one line (no '\n') so that it renders as written, touching only
// what Markdown would otherwise interpret (the text reader reads it back).
std::string EscapeLine(std::string_view line, bool line_start, bool in_table) {
  std::string out;
  out.reserve(line.size() + 8);
  size_t i = 0;
  if (line_start) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;  // no code blocks
    if (i < line.size() && OpensBlock(line, i)) {
      size_t d = i;
      while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
      out.append(line.substr(i, d - i));  // "1. x" becomes "1\. x"
      out.push_back('\\');
      out.push_back(line[d]);  // the marker itself, escaped once
      i = d + 1;
    }
  }
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\r' || (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) continue;
    const char next = i + 1 < line.size() ? line[i + 1] : '\0';
    const bool escape =
        c == '`' || c == '*' || c == '_' || c == '~' || (c == '|' && in_table) ||
        (c == '\\' && IsAsciiPunct(next)) ||
        (c == '<' && (IsAsciiAlpha(next) || next == '/' || next == '!' || next == '?')) ||
        (c == '&' && (IsAsciiAlpha(next) || next == '#'));
    if (escape) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// Splits on '\n' and escapes each line.
std::vector<std::string> EscapedLines(std::string_view text, bool line_start, bool in_table) {
  const std::string clean = utf8::Sanitize(text);
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    const size_t end = clean.find('\n', start);
    lines.push_back(
        EscapeLine(std::string_view(clean).substr(start, end - start), line_start, in_table));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

void WriteParagraph(std::string& out, std::string_view text) {
  std::vector<std::string> lines = EscapedLines(text, true, false);
  std::string joined;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    if (!joined.empty()) joined += "\\\n";  // a hard line break
    joined += line;
  }
  if (joined.empty()) return;
  out += "\n" + joined + "\n";
}

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (const std::string& line : EscapedLines(utf8::Trim(text), false, true)) {
    if (!out.empty()) out += "<br>";
    out += line;
  }
  return out;
}

void WriteTable(std::string& out, const TableLayout& t) {
  const std::vector<std::vector<int>> grid = t.Occupancy();
  const auto write_row = [&](const std::vector<std::string>& cells) {
    out += "|";
    for (const std::string& c : cells) out += " " + c + " |";
    out += "\n";
  };
  out += "\n";
  for (int r = 0; r < t.rows; ++r) {
    std::vector<std::string> cells;
    for (int c = 0; c < t.columns; ++c) {
      const int index = grid[r][c];
      const bool origin = index >= 0 && t.cells[index].row == r && t.cells[index].col == c;
      cells.push_back(origin ? MarkdownCell(t.cells[index].text) : "");
    }
    write_row(cells);
    if (r == 0) write_row(std::vector<std::string>(t.columns, "---"));
  }
}

}  // namespace

std::string WriteMarkdown(const AnnualReport& report) {
  std::string out = "# " + MarkdownCell(ReportTitle(report)) + "\n";
  for (const OutlinePart& part : ReportOutline(report)) {
    switch (part.kind) {
      case OutlinePart::Kind::kHeading:
        out += "\n## " + MarkdownCell(part.text) + "\n";
        break;
      case OutlinePart::Kind::kParagraph:
        WriteParagraph(out, part.text);
        break;
      case OutlinePart::Kind::kTable:
        WriteTable(out, TableLayoutFor(report, part.number));
        break;
    }
  }
  return out;
}

}  // namespace gongkai::formats
