// Trim and StripSpaces skip bytes that cannot begin a space without
// decoding them; on any input they must equal the code-point-by-code-point
// definition.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace gongkai::utf8 {
namespace {

std::string SlowStrip(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    if (!IsSpace(Next(text, pos))) out.append(text.data() + start, pos - start);
  }
  return out;
}

std::string SlowTrim(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> cps;  // [start, end) of each code point
  size_t pos = 0;
  std::vector<bool> space;
  while (pos < text.size()) {
    const size_t start = pos;
    space.push_back(IsSpace(Next(text, pos)));
    cps.emplace_back(start, pos);
  }
  size_t b = 0;
  size_t e = cps.size();
  while (b < e && space[b]) ++b;
  while (e > b && space[e - 1]) --e;
  if (b == e) return "";
  return std::string(text.substr(cps[b].first, cps[e - 1].second - cps[b].first));
}

TEST(Utf8FastPath, TrimAndStripEqualTheirDefinitionOnRandomText) {
  const std::vector<std::string> pieces = {
      "政", "府", "信息", "a", "1", " ", "\t", "\n", "\u3000", "\u00a0", "\u2003", "\ufeff",
      "\u0085", "\u1680", "（", "）", "、", "\xE4", "\x80", "\xE3\x80", "\xC2", "\xEF\xBB", "\xFF"};
  std::mt19937 rng(11);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(StripSpaces(s), SlowStrip(s)) << i;
    ASSERT_EQ(Trim(s), SlowTrim(s)) << i;
  }
}

}  // namespace
}  // namespace gongkai::utf8
