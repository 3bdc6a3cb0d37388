// A table of an enum's values with their stable names (stored in databases,
// used on the command line) and Chinese labels (shown to people), and the
// lookups over it. Internal to domain/'s *_names.cc files.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace gongkai::domain {

template <typename E>
struct NamedValue {
  E value;
  const char* name;
  const char* label;
};

// The entry of `v` (the first entry when `v` is missing, which an
// exhaustive table never lets happen).
template <typename E, size_t N>
const NamedValue<E>& FindNamed(const NamedValue<E> (&table)[N], E v) {
  for (const NamedValue<E>& x : table) {
    if (x.value == v) return x;
  }
  return table[0];
}

// The value whose name or label is `s`.
template <typename E, size_t N>
std::optional<E> ParseNamed(const NamedValue<E> (&table)[N], std::string_view s) {
  for (const NamedValue<E>& x : table) {
    if (s == x.name || s == x.label) return x.value;
  }
  return std::nullopt;
}

}  // namespace gongkai::domain
