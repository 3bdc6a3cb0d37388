// Reads a DOCX (Office Open XML word-processing) file into the neutral
// Document: body paragraphs and tables in reading order.
#pragma once

#include <string_view>

#include "core/status.h"
#include "formats/document.h"

namespace gongkai::formats {

// Reads the main document part (the target of _rels/.rels' officeDocument
// relationship, else word/document.xml):
//  - A body paragraph (w:p) becomes one DocBlock::Paragraph whose text is its
//    runs concatenated: w:t text, w:tab as '\t', w:br/w:cr as '\n', trimmed;
//    empty paragraphs are skipped. Deleted text (w:del), field codes
//    (w:instrText), text boxes and mc:Fallback copies are not read.
//  - A table (w:tbl) becomes one DocBlock::Table. Merged cells are expanded:
//    w:gridSpan (and the legacy w:hMerge) and w:vMerge continuation yield
//    empty cells with covered=true, so every row has the table's column count
//    (the larger of w:tblGrid and the widest row; short rows are padded with
//    empty, uncovered cells, as are w:gridBefore/w:gridAfter positions).
//    Sliver grid columns (w:gridCol narrower than 30 twips, left by editors
//    where borders are a hair out of line) are removed when that loses no
//    text, so the columns are the ones a reader of the page sees. A
//    cell's text is its paragraphs joined by '\n' (empty ones skipped), with
//    any nested table's paragraphs flattened in order.
//  - Content controls, w:customXml, w:smartTag, w:ins, w:hyperlink and
//    similar wrappers are looked through.
//  - SourceRef.line is the 1-based index of the body paragraph (empty ones
//    included) or table row in the body, counted together; page is 0.
// Element names are matched by local name, whatever their prefix.
//
// Never throws, never recurses or loops without bound. Returns kInvalidInput
// for bytes that are not a ZIP archive ("不是DOCX文件（不是ZIP压缩包）"),
// kDamaged for a broken archive, a missing or oversized (> 64 MiB) document
// part or malformed XML ("DOCX 文件已损坏：…"), kUnsupported for encrypted
// parts. Things skipped (text boxes, too deep nesting, size limits) are
// reported as ParseNotes. published_on is not filled: file metadata dates say
// when the file was edited, not when the report was published.
Result<Document> ReadDocxDocument(std::string_view bytes);

}  // namespace gongkai::formats
