#include "formats/attachment_text.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

#include "core/encoding.h"
#include "core/utf8.h"
#include "formats/docx_reader.h"
#include "formats/html_charset.h"
#include "formats/html_sanitizer.h"
#include "formats/pdf_reader.h"
#include "formats/xlsx_cells.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr size_t kSniffBytes = 64 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWithAny(std::string_view name, std::initializer_list<std::string_view> suffixes) {
  const std::string lower = Lower(name);
  return std::any_of(suffixes.begin(), suffixes.end(),
                     [&](std::string_view s) { return std::string_view(lower).ends_with(s); });
}

bool HasUtf16Bom(std::string_view b) {
  return b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF";
}

// The text of a text file as UTF-8 (UTF-8, GB18030, or UTF-16 with a BOM),
// and how many of its characters did not decode.
struct DecodedText {
  std::string text;
  size_t undecodable = 0;
};

DecodedText DecodeText(std::string_view bytes) {
  DecodedText d;
  if (HasUtf16Bom(bytes)) {
    std::vector<ParseNote> notes;
    Result<std::string> text = HtmlPageToUtf8(bytes, notes);
    d.text = text.ok() ? *text : utf8::Sanitize(bytes);
  } else {
    encoding::Decoded decoded = encoding::ToUtf8(bytes);
    d.text = std::move(decoded.text);
    if (!decoded.replaced) return d;
  }
  for (size_t p = 0; (p = d.text.find("\xEF\xBF\xBD", p)) != std::string::npos; p += 3) {
    ++d.undecodable;
  }
  return d;
}

// No NUL and at most 1% control bytes (other than tab, line breaks, form
// feed and escape) in the first 64 KiB; UTF-16 is judged after decoding.
bool FewControlBytes(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  size_t controls = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++controls;
  }
  return controls * 100 <= head.size();
}

std::optional<DecodedText> AsText(std::string_view bytes) {
  if (!HasUtf16Bom(bytes) && !FewControlBytes(bytes)) return std::nullopt;
  DecodedText d = DecodeText(bytes);
  if (HasUtf16Bom(bytes) && !FewControlBytes(d.text)) return std::nullopt;
  if (d.undecodable * 100 > utf8::Length(d.text)) return std::nullopt;
  return d;
}

// Markup at the start of a text: 2 = a whole page, 1 = a body fragment.
int MarkupLevel(std::string_view text) {
  size_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < text.size() && std::strchr(" \t\r\n\f", text[start]) != nullptr) ++start;
  const std::string head = Lower(text.substr(start, 4096));
  if (head.starts_with("<!doctype html") || head.find("<html") != std::string::npos ||
      head.find("<head") != std::string::npos || head.find("<body") != std::string::npos) {
    return 2;
  }
  if (!head.starts_with("<")) return 0;
  for (std::string_view tag : {"<p", "<div", "<table", "<span", "<br", "<h1", "<h2", "<h3", "<ul",
                               "<ol", "<meta", "<strong", "<a ", "<img", "<!--"}) {
    if (head.find(tag) != std::string::npos) return 1;
  }
  return 0;
}

AttachmentKind DetectZip(std::string_view bytes, std::string_view filename) {
  Result<ZipReader> zip = ZipReader::Open(bytes);
  if (!zip.ok()) {
    if (EndsWithAny(filename, {".docx"})) return AttachmentKind::kDocx;
    if (EndsWithAny(filename, {".xlsx"})) return AttachmentKind::kXlsx;
    return AttachmentKind::kOther;
  }
  if (zip->Contains("word/document.xml")) return AttachmentKind::kDocx;
  if (zip->Contains("xl/workbook.xml")) return AttachmentKind::kXlsx;
  if (Result<std::string> types = zip->Read("[Content_Types].xml", 1 << 20); types.ok()) {
    if (types->find("wordprocessingml.document.main+xml") != std::string::npos) {
      return AttachmentKind::kDocx;
    }
    if (types->find("spreadsheetml.sheet.main+xml") != std::string::npos) {
      return AttachmentKind::kXlsx;
    }
  }
  return AttachmentKind::kOther;
}

// The reader's error, prefixed with the file it is about.
Status AboutFile(const Status& s, std::string_view filename) {
  const std::string file = filename.empty() ? "附件" : "附件“" + utf8::Sanitize(filename) + "”";
  if (s.code() == StatusCode::kUnsupported && s.message().find("没有文字层") != std::string::npos) {
    return Status::Unsupported(file + "：PDF没有文字层（可能是扫描件），无法检查其中的文字");
  }
  return s.WithContext(file);
}

// Per page, as poppler lays the words out (never two words joined: the
// screen relies on the gap after a number).
Result<std::vector<AttachmentPiece>> PdfText(std::string_view bytes) {
  Result<std::vector<std::string>> pages = ReadPdfPageTexts(bytes);
  if (!pages.ok()) return pages.status();
  std::vector<AttachmentPiece> out;
  for (size_t i = 0; i < pages->size(); ++i) {
    if (utf8::Trim((*pages)[i]).empty()) continue;
    out.push_back({"第" + std::to_string(i + 1) + "页", std::move((*pages)[i])});
  }
  return out;
}

Result<std::vector<AttachmentPiece>> DocxText(std::string_view bytes) {
  if (bytes.substr(0, kOleMagic.size()) == kOleMagic) {
    return Status::Unsupported(
        "这是加密的 DOCX 或旧版 DOC（OLE 复合文档），无法读取其中的文字；请另存为未加密的 .docx");
  }
  Result<Document> doc = ReadDocxDocument(bytes);
  if (!doc.ok()) return doc.status();
  std::vector<AttachmentPiece> out;
  int paragraph = 0, table = 0;
  for (const DocBlock& b : doc->blocks) {
    if (b.kind == DocBlock::Kind::kParagraph) {
      ++paragraph;
      out.push_back({"第" + std::to_string(paragraph) + "段", b.text});
      continue;
    }
    ++table;
    for (size_t r = 0; r < b.table.rows.size(); ++r) {
      for (size_t c = 0; c < b.table.rows[r].size(); ++c) {
        const DocCell& cell = b.table.rows[r][c];
        if (cell.covered || utf8::Trim(cell.text).empty()) continue;
        out.push_back({"表格" + std::to_string(table) + "第" + std::to_string(r + 1) + "行第" +
                           std::to_string(c + 1) + "列",
                       cell.text});
      }
    }
  }
  return out;
}

Result<std::vector<AttachmentPiece>> XlsxText(std::string_view bytes) {
  Result<std::vector<XlsxCell>> cells = ReadXlsxCells(bytes);
  if (!cells.ok()) return cells.status();
  std::vector<AttachmentPiece> out;
  out.reserve(cells->size());
  for (XlsxCell& c : *cells) {
    out.push_back({"工作表“" + c.sheet + "”" + c.ref, std::move(c.text)});
  }
  return out;
}

std::vector<AttachmentPiece> PlainText(std::string_view bytes) {
  const std::string text = DecodeText(bytes).text;
  std::vector<AttachmentPiece> out;
  size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (int line = 1; start <= text.size(); ++line) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
    const std::string_view piece = std::string_view(text).substr(start, end - start);
    if (!utf8::Trim(piece).empty())
      out.push_back({"第" + std::to_string(line) + "行", std::string(piece)});
    if (end == text.size()) break;
    start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return out;
}

Result<std::vector<AttachmentPiece>> HtmlText(std::string_view bytes) {
  std::vector<ParseNote> notes;
  Result<std::string> page = HtmlPageToUtf8(bytes, notes);
  if (!page.ok()) return page.status();
  std::vector<AttachmentPiece> out;
  for (HtmlTextLine& l : HtmlVisibleLines(*page)) {
    out.push_back({"第" + std::to_string(l.line) + "行", std::move(l.text)});
  }
  return out;
}

}  // namespace

AttachmentKind DetectAttachment(std::string_view bytes, std::string_view filename) {
  if (bytes.empty()) return AttachmentKind::kOther;
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return AttachmentKind::kPdf;
  if (bytes.substr(0, 3) == "\xFF\xD8\xFF") return AttachmentKind::kJpeg;
  if (bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1A\n", 8)) return AttachmentKind::kPng;
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    return DetectZip(bytes, filename);
  }
  if (bytes.substr(0, kOleMagic.size()) == kOleMagic) {
    if (EndsWithAny(filename, {".docx"})) return AttachmentKind::kDocx;
    if (EndsWithAny(filename, {".xlsx"})) return AttachmentKind::kXlsx;
    return AttachmentKind::kOther;
  }
  const std::optional<DecodedText> text = AsText(bytes);
  if (!text) return AttachmentKind::kOther;
  if (EndsWithAny(filename, {".htm", ".html", ".shtml", ".xhtml"})) return AttachmentKind::kHtml;
  const int markup = MarkupLevel(text->text);
  if (markup == 2 || (markup == 1 && !EndsWithAny(filename, {".txt"}))) {
    return AttachmentKind::kHtml;
  }
  return AttachmentKind::kText;
}

Result<std::vector<AttachmentPiece>> AttachmentText(std::string_view bytes,
                                                    std::string_view filename,
                                                    AttachmentKind kind) {
  Result<std::vector<AttachmentPiece>> pieces = std::vector<AttachmentPiece>();
  try {
    switch (kind) {
      case AttachmentKind::kPdf:
        pieces = PdfText(bytes);
        break;
      case AttachmentKind::kDocx:
        pieces = DocxText(bytes);
        break;
      case AttachmentKind::kXlsx:
        pieces = XlsxText(bytes);
        break;
      case AttachmentKind::kText:
        pieces = PlainText(bytes);
        break;
      case AttachmentKind::kHtml:
        pieces = HtmlText(bytes);
        break;
      case AttachmentKind::kJpeg:
      case AttachmentKind::kPng:
      case AttachmentKind::kOther:
        break;
    }
  } catch (const std::bad_alloc&) {
    pieces = Status::Unsupported("文件过大，内存不足，无法读取其中的文字");
  } catch (const std::exception&) {
    pieces = Status::Internal("读取文件时发生内部错误");
  }
  if (!pieces.ok()) return AboutFile(pieces.status(), filename);
  return pieces;
}

Result<std::vector<AttachmentPiece>> AttachmentText(std::string_view bytes,
                                                    std::string_view filename) {
  return AttachmentText(bytes, filename, DetectAttachment(bytes, filename));
}

}  // namespace gongkai::formats
