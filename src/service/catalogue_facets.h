// The facets of the portal's 政府信息公开目录: the public publications
// counted by 发布机构, by first-level 主题分类 and by 条例第二十条 item, each
// facet counted under the other two selections (choosing an agency shows
// how many of its items fall under each class and item).
//
// The counts come from one grouped query over the public catalogue
// (PublicationStore::CountGroups), kept for `max_age_seconds` by the
// CatalogueFacets object of the calling thread: the list of items itself is
// always exact; its facet counts may lag a publication by that much. [I]
// default 30 s. Nothing here is needed by another instance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/database.h"

namespace gongkai::service {

struct CatalogueSelection {
  std::optional<int64_t> agency_id;
  std::string topic;  // a first-level 主题分类 class; empty: any
  int article20_item = 0;

  // The filter of the catalogue list for this selection (public only).
  PublicationFilter Filter() const;
};

struct FacetValue {
  std::string key;    // the URL value: agency id, class name, item number
  std::string label;  // 青山市财政局, 财政、金融、审计, （七）财政预算、决算信息
  int64_t count = 0;
  bool selected = false;
};

struct CatalogueFacetCounts {
  std::vector<FacetValue> agencies;  // agencies with items, in agency id order
  std::vector<FacetValue> topics;    // the official order of the classes
  std::vector<FacetValue> items;     // （一） … （十五）
  int64_t total = 0;                 // items of the whole selection
};

class CatalogueFacets {
 public:
  explicit CatalogueFacets(int max_age_seconds = 30) : max_age_(max_age_seconds) {}

  // `now` in Unix seconds (the caller's clock).
  Result<CatalogueFacetCounts> Count(Database& db, const CatalogueSelection& selection, int64_t now);

 private:
  int max_age_;
  int64_t fetched_at_ = 0;
  bool fresh_ = false;
  std::vector<PublicationGroup> groups_;
  std::vector<std::pair<int64_t, std::string>> agencies_;  // id, name
};

}  // namespace gongkai::service
