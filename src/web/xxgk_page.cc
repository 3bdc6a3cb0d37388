// /xxgk/: the 政府信息公开目录 (newest first, paged; by 发布机构, 主题分类 and
// 第二十条 item through ?agency=, ?topic=, ?item=), the item pages at
// /xxgk/{yyyymm}/{id}.html and their attachments at
// /xxgk/{yyyymm}/{id}/files/{n}.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "domain/catalogue_terms.h"
#include "service/catalogue_facets.h"
#include "service/public_catalogue.h"
#include "web/form_data.h"
#include "web/pages.h"
#include "web/publication_views.h"
#include "web/site.h"
#include "web/urls.h"

namespace gongkai::web {
namespace {

constexpr int kPerPage = 20;

// The catalogue URL of a selection and page: /xxgk/?agency=3&topic=…&item=7&page=2,
// the parameters in a fixed order so that one view has one URL.
std::string CatalogueUrl(const service::CatalogueSelection& sel, int page = 1) {
  std::string q;
  const auto add = [&](const char* key, const std::string& value) {
    q += (q.empty() ? "?" : "&") + std::string(key) + "=" + PercentEncode(value);
  };
  if (sel.agency_id) add("agency", std::to_string(*sel.agency_id));
  if (!sel.topic.empty()) add("topic", sel.topic);
  if (sel.article20_item > 0) add("item", std::to_string(sel.article20_item));
  if (page > 1) add("page", std::to_string(page));
  return "/xxgk/" + q;
}

// The selection of the query, or nullopt when a value is not one the
// catalogue has (the site's 404, never a silently different list).
std::optional<service::CatalogueSelection> SelectionOf(const FormData& q) {
  service::CatalogueSelection sel;
  if (std::optional<std::string> a = q.Get("agency"); a && !a->empty()) {
    if (a->size() > 12 || a->find_first_not_of("0123456789") != std::string::npos || (*a)[0] == '0') {
      return std::nullopt;
    }
    sel.agency_id = std::stoll(*a);
  }
  if (std::optional<std::string> t = q.Get("topic"); t && !t->empty()) {
    const auto& classes = domain::TopicClasses();
    if (std::find(classes.begin(), classes.end(), *t) == classes.end()) return std::nullopt;
    sel.topic = *t;
  }
  if (std::optional<std::string> i = q.Get("item"); i && !i->empty()) {
    std::optional<int> n = domain::ParseArticle20Item(*i);
    if (!n || std::to_string(*n) != *i) return std::nullopt;
    sel.article20_item = *n;
  }
  return sel;
}

std::vector<View> FacetLinks(const std::vector<service::FacetValue>& values, service::CatalogueSelection sel,
                             void (*choose)(service::CatalogueSelection&, const std::string&)) {
  std::vector<View> out;
  for (const service::FacetValue& f : values) {
    service::CatalogueSelection next = sel;
    choose(next, f.key);
    View v;
    v.Set("label", f.label);
    v.Set("count", std::to_string(f.count));
    v.Set("url", CatalogueUrl(next));
    v.Set("selected", f.selected);
    v.Set("empty", f.count == 0);
    out.push_back(std::move(v));
  }
  return out;
}

Response Catalogue(Site& site, service::Database& db, const Request& request) {
  const FormData query = FormData::Parse(request.query);
  const int page = query.IntOr("page", 1, 1, 100000);
  std::optional<service::CatalogueSelection> sel = SelectionOf(query);
  if (!sel) return site.NotFound(request);
  Result<PortalServices> services = site.backend().ThreadServices();
  if (!services.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  Result<service::CatalogueFacetCounts> facets =
      services->facets->Count(db, *sel, site.backend().UnixNow());
  if (!facets.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  service::PublicationFilter f = sel->Filter();
  Result<int64_t> total = db.publications().Count(f);
  if (!total.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  f.limit = kPerPage;
  f.offset = (page - 1) * kPerPage;
  Result<std::vector<domain::Publication>> list = db.publications().List(f);
  if (!list.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  const int64_t pages = std::max<int64_t>(1, (*total + kPerPage - 1) / kPerPage);
  if (page > pages) return site.NotFound(request);
  // What is selected, in words: 青山市财政局 · 财政、金融、审计 · （七）…
  std::vector<View> chosen;
  const auto pick = [&](const std::vector<service::FacetValue>& values, service::CatalogueSelection without) {
    for (const service::FacetValue& v : values) {
      if (!v.selected) continue;
      View c;
      c.Set("label", v.label);
      c.Set("clear_url", CatalogueUrl(without));
      chosen.push_back(std::move(c));
    }
  };
  service::CatalogueSelection no_agency = *sel, no_topic = *sel, no_item = *sel;
  no_agency.agency_id.reset();
  no_topic.topic.clear();
  no_item.article20_item = 0;
  pick(facets->agencies, no_agency);
  pick(facets->topics, no_topic);
  pick(facets->items, no_item);
  View v;
  v.Set("items", ListLines(*list));
  v.Set("total", std::to_string(*total));
  v.Set("page", std::to_string(page));
  v.Set("pages", std::to_string(pages));
  v.Set("has_prev", page > 1);
  v.Set("prev_url", CatalogueUrl(*sel, page - 1));
  v.Set("has_next", page < pages);
  v.Set("next_url", CatalogueUrl(*sel, page + 1));
  v.Set("has_chosen", !chosen.empty());
  v.Set("chosen", std::move(chosen));
  v.Set("none", list->empty());
  v.Set("agencies", FacetLinks(facets->agencies, no_agency, [](service::CatalogueSelection& s, const std::string& k) {
          s.agency_id = std::stoll(k);
        }));
  v.Set("topics", FacetLinks(facets->topics, no_topic,
                             [](service::CatalogueSelection& s, const std::string& k) { s.topic = k; }));
  v.Set("article20", FacetLinks(facets->items, no_item, [](service::CatalogueSelection& s, const std::string& k) {
          s.article20_item = std::stoi(k);
        }));
  v.Set("all_agencies_url", CatalogueUrl(no_agency));
  v.Set("all_topics_url", CatalogueUrl(no_topic));
  v.Set("all_items_url", CatalogueUrl(no_item));
  View meta;
  meta.Set("column_name", "法定主动公开内容");
  meta.Set("column_type", "信息公开目录");
  return site.Page(200, "catalogue", v, "政府信息公开目录", std::move(meta));
}

Response Item(Site& site, service::Database& db, const Request& request, const ItemPath& path,
              std::string_view tail) {
  Result<service::PublicItem> item = service::GetPublicItem(db, path.id);
  if (!item.ok()) {
    if (item.status().code() == StatusCode::kNotFound) return site.NotFound(request);
    return site.Error(500, "服务器内部错误", "请稍后再试。");
  }
  const std::string url = ItemUrl(item->publication);
  const std::string month = url.substr(6, 6);
  if (month != path.month) {  // a wrong month: the item's one URL
    return Response::Redirect(301, tail.empty() ? url : url.substr(0, url.size() - 5) + std::string(tail));
  }
  if (!tail.empty()) {  // "/files/{n}"
    const std::string_view n = tail.substr(7);
    if (tail.substr(0, 7) != "/files/" || n.empty() || n.size() > 3 ||
        n.find_first_not_of("0123456789") != std::string_view::npos) {
      return site.NotFound(request);
    }
    const size_t index = static_cast<size_t>(std::stoi(std::string(n)));
    const auto& files = item->publication.content.attachments;
    if (index < 1 || index > files.size()) return site.NotFound(request);
    const domain::PublicationAttachment& a = files[index - 1];
    Result<std::string> bytes = site.backend().Files().Get(a.file_id, a.sha256);
    if (!bytes.ok()) return site.Error(500, "附件暂时无法下载", "请稍后再试或联系网站主办单位。");
    Response r = Response::Text(200, std::move(*bytes), AttachmentContentType(a.type));
    r.headers.Set("Content-Disposition",
                  "attachment; filename*=UTF-8''" + PercentEncode(a.filename));
    r.headers.Set("Cache-Control", "public, max-age=3600");
    return r;
  }
  const domain::Publication& p = item->publication;
  View meta;
  meta.Set("column_name", domain::PublicationKindLabel(p.kind));
  meta.Set("column_type", "信息公开");
  meta.Set("article_title", p.content.title);
  meta.Set("pub_date", p.published_on ? p.published_on->ToString() : "");
  meta.Set("content_source", p.content.publisher);
  meta.Set("keywords", p.content.keywords);
  meta.Set("description", p.content.summary);
  meta.Set("url", url);
  return site.Page(200, "item", ItemView(*item), p.content.title, std::move(meta));
}

}  // namespace

std::string AttachmentContentType(const std::string& type) {
  if (type == "pdf") return "application/pdf";
  if (type == "docx") return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (type == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (type == "jpeg") return "image/jpeg";
  if (type == "png") return "image/png";
  if (type == "text") return "text/plain; charset=utf-8";
  // HTML attachments are offered for download as bytes: never rendered as
  // a page of this site.
  return "application/octet-stream";
}

Response XxgkPage(Site& site, const Request& request, std::string_view rest) {
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (rest.empty()) return Catalogue(site, **db, request);
  // {yyyymm}/{id}.html or {yyyymm}/{id}/files/{n}
  std::string_view tail;
  std::string page(rest);
  if (const size_t files = rest.find("/files/"); files != std::string_view::npos) {
    tail = rest.substr(files);
    page = std::string(rest.substr(0, files)) + ".html";
  }
  std::optional<ItemPath> path = ParseItemPath(page);
  if (!path) return site.NotFound(request);
  return Item(site, **db, request, *path, tail);
}

}  // namespace gongkai::web
