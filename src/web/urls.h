// The portal's URLs that name records (portal-and-catalogue.md §2: stable,
// readable; an item never changes its URL). A publication lives at
// /xxgk/{yyyymm}/{id}.html — the month of its first publication, which
// never changes — so a URL, once given, stays right.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/publication.h"

namespace gongkai::web {

std::string ItemUrl(int64_t id, const std::optional<CivilDate>& published_on);
inline std::string ItemUrl(const domain::Publication& p) { return ItemUrl(p.id, p.published_on); }

// The id of "{yyyymm}/{id}.html" (the part below /xxgk/), and the month as
// written; nullopt when it is not of that shape.
struct ItemPath {
  std::string month;
  int64_t id = 0;
};
std::optional<ItemPath> ParseItemPath(std::string_view rest);

}  // namespace gongkai::web
