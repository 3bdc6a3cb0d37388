// libFuzzer target: the interchange JSON reader; what it accepts must write
// back and check without trouble.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/report_json.h"
#include "fuzz/lsan_suppressions.h"
#include "report/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gongkai;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<report::AnnualReport> r = formats::ReadReportJson(bytes);
  if (r.ok()) {
    (void)report::CheckReport(*r, nullptr, {});
    const std::string again = formats::WriteReportJson(*r);
    if (!formats::ReadReportJson(again).ok()) __builtin_trap();  // round trip must hold
  }
  return 0;
}
