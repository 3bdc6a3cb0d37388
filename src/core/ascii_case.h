// ASCII case-insensitive comparison (HTTP header names, XML and ZIP names):
// only A–Z fold; every other byte, UTF-8 included, must be equal.
#pragma once

#include <string_view>

namespace gongkai {

inline bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace gongkai
