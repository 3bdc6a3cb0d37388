// libFuzzer target: the personal-information screen on any bytes. The input
// goes through search::NormalizeNfkc and NormalizeNfkcRuns (the two maps must
// agree, run in order and end at the input's size; the text must be valid
// UTF-8) and through one PiiScreen with a few sensitive words, checking the
// contract of service/text_screen.h: every hit in bounds with begin < end, in
// position order without overlaps, its line the 1-based line of `begin`, its
// mask and context valid UTF-8, and the same hits on a second scan.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "core/utf8.h"
#include "search/normalized_text.h"
#include "search/pii_screen.h"

namespace {


const gongkai::search::PiiScreen& Screen() {
  static const std::unique_ptr<gongkai::search::PiiScreen> screen = [] {
    auto created = gongkai::search::PiiScreen::Create(
        {"机密", "内部资料", "工作秘密", "秘密★", "不予公开", "ABC内部", "ﬁ"});
    CHECK(created.ok());
    return std::move(created).value();
  }();
  return *screen;
}

void CheckNormalized(std::string_view bytes) {
  using namespace gongkai::search;
  const NormalizedText dense = NormalizeNfkc(bytes);
  CHECK(gongkai::utf8::IsValid(dense.text));
  if (dense.origin.empty()) {
    CHECK(dense.text == bytes);
  } else {
    CHECK(dense.origin.size() == dense.text.size() + 1);
    CHECK(dense.origin.back() == bytes.size());
    for (size_t i = 1; i < dense.origin.size(); ++i) CHECK(dense.origin[i - 1] <= dense.origin[i]);
  }
  const NormalizedRuns runs = NormalizeNfkcRuns(bytes);
  CHECK(runs.Text(bytes) == dense.text);
  CHECK(runs.identity == dense.origin.empty());
  for (size_t i = 0; i <= dense.text.size(); ++i) {
    CHECK(runs.OriginOf(i) == dense.OriginOf(i));
    if (i > 0) CHECK(runs.OriginalEndOf(i) >= runs.OriginOf(i - 1));
    if (i > 0) CHECK(runs.OriginalEndOf(i) <= bytes.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckNormalized(bytes);

  const auto hits = Screen().Scan(bytes);
  size_t previous_end = 0;
  for (const gongkai::service::ScreenHit& hit : hits) {
    CHECK(hit.begin < hit.end);
    CHECK(hit.end <= bytes.size());
    CHECK(hit.begin >= previous_end);
    previous_end = hit.end;
    size_t line = 1;
    for (size_t i = 0; i < hit.begin; ++i) line += bytes[i] == '\n' ? 1 : 0;
    CHECK(static_cast<size_t>(hit.line) == line);
    CHECK(!hit.masked.empty());
    CHECK(gongkai::utf8::IsValid(hit.masked));
    CHECK(gongkai::utf8::IsValid(hit.context));
    CHECK(hit.context.find(hit.masked) != std::string::npos);
    CHECK(gongkai::service::ScreenHitKindName(hit.kind)[0] != '\0');
  }
  const auto again = Screen().Scan(bytes);
  CHECK(again.size() == hits.size());
  for (size_t i = 0; i < hits.size(); ++i) {
    CHECK(again[i].begin == hits[i].begin && again[i].end == hits[i].end);
    CHECK(again[i].kind == hits[i].kind && again[i].masked == hits[i].masked);
  }
  return 0;
}
