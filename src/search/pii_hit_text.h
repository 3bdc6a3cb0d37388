// What the screen shows for a hit (service::ScreenHit::masked and context),
// built from the ORIGINAL text so a reviewer sees the characters as written.
// Internal to search/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/personal_info.h"
#include "service/text_screen.h"

namespace gongkai::search::pii {

// The hit masked by the domain mask of its kind with `style` (sensitive
// words: as written). `original` is the hit as written, `normalized` its NFKC
// form. The original is masked when it is written in ASCII and full-width
// forms only (domain masks keep full-width digits full-width); a hit written
// with other characters that NFKC turns into digits (①, 𝟏…) would slip past
// the domain masks' digit test, so its NFKC form is masked instead. An
// e-mail address is masked as written only when it is all ASCII.
std::string MaskHit(service::ScreenHitKind kind, std::string_view original,
                    std::string_view normalized, domain::MaskStyle style);

// Number of '\n' bytes in `text` (16 bytes at a time on x86-64), for the
// hits' line numbers.
size_t CountNewlines(std::string_view text);

// Up to `chars` characters of `text` before and after hits[i], with the hit
// masked — and every other hit that shows in the window masked too, so a
// context never reveals a neighbouring number. `hits` are sorted by
// position and do not overlap; a neighbour cut by the window's edge widens
// the window to take it whole. Line breaks and tabs are shown as spaces,
// invalid UTF-8 as U+FFFD.
std::string HitContextMasked(std::string_view text, const std::vector<service::ScreenHit>& hits,
                             size_t i, int chars = 20);

}  // namespace gongkai::search::pii
