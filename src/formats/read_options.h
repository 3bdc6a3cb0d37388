// How a report is read: the options of ReadReport and ReadReportJson.
#pragma once

namespace gongkai::formats {

struct ReadOptions {
  // The interchange JSON is strict by default: a count cell holding a string
  // ("--", "12") or a number that is not a count (-3, 3.5) refuses the whole
  // file, so that a typo in a document to render never silently drops data.
  // With `cell_text` (what `report check` uses) such a cell is read the way
  // the other readers read a printed cell: the text becomes the cell's raw
  // text, its value is the count the text denotes ("１２" → 12, "1,234" →
  // 1234) or none ("--", "—", "/", "2-8"), and the checker reports it (H1).
  // The 万元 amount likewise keeps text that is not a decimal as raw text.
  // Everything else stays an error in both modes: syntax, unknown keys,
  // missing rows, and cells that hold true/false, an object or an array.
  // The text, HTML, DOCX, PDF and XLSX readers always read cells this way.
  bool cell_text = false;
};

}  // namespace gongkai::formats
