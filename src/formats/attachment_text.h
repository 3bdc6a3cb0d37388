// The type and the text of an uploaded attachment, for the publication
// screen (personal information, sensitive words) and the search index.
// app/attachment_reader_adapter maps these onto the service port
// service::AttachmentReader; formats/ does not see service/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::formats {

enum class AttachmentKind { kPdf, kDocx, kXlsx, kText, kHtml, kJpeg, kPng, kOther };

// Decides by content:
//  - "%PDF-" in the first 1024 bytes → kPdf; JPEG (FF D8 FF) → kJpeg; PNG
//    signature → kPng;
//  - a ZIP archive holding word/document.xml (or whose [Content_Types].xml
//    names a word-processing main part) → kDocx; xl/workbook.xml (or a
//    spreadsheet main part) → kXlsx; any other ZIP → kOther. A ZIP that does
//    not open, or an OLE compound file (encrypted OOXML), is kDocx/kXlsx when
//    the name ends in .docx/.xlsx (so that reading it reports the damage),
//    else kOther;
//  - text: no NUL and few control bytes in the first 64 KiB, and UTF-8,
//    GB18030 or UTF-16 with a BOM (at most 1% of characters undecodable).
//    It is kHtml when it starts with <!DOCTYPE html or has <html/<head/
//    <body, or when it starts with a tag of a body (p, div, table, …) and
//    the name does not end in .txt; a name ending in .htm/.html makes any
//    text kHtml; otherwise kText;
//  - anything else, and empty input → kOther.
AttachmentKind DetectAttachment(std::string_view bytes, std::string_view filename);

// A piece of the text and where it is (zh-CN):
//   PDF   one piece per page with text: 第3页 (table rows on one line,
//         cells separated by a tab);
//   DOCX  body paragraphs 第5段 (counting non-empty paragraphs) and table
//         cells 表格2第3行第4列 (grid positions; merged continuations
//         skipped); headers, footers and text boxes are not read;
//   XLSX  one piece per non-empty cell: 工作表“名单”B7;
//   text  one piece per non-blank line: 第12行 (GB18030/GBK converted);
//   HTML  one piece per visible line, at the source line where its text
//         starts: 第12行 (declared GBK/GB18030/Big5 pages converted).
// JPEG, PNG and other files give no pieces.
struct AttachmentPiece {
  std::string where;
  std::string text;
};

// The text of an attachment of kind `kind` (as DetectAttachment says).
// Errors name the file: 附件“名单.xlsx”：XLSX 文件已损坏：… with the
// reader's code (kDamaged, kInvalidInput for bytes that are not what the
// kind says, kUnsupported for encrypted files, scanned PDFs without a text
// layer, undeclared charsets and size limits). Never throws.
Result<std::vector<AttachmentPiece>> AttachmentText(std::string_view bytes,
                                                    std::string_view filename, AttachmentKind kind);
// The same after DetectAttachment(bytes, filename).
Result<std::vector<AttachmentPiece>> AttachmentText(std::string_view bytes,
                                                    std::string_view filename);

}  // namespace gongkai::formats
