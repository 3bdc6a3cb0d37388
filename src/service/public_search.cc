#include "service/public_search.h"

#include <algorithm>
#include <utility>

#include "core/utf8.h"

namespace gongkai::service {

Result<PublicSearchPage> SearchPublic(Database& db, const TextTokenizer& tokenizer,
                                      const TextHighlighter& highlighter,
                                      const PublicSearchRequest& request) {
  PublicSearchPage out;
  std::u32string words = utf8::Decode(utf8::Sanitize(request.words));
  if (words.size() > kMaxSearchChars) words.resize(kMaxSearchChars);
  SearchRequest r;
  r.query = tokenizer.ParseQuery(utf8::Encode(words));
  if (r.query.phrases.empty()) {
    out.no_words = true;
    return out;
  }
  if (request.agency_id > 0) {
    Result<std::vector<int64_t>> ids = db.agencies().Subtree(request.agency_id);
    if (!ids.ok()) return ids.status();
    r.filter.agency_ids = std::move(*ids);
  }
  r.filter.year = request.year;
  r.filter.in_force_only = request.in_force_only;
  r.order = request.order;
  r.limit = std::clamp(request.per_page, 1, 50);
  r.offset = (std::max(request.page, 1) - 1) * r.limit;
  Result<SearchPage> page = db.publications().Search(r);
  if (!page.ok()) return page.status();
  out.total = page->total;
  out.more = page->more;
  out.pageable = page->pageable;
  out.pages = static_cast<int>((page->pageable + r.limit - 1) / r.limit);
  for (SearchHit& h : page->hits) {
    PublicSearchHit hit;
    hit.title = highlighter.Title(h.publication.content.title, r.query);
    hit.snippet = highlighter.Snippet(h.publication.content.body_text, r.query, 120);
    hit.publication = std::move(h.publication);
    out.hits.push_back(std::move(hit));
  }
  return out;
}

}  // namespace gongkai::service
