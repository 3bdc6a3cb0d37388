// What the public may read of the catalogue (the portal's use cases): only
// public publications (IsPublic: published and not withdrawn), only their
// published version — a revision in draft, the review log, who reviewed
// and the screen's findings never leave the back office.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/publication.h"
#include "service/database.h"
#include "service/publication_store.h"

namespace gongkai::service {

// A linked publication as the public sees it.
struct PublicRef {
  int64_t id = 0;
  std::string title;
  std::optional<CivilDate> published_on;
  domain::PublicationKind kind = domain::PublicationKind::kInformation;
};

struct PublicItem {
  domain::Publication publication;  // content: the published version
  std::string agency_name;
  std::vector<PublicRef> interpretations;  // public 政策解读 of this policy
  std::vector<PublicRef> interprets;       // the policies this 政策解读 explains
  std::vector<PublicRef> replaces;
  std::vector<PublicRef> replaced_by;
};

// The item `id` when it is public; kNotFound otherwise (a draft or a
// withdrawn item is "not found" to the public, whatever its state).
Result<PublicItem> GetPublicItem(Database& db, int64_t id);

// The newest public publications that `filter` selects (public_only is
// forced), at most `limit`.
Result<std::vector<domain::Publication>> LatestPublic(Database& db, PublicationFilter filter,
                                                      int limit);

}  // namespace gongkai::service
