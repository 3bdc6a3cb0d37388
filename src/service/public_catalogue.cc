#include "service/public_catalogue.h"

#include <algorithm>
#include <utility>

namespace gongkai::service {
namespace {

// The public ones among `ids`, in the order given.
Result<std::vector<PublicRef>> PublicRefs(PublicationStore& store, const std::vector<int64_t>& ids) {
  std::vector<PublicRef> out;
  for (int64_t id : ids) {
    Result<domain::Publication> p = store.Get(id);
    if (!p.ok()) return p.status();
    if (!domain::IsPublic(*p)) continue;
    Result<domain::PublicationVersion> v = store.GetVersion(id, *p->published_version);
    if (!v.ok()) return v.status();
    out.push_back({id, v->content.title, p->published_on, p->kind});
  }
  return out;
}

}  // namespace

// Reads only, so no Database::Transaction: that takes the write lock
// (SQLite BEGIN IMMEDIATE), and page views must not queue behind writers or
// each other. Each store call reads in its own read transaction.
Result<PublicItem> GetPublicItem(Database& db, int64_t id) {
  PublicItem item;
  PublicationStore& store = db.publications();
  Result<domain::Publication> p = store.Get(id);
  if (!p.ok() || !domain::IsPublic(*p)) {
    if (!p.ok() && p.status().code() != StatusCode::kNotFound) return p.status();
    return Status::NotFound("信息 " + std::to_string(id) + " 不存在或未公开");
  }
  Result<domain::PublicationVersion> v = store.GetVersion(id, *p->published_version);
  if (!v.ok()) return v.status();
  p->content = std::move(v->content);
  Result<domain::Agency> agency = db.agencies().Get(p->agency_id);
  if (!agency.ok()) return agency.status();
  item.agency_name = agency->name;
  struct Wanted {
    domain::LinkKind kind;
    bool from;
    std::vector<PublicRef>* into;
  };
  for (const Wanted& w : {Wanted{domain::LinkKind::kInterprets, false, &item.interpretations},
                          Wanted{domain::LinkKind::kInterprets, true, &item.interprets},
                          Wanted{domain::LinkKind::kReplaces, true, &item.replaces},
                          Wanted{domain::LinkKind::kReplaces, false, &item.replaced_by}}) {
    Result<std::vector<int64_t>> ids = w.from ? store.LinksFrom(id, w.kind) : store.LinksTo(id, w.kind);
    if (!ids.ok()) return ids.status();
    Result<std::vector<PublicRef>> refs = PublicRefs(store, *ids);
    if (!refs.ok()) return refs.status();
    *w.into = std::move(*refs);
  }
  item.publication = std::move(*p);
  return item;
}

Result<std::vector<domain::Publication>> LatestPublic(Database& db, PublicationFilter filter,
                                                      int limit) {
  filter.public_only = true;
  filter.limit = std::max(limit, 1);
  filter.offset = 0;
  return db.publications().List(filter);
}

}  // namespace gongkai::service
