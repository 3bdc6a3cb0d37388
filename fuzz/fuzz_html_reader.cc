// libFuzzer target: the html reader, then assembly and every rule, on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/html_reader.h"
#include "fuzz/exercise.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gongkai;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<formats::Document> doc = formats::ReadHtmlDocument(bytes);
  if (doc.ok()) Exercise(*doc);
  return 0;
}
