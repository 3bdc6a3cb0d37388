// Reads an annual report published as an HTML page (a whole portal page with
// navigation, or a fragment) into the neutral Document.
//
// Contract:
// - Encoding: UTF-8 (a UTF-8 BOM is skipped). A page whose <meta charset> (or
//   http-equiv Content-Type) names GBK, GB2312, GB18030 or Big5, or that starts
//   with a UTF-16 BOM, is converted to UTF-8 with glibc's iconv; bytes that do
//   not convert become U+FFFD with a ParseNote. An undeclared page that is not
//   UTF-8 but is clean GB18030 is converted with a note; otherwise invalid
//   UTF-8 bytes become U+FFFD with a note. Any other declared encoding returns
//   Status::Unsupported asking to convert the page to UTF-8 first.
// - Input above 64 MiB returns Status::InvalidInput; empty input returns an
//   empty Document. Nothing else fails: broken markup is read as a browser
//   would show it, as far as that matters for text and tables.
// - Paragraphs: block elements (p, div, h1–h6, li, br, tr, …) end a paragraph;
//   white space runs collapse to one space, and a line break between two CJK
//   characters disappears (as browsers render it). <head> text, <title>,
//   <caption>, scripts, styles and comments are not part of the text.
//   SourceRef.line is the 1-based source line of the paragraph's first
//   character.
// - Tables: each <table> becomes a DocTable; rowspan/colspan are expanded so
//   that every row has the table's column count, covered positions being empty
//   DocCells with covered=true (spans and columns are capped at 1000, a table
//   at 200,000 positions and all tables of a page at 1,000,000, each with a
//   note; rows past a cap are dropped). A cell's paragraphs are joined by '\n';
//   SourceRef.line of a cell is the line of its <td>/<th>.
// - Nested tables: a table inside a cell is flattened into the cell's text
//   (rows on their own lines, cells separated by a space) with a note, unless
//   the outer table is a page-layout table; then the outer table is dropped
//   and its cells' paragraphs and tables are read in order as if they stood
//   outside it. A table is taken for layout when it has a single column, when
//   a table nested in it has more positions than itself, or when one of its
//   cells holds 10 or more paragraphs or 4,000 or more bytes of text. Tables
//   nest at most 16 deep; deeper ones are read as text of the cell they are in.
// - Document.published_on comes from <meta name="PubDate"> (also
//   publishdate, firstpublishedtime, article:published_time, dcterms.issued)
//   when it starts with a valid date.
// - A page with more than 1,000,000 tags is read up to there, with a note.
// - Linear time in the input, bounded memory, no recursion; never throws.
#pragma once

#include <string_view>

#include "core/status.h"
#include "formats/document.h"

namespace gongkai::formats {

Result<Document> ReadHtmlDocument(std::string_view bytes);

}  // namespace gongkai::formats
