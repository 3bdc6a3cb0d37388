#include "service/catalogue_facets.h"

#include <map>

#include "domain/catalogue_terms.h"

namespace gongkai::service {
namespace {

// "财政、金融、审计\财政" → "财政、金融、审计".
std::string FirstLevel(const std::string& topic) {
  const size_t cut = topic.find('\\');
  return cut == std::string::npos ? topic : topic.substr(0, cut);
}

}  // namespace

PublicationFilter CatalogueSelection::Filter() const {
  PublicationFilter f;
  f.public_only = true;
  if (agency_id) f.agency_ids = {*agency_id};
  f.topic_prefix = topic;
  f.article20_item = article20_item;
  return f;
}

Result<CatalogueFacetCounts> CatalogueFacets::Count(Database& db, const CatalogueSelection& sel,
                                                    int64_t now) {
  if (!fresh_ || now < fetched_at_ || now - fetched_at_ >= max_age_) {
    PublicationFilter all;
    all.public_only = true;
    Result<std::vector<PublicationGroup>> groups = db.publications().CountGroups(all);
    if (!groups.ok()) return groups.status();
    Result<std::vector<domain::Agency>> agencies = db.agencies().List();
    if (!agencies.ok()) return agencies.status();
    groups_ = std::move(groups).value();
    agencies_.clear();
    for (const domain::Agency& a : *agencies) agencies_.emplace_back(a.id, a.name);
    fetched_at_ = now;
    fresh_ = true;
  }
  std::map<int64_t, int64_t> by_agency;
  std::map<std::string, int64_t> by_topic;
  std::map<int, int64_t> by_item;
  CatalogueFacetCounts out;
  for (const PublicationGroup& g : groups_) {
    const std::string first = FirstLevel(g.topic);
    const bool agency_ok = !sel.agency_id || *sel.agency_id == g.agency_id;
    const bool topic_ok = sel.topic.empty() || sel.topic == first;
    const bool item_ok = sel.article20_item == 0 || sel.article20_item == g.article20_item;
    if (topic_ok && item_ok) by_agency[g.agency_id] += g.count;
    if (agency_ok && item_ok) by_topic[first] += g.count;
    if (agency_ok && topic_ok && g.article20_item > 0) by_item[g.article20_item] += g.count;
    if (agency_ok && topic_ok && item_ok) out.total += g.count;
  }
  for (const auto& [id, name] : agencies_) {
    auto it = by_agency.find(id);
    const bool selected = sel.agency_id && *sel.agency_id == id;
    if (it == by_agency.end() && !selected) continue;
    out.agencies.push_back({std::to_string(id), name, it == by_agency.end() ? 0 : it->second, selected});
  }
  for (const std::string& c : domain::TopicClasses()) {
    auto it = by_topic.find(c);
    const bool selected = sel.topic == c;
    if (it == by_topic.end() && !selected) continue;
    out.topics.push_back({c, c, it == by_topic.end() ? 0 : it->second, selected});
  }
  // Every 第二十条 item is listed, an empty one with 0: a body must say
  // what it has under each (portal-and-catalogue.md §1.5).
  for (int n = 1; n <= domain::kArticle20Items; ++n) {
    auto it = by_item.find(n);
    out.items.push_back({std::to_string(n), domain::Article20ItemLabel(n) + domain::Article20ItemText(n),
                         it == by_item.end() ? 0 : it->second, sel.article20_item == n});
  }
  return out;
}

}  // namespace gongkai::service
