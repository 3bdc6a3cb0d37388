#include "core/encoding.h"

#include <iconv.h>

#include "core/utf8.h"

namespace gongkai::encoding {

std::optional<std::string> Gb18030ToUtf8(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  // GB18030 needs at most 4 bytes per character, UTF-8 at most 4 too; 2x
  // covers the 1-byte → 3-byte case of the CJK range.
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* dst = out.data();
  size_t out_left = out.size();
  const size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

Decoded ToUtf8(std::string_view bytes) {
  Decoded d;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (utf8::IsValid(bytes)) {
    d.text = std::string(bytes);
    return d;
  }
  if (auto converted = Gb18030ToUtf8(bytes)) {
    d.text = std::move(*converted);
    d.converted = true;
    return d;
  }
  d.text = utf8::Sanitize(bytes);
  d.replaced = true;
  return d;
}

}  // namespace gongkai::encoding
