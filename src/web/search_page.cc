// GET /search?q=…&valid=1&year=2025&order=newest&page=2: the portal's search.
#include <string>
#include <utility>

#include "service/public_search.h"
#include "web/form_data.h"
#include "web/pages.h"
#include "web/publication_views.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

std::vector<View> Spans(const std::vector<service::TextSpan>& spans) {
  std::vector<View> out;
  for (const service::TextSpan& s : spans) {
    View v;
    v.Set("text", s.text);
    v.Set("hit", s.hit);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

Response SearchPage(Site& site, const Request& request, std::string_view) {
  const FormData form = FormData::Parse(request.query);
  service::PublicSearchRequest r;
  r.words = form.GetOr("q", "");
  r.in_force_only = form.GetOr("valid", "") == "1";
  r.order = form.GetOr("order", "") == "newest" ? service::SearchOrder::kNewest
                                                : service::SearchOrder::kRelevance;
  const int year = form.IntOr("year", 0, 2000, 2100);
  if (year > 0) r.year = year;
  r.page = form.IntOr("page", 1, 1, 100000);
  View v;
  v.Set("q", r.words);
  v.Set("valid", r.in_force_only);
  v.Set("newest", r.order == service::SearchOrder::kNewest);
  v.Set("year", r.year ? std::to_string(*r.year) : std::string());
  View meta;
  meta.Set("column_name", "站内检索");
  meta.Set("column_type", "检索");
  if (r.words.empty()) {
    v.Set("asked", false);
    return site.Page(200, "search", v, "站内检索", std::move(meta));
  }
  v.Set("asked", true);
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  Result<service::PublicSearchPage> page = service::SearchPublic(
      **db, site.backend().Tokenizer(), site.backend().Highlighter(), r);
  if (!page.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  if (!page->no_words && page->pages > 0 && r.page > page->pages) return site.NotFound(request);
  std::vector<View> hits;
  for (const service::PublicSearchHit& h : page->hits) {
    View hv = ListLine(h.publication);
    hv.Set("title_parts", Spans(h.title));
    hv.Set("snippet_parts", Spans(h.snippet));
    hits.push_back(std::move(hv));
  }
  v.Set("no_words", page->no_words);
  v.Set("found", !hits.empty());
  v.Set("hits", std::move(hits));
  v.Set("total", std::to_string(page->total));
  v.Set("more", page->more);
  v.Set("windowed", page->pageable < page->total);
  v.Set("pageable", std::to_string(page->pageable));
  v.Set("page", std::to_string(r.page));
  v.Set("pages", std::to_string(page->pages));
  // Paging keeps the words and filters.
  std::string base = "/search?q=" + PercentEncode(r.words);
  if (r.in_force_only) base += "&valid=1";
  if (r.year) base += "&year=" + std::to_string(*r.year);
  if (r.order == service::SearchOrder::kNewest) base += "&order=newest";
  v.Set("has_prev", r.page > 1);
  v.Set("prev_url", base + "&page=" + std::to_string(r.page - 1));
  v.Set("has_next", r.page < page->pages);
  v.Set("next_url", base + "&page=" + std::to_string(r.page + 1));
  return site.Page(200, "search", v, r.words + " - 站内检索", std::move(meta));
}

}  // namespace gongkai::web
