// Turns the positioned words of a PDF's text layer into the neutral Document:
// paragraphs in reading order and tables rebuilt from word positions. Pure
// geometry, no PDF library: pdf_reader.cc extracts the words with poppler and
// tests feed words made by hand.
#pragma once

#include <string>
#include <vector>

#include "formats/document.h"

namespace gongkai::formats {

// One word of the text layer, in PDF points with the origin at the top-left
// corner of the page and y growing downwards.
struct PdfWord {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double font_size = 0;  // 0 when unknown (the box height is used instead)
  std::string text;      // UTF-8
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfWord> words;  // any order
};

// Lays out the pages (page i of the vector is page i+1 of the document):
//  - Words are grouped into visual lines (SourceRef.line counts them per page,
//    1-based, top to bottom). Page-number lines ("-3-", "- 3 -", "第3页") and
//    running headers/footers repeated on several pages are dropped.
//  - Runs of table lines (smaller type than the body text, or cells separated
//    by wide gaps) become one DocBlock::Table, continuing across page breaks.
//    Rows are the table's visual rows: label cell(s) first, then one cell per
//    value column (columns are the x-ranges of the numbers of a block of rows
//    under one header), an empty DocCell where a column is blank. A label
//    wrapped over several lines around the line carrying the numbers is joined
//    into one cell; labels spanning several rows (group labels) are dropped.
//    Header lines become rows of label cells: spanning headers first, then one
//    row with the header of every value column. Captions are label-only rows.
//  - Other lines are joined into paragraphs (Chinese without a space, a space
//    kept only between two ASCII words). A paragraph starts at an indented
//    line, a numbered heading ("一、", "（二）", "3."), a change of type size,
//    a wide vertical gap, or after a short line ending a sentence.
// Never throws; work is bounded (near-linear in the number of words).
Document LayoutPdfPages(const std::vector<PdfPage>& pages);

}  // namespace gongkai::formats
