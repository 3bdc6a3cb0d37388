#include "app/attachment_reader_adapter.h"

#include "formats/html_sanitizer.h"

namespace gongkai::app {

service::AttachmentType ToAttachmentType(formats::AttachmentKind kind) {
  using formats::AttachmentKind;
  using service::AttachmentType;
  switch (kind) {
    case AttachmentKind::kPdf:
      return AttachmentType::kPdf;
    case AttachmentKind::kDocx:
      return AttachmentType::kDocx;
    case AttachmentKind::kXlsx:
      return AttachmentType::kXlsx;
    case AttachmentKind::kText:
      return AttachmentType::kText;
    case AttachmentKind::kHtml:
      return AttachmentType::kHtml;
    case AttachmentKind::kJpeg:
      return AttachmentType::kJpeg;
    case AttachmentKind::kPng:
      return AttachmentType::kPng;
    case AttachmentKind::kOther:
      return AttachmentType::kOther;
  }
  return AttachmentType::kOther;
}

service::AttachmentType DocumentAttachmentReader::Detect(std::string_view bytes,
                                                         std::string_view filename) const {
  return ToAttachmentType(formats::DetectAttachment(bytes, filename));
}

Result<std::vector<service::TextPiece>> DocumentAttachmentReader::Text(
    std::string_view bytes, std::string_view filename) const {
  Result<std::vector<formats::AttachmentPiece>> pieces = formats::AttachmentText(bytes, filename);
  if (!pieces.ok()) return pieces.status();
  std::vector<service::TextPiece> out;
  out.reserve(pieces->size());
  for (formats::AttachmentPiece& p : *pieces) {
    out.push_back(service::TextPiece{std::move(p.where), std::move(p.text)});
  }
  return out;
}

std::string DocumentAttachmentReader::SanitizeHtml(std::string_view html) const {
  return formats::SanitizeHtml(html);
}

std::string DocumentAttachmentReader::HtmlText(std::string_view html) const {
  return formats::HtmlVisibleText(html);
}

}  // namespace gongkai::app
