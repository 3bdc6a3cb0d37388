// Renders an annual report as GitHub-flavoured Markdown.
//
// Contract (WriteMarkdown):
// - "# " + the title (report.title, or agency + year +
//   "年政府信息公开工作年度报告" when it is empty), the preamble paragraphs, then
//   the six sections in official order as "## " + SectionHeading(n) (e.g.
//   "## 一、总体情况") followed by their paragraphs; sections numbered outside
//   1–6 follow at the end under their own heading. Blocks are separated by
//   one blank line; the text ends with a single '\n'.
// - Tables 2, 3 and 4 (when `present`) follow the paragraphs of sections
//   二, 三 and 四 as pipe tables of the full layout grid (Occupancy()): a merged
//   cell's text in its top-left position, empty cells in the positions it
//   covers; the grid's first row is the table's header row. Cells are written
//   "| a | b |", empty ones as "|  |".
// - Escaping is minimal, because the text reader reads this back: a
//   backslash goes before ` * _ ~, before '<' that would open a tag, '&' that
//   would open an entity, '\' before punctuation, '|' inside table cells, and
//   before a line start that would open a block ("# ", ">", "- ", "1. ", a
//   line of only '=' or '-'). A '\n' inside a paragraph becomes a hard line
//   break ("\" at the end of the line), inside a table cell "<br>". Invalid
//   UTF-8 becomes U+FFFD; control characters are dropped.
#pragma once

#include <string>

#include "report/annual_report.h"

namespace gongkai::formats {

std::string WriteMarkdown(const report::AnnualReport& report);

}  // namespace gongkai::formats
