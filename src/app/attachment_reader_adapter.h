// The service port AttachmentReader (service/attachment_reader.h) over
// formats/: DetectAttachment and AttachmentText (formats/attachment_text.h)
// for uploads, SanitizeHtml and HtmlVisibleText (formats/html_sanitizer.h)
// for bodies. A thin mapping of types; the contracts are those of the
// formats functions. Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/attachment_text.h"
#include "service/attachment_reader.h"

namespace gongkai::app {

class DocumentAttachmentReader final : public service::AttachmentReader {
 public:
  service::AttachmentType Detect(std::string_view bytes, std::string_view filename) const override;
  Result<std::vector<service::TextPiece>> Text(std::string_view bytes,
                                               std::string_view filename) const override;
  std::string SanitizeHtml(std::string_view html) const override;
  std::string HtmlText(std::string_view html) const override;
};

service::AttachmentType ToAttachmentType(formats::AttachmentKind kind);

}  // namespace gongkai::app
