// libFuzzer target: the web layer's readers of untrusted request text —
// FormData::Parse (query strings and urlencoded forms), PercentDecode, the
// Accept-Encoding reader and StaticFiles::SafeName. Checks: decoded names
// and values are valid UTF-8, encode → decode is the identity on them, a
// safe static name never climbs out ("..") or starts at the root.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "core/utf8.h"
#include "web/form_data.h"
#include "web/gzip.h"
#include "web/static_files.h"


extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace gongkai;
  const web::FormData form = web::FormData::Parse(text);
  for (const auto& [name, value] : form.fields()) {
    CHECK(utf8::IsValid(name));
    CHECK(utf8::IsValid(value));
    CHECK(web::PercentDecode(web::PercentEncode(value), true) == value);
  }
  CHECK(utf8::IsValid(web::PercentDecode(text, false)));
  (void)web::AcceptsGzip(text);
  if (web::StaticFiles::SafeName(text)) {
    // No segment is empty or starts with '.', so none is "." or "..".
    CHECK(text.front() != '/' && text.front() != '.');
    CHECK(text.find("/.") == std::string_view::npos && text.find("//") == std::string_view::npos);
  }
  return 0;
}
