// Port: what the publication use cases need from documents — the detected
// type of an uploaded attachment, its text for the screen, and a sanitised
// HTML body. Adapter: formats/attachment_text and formats/html_sanitizer,
// wired by app/ (service/ does not depend on formats/).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::service {

enum class AttachmentType { kPdf, kDocx, kXlsx, kText, kHtml, kJpeg, kPng, kOther };

// A piece of an attachment's text and where it is, e.g. 第3页 or 工作表“名单”B7.
struct TextPiece {
  std::string where;  // zh-CN
  std::string text;
};

class AttachmentReader {
 public:
  virtual ~AttachmentReader() = default;
  // The type by content (magic bytes, ZIP entries), not by the name; the
  // name only breaks ties between plain text and HTML.
  virtual AttachmentType Detect(std::string_view bytes, std::string_view filename) const = 0;
  // The text of a PDF, DOCX, XLSX, text or HTML file in reading order, in
  // pieces that say where they are; images give none. A damaged file gives
  // an error whose message names the file and what is wrong.
  virtual Result<std::vector<TextPiece>> Text(std::string_view bytes,
                                              std::string_view filename) const = 0;
  // The body HTML reduced to an allow-list of elements and attributes: no
  // script/style/iframe/object, no on* handlers, no javascript:/data: URLs.
  // Text outside tags is kept. Never fails; bad markup is repaired.
  virtual std::string SanitizeHtml(std::string_view html) const = 0;
  // The visible text of a (sanitised) HTML body, paragraphs on their own
  // lines, entities decoded: what the screen and the search index read.
  virtual std::string HtmlText(std::string_view html) const = 0;
};

const char* AttachmentTypeName(AttachmentType type);  // PDF, Word文档 (DOCX) …
const char* AttachmentMimeType(AttachmentType type);  // application/pdf …

}  // namespace gongkai::service
