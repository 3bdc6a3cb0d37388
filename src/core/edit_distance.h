// Levenshtein distance between two code-point strings, bounded: the tolerant
// matching of printed section headings and table labels against the official
// ones (a character missing, wrong or added) needs small distances only.
#pragma once

#include <cstddef>
#include <string_view>

namespace gongkai {

// The edit distance (insertions, deletions, substitutions) between `a` and
// `b`, or `limit + 1` as soon as it is known to exceed `limit`.
size_t BoundedEditDistance(std::u32string_view a, std::u32string_view b, size_t limit);

}  // namespace gongkai
