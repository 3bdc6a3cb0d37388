// Reads a report published as plain text or Markdown:
//  - tables flattened one cell per line, each cell line starting with a tab,
//    rows separated by blank lines, blank cells kept as tab-only lines, and a
//    cell's wrapped text continuing on lines without a tab (the text layer of
//    a Word document as many portals publish it);
//  - rows written on one line, cells separated by tabs (blank cells kept) or,
//    for rows whose label the format knows, by spaces;
//  - Markdown: "#" headings and pipe tables.
// UTF-8 (with or without BOM); GB18030/GBK text is converted. Never fails:
// what cannot be placed becomes a paragraph.
#pragma once

#include <string_view>

#include "formats/document.h"

namespace gongkai::formats {

Document ReadTextDocument(std::string_view bytes);

}  // namespace gongkai::formats
