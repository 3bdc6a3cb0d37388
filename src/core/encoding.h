// Text encodings met in files from Chinese government offices: UTF-8 (with
// or without BOM) and GB18030 / GBK / GB2312, which Excel and WPS still use
// for CSV and plain text on Chinese Windows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::encoding {

// GB18030 (a superset of GBK and GB2312) to UTF-8; nullopt when the bytes
// are not valid GB18030 either. Uses the C library's iconv.
std::optional<std::string> Gb18030ToUtf8(std::string_view bytes);

struct Decoded {
  std::string text;           // UTF-8
  bool converted = false;     // the input was GB18030
  bool replaced = false;      // invalid bytes were replaced with U+FFFD
};

// UTF-8 as is (BOM removed); else GB18030 converted; else UTF-8 with the
// invalid bytes replaced.
Decoded ToUtf8(std::string_view bytes);

}  // namespace gongkai::encoding
