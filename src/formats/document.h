// The neutral form every reader produces before the report is assembled:
// paragraphs and tables in reading order, each with where it came from.
// Readers only move bytes into this shape; `AssembleReport` (assemble.h)
// recognises title, sections and the three tables, so every input format gets
// the same label matching and the same parse notes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "report/annual_report.h"

namespace gongkai::formats {

using report::SourceRef;

// A table cell as found. A position covered by a merged (spanned) cell is
// present as an empty cell with `covered` set, so every row of a table keeps
// the table's column count where the source defines one.
struct DocCell {
  std::string text;  // UTF-8, inner line breaks kept as '\n'
  SourceRef src;
  bool covered = false;
};

struct DocTable {
  std::vector<std::vector<DocCell>> rows;
  SourceRef src;
};

struct DocBlock {
  enum class Kind { kParagraph, kTable };
  Kind kind = Kind::kParagraph;
  std::string text;  // paragraph text (one logical paragraph, no '\n' needed)
  SourceRef src;
  DocTable table;    // for kTable

  static DocBlock Paragraph(std::string text, SourceRef src) {
    DocBlock b;
    b.text = std::move(text);
    b.src = src;
    return b;
  }
  static DocBlock Table(DocTable table) {
    DocBlock b;
    b.kind = Kind::kTable;
    b.src = table.src;
    b.table = std::move(table);
    return b;
  }
};

// Something a reader or the assembler noticed and repaired or could not
// place; shown to the user beside the findings (never an error by itself).
struct ParseNote {
  SourceRef src;
  std::string message;  // zh-CN
};

// A title found outside the body: the HTML <title>, the DOCX core
// properties, the PDF document information, the file name. Used when the
// body's first lines do not give the report's year and agency.
struct TitleHint {
  std::string where;  // zh-CN, for the notes: 网页标题, 文件名 …
  std::string text;
};

struct Document {
  std::vector<DocBlock> blocks;
  std::vector<ParseNote> notes;
  std::optional<CivilDate> published_on;  // from document metadata, if any
  std::vector<TitleHint> title_hints;     // in order of trust
};

}  // namespace gongkai::formats
