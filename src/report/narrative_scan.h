// Internal to the narrative rules (narrative_figures.cc, narrative_claims.cc,
// narrative_breakdowns.cc): word tests on normalised narrative text, the gate
// that tells which S10 scanners a paragraph needs, and the breakdown scanner
// the combined FindClaimsAndBreakdowns calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/narrative_phrases.h"

namespace gongkai::report::narrative_internal {

using Words = std::vector<std::u32string_view>;

inline bool HasWord(std::u32string_view hay, std::u32string_view word) {
  return hay.find(word) != std::u32string_view::npos;
}

inline bool HasAnyWord(std::u32string_view hay, const Words& words) {
  for (std::u32string_view w : words) {
    if (HasWord(hay, w)) return true;
  }
  return false;
}

// Which of the words that S10 needs occur in `text` (one pass over the
// bytes, no decoding).
struct Gates {
  bool claim = false;      // 申请, 复议, 诉讼 or 起诉: a claim is possible
  bool breakdown = false;  // 其中, 包括, 分别 or 含 (and a figure): a breakdown is possible
};
Gates GatesOf(std::string_view text);

// The breakdowns in `text` (NormalizeNarrative32 applied), appended to `out`.
void BreakdownsIn(std::u32string_view text, int section, SourceRef src,
                  std::vector<Breakdown>& out);

}  // namespace gongkai::report::narrative_internal
