// libFuzzer target: the publication body sanitiser and the attachment
// reader on any bytes.
//  - SanitizeHtml: the output is a fixed point (sanitising it again changes
//    nothing), its tags are balanced, it holds no <script, no on* attribute
//    and no href/src with a javascript:, vbscript: or data: URL; its visible
//    text can be read.
//  - DetectAttachment + AttachmentText (what app's DocumentAttachmentReader
//    calls): pieces or a Chinese error naming the file, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/attachment_text.h"
#include "formats/html_sanitizer.h"
#include "fuzz/lsan_suppressions.h"

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// Checks one tag of the sanitiser's output, "<name a="v" …>" or "</name>",
// and keeps the stack of open elements.
void CheckTag(std::string_view tag, std::vector<std::string>& open) {
  Check(tag.size() >= 3 && tag.front() == '<' && tag.back() == '>');
  if (tag[1] == '/') {
    const std::string name(tag.substr(2, tag.size() - 3));
    Check(!open.empty() && open.back() == name);
    open.pop_back();
    return;
  }
  size_t p = 1;
  while (p < tag.size() - 1 && tag[p] != ' ') ++p;
  const std::string name(tag.substr(1, p - 1));
  while (p < tag.size() - 1) {
    Check(tag[p] == ' ');
    const size_t eq = tag.find("=\"", p);
    Check(eq != std::string_view::npos);
    const std::string attribute(tag.substr(p + 1, eq - p - 1));
    const size_t end = tag.find('"', eq + 2);
    Check(end != std::string_view::npos);
    const std::string value = Lower(tag.substr(eq + 2, end - eq - 2));
    Check(!attribute.starts_with("on"));
    if (attribute == "href" || attribute == "src") {
      Check(!value.starts_with("javascript:") && !value.starts_with("vbscript:") &&
            !value.starts_with("data:"));
    }
    p = end + 1;
  }
  static const std::string_view kVoid[] = {"br", "hr", "img", "col"};
  for (std::string_view v : kVoid) {
    if (name == v) return;
  }
  open.push_back(name);
}

void CheckSanitized(const std::string& html) {
  Check(Lower(html).find("<script") == std::string::npos);
  std::vector<std::string> open;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string::npos) {
    const size_t end = html.find('>', pos);
    Check(end != std::string::npos);
    CheckTag(std::string_view(html).substr(pos, end - pos + 1), open);
    pos = end + 1;
  }
  Check(open.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gongkai;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  const std::string once = formats::SanitizeHtml(bytes);
  CheckSanitized(once);
  Check(formats::SanitizeHtml(once) == once);
  (void)formats::HtmlVisibleText(once);

  const formats::AttachmentKind kind = formats::DetectAttachment(bytes, "附件");
  Result<std::vector<formats::AttachmentPiece>> pieces =
      formats::AttachmentText(bytes, "附件", kind);
  if (!pieces.ok()) Check(pieces.status().message().starts_with("附件“附件”"));
  return 0;
}
