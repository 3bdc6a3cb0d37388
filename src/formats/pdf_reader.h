// Reads a PDF report (e.g. one exported from WPS or Word) into the neutral
// Document through its text layer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "formats/document.h"

namespace gongkai::formats {

// Reads the text layer of a PDF and returns it as a Document: paragraphs in
// reading order and tables reconstructed from the positions of the words (see
// LayoutPdfPages in pdf_layout.h for the exact shape). SourceRef.page is the
// 1-based page, SourceRef.line the visual line on that page, for every block
// and cell. published_on is left empty: PDF metadata dates say when the file
// was made, not when the report was published.
//
// Never throws, never crashes; poppler's own error output is silenced.
// Failures (zh-CN messages):
//  - kInvalidInput: empty input ("PDF文件为空"), no "%PDF-" header
//    ("不是PDF文件"), input over 256 MiB;
//  - kDamaged: poppler cannot open the file or it has no pages
//    ("PDF文件已损坏或无法解析");
//  - kUnsupported: password protected ("PDF文件已加密…"), no text on any page
//    ("PDF没有文字层（可能是扫描件），无法读取表格"), more than 2000 pages.
Result<Document> ReadPdfDocument(std::string_view bytes);

// The plain text of each page (poppler's physical layout: words keep the
// gaps between them as spaces, lines end with '\n'), for screening an
// attachment: unlike ReadPdfDocument it never joins two words, so a number
// followed by another number stays apart. The same failures as above.
Result<std::vector<std::string>> ReadPdfPageTexts(std::string_view bytes);

}  // namespace gongkai::formats
