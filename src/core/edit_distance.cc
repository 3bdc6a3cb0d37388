#include "core/edit_distance.h"

#include <algorithm>
#include <vector>

namespace gongkai {

size_t BoundedEditDistance(std::u32string_view a, std::u32string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  // The length difference alone is a lower bound.
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<size_t> row(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diagonal = row[0];
    row[0] = j;
    size_t best = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      const size_t above = row[i];
      const size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[i] = std::min({above + 1, row[i - 1] + 1, substitute});
      diagonal = above;
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[a.size()], limit + 1);
}

}  // namespace gongkai
