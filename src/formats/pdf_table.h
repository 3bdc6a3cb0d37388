// Rebuilds one table of a PDF from the positions of its words. Internal to the
// PDF reader (pdf_layout.cc decides which lines form a table).
#pragma once

#include <vector>

#include "formats/document.h"
#include "formats/pdf_lines.h"

namespace gongkai::formats {

// `lines` are the table's visual lines in reading order, possibly spanning
// pages (page furniture already removed). The result, row by row:
//  - A line holding numbers (an anchor line) is a data row: its label cell(s),
//    then one cell per value column of its block, empty where blank. Value
//    columns are the x-ranges of the numbers of all data rows under the same
//    header, so a row with a blank cell still has every column.
//  - Label text wrapped over lines above/below an anchor line is joined into
//    that row's label cell (nearest anchor, or the anchor without a label the
//    text surrounds). Label text spanning several data rows (a group label
//    such as "（三）不予公开", or "三、本年度办理结果" set as vertical
//    characters) is dropped.
//  - Header lines (text over the value columns, no numbers) become rows of
//    label cells: one row per line of headers spanning several columns, then
//    one row [text left of the value columns, if any] + one cell per column.
//  - Other label-only text (captions such as "第二十条第（一）项") is a row
//    with one label cell.
// A table with no numbers at all is returned line by line, one cell per cell.
// Work is bounded: label-text linking is skipped beyond a few thousand pieces.
DocTable BuildPdfTable(const std::vector<const PdfLine*>& lines);

}  // namespace gongkai::formats
