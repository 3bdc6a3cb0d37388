// Runs of 11 or more ASCII digits — the candidates for resident IDs (17–18
// digits), mobile numbers (11, or 13 with the 86 prefix) and bank cards
// (16–19) — found by a pass of their own instead of by the vectorscan
// database. On the screen's generated Chinese text (5.8 % digits;
// bench/screen_bench, passes hs-screen-db and hs-with-digit-classes, figures
// in docs/performance.md) vectorscan runs the words, e-mail and
// grouped-number patterns at about 1,350 MB/s, but adding the five
// digit-class expressions ([0-9]{17}[0-9Xx], 1[3-9][0-9]{9}, [0-9]{16} …)
// brings the same database down to about 500 MB/s: they have no literal to
// search for and stop the scan at every digit. This pass looks at 64 bytes
// at a time and costs a fraction of that. Internal to search/.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "search/pii_candidates.h"

namespace gongkai::search::pii {

inline constexpr size_t kMinDigitRun = 11;

// Every maximal run of at least kMinDigitRun ASCII digits, in order.
std::vector<DigitRun> LongDigitRuns(std::string_view text);

}  // namespace gongkai::search::pii
