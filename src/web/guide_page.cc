// /xxgk/zn/: 政府信息公开指南 (条例第十二条) — what is published and where,
// how to apply and to whom (the 政府信息公开工作机构 of settings "guide"),
// the deadlines, fees and remedies, in the words of the 条例; and
// /xxgk/zd/: 政府信息公开制度 — the published documents of the 制度 column's
// 主题分类 (guide.rules_topic), newest first, paged.
#include <string>
#include <utility>

#include "web/form_data.h"
#include "web/pages.h"
#include "web/publication_views.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

constexpr int kRulesPerPage = 20;

View GuideMeta(const char* column) {
  View meta;
  meta.Set("column_name", column);
  meta.Set("column_type", "信息公开");
  return meta;
}

}  // namespace

Response GuidePage(Site& site, const Request&, std::string_view) {
  const GuideSettings& g = site.options().guide;
  View v;
  v.Set("office", g.office.empty() ? site.options().portal.sponsor : g.office);
  v.Set("has_office", !g.office.empty() || !site.options().portal.sponsor.empty());
  v.Set("address", g.address);
  v.Set("postal_code", g.postal_code);
  v.Set("office_hours", g.office_hours);
  v.Set("phone", g.phone);
  v.Set("fax", g.fax);
  v.Set("email", g.email);
  v.Set("supervisor", g.supervisor);
  v.Set("updated_on", g.updated_on);
  return site.Page(200, "guide", v, "政府信息公开指南", GuideMeta("政府信息公开指南"));
}

Response RulesPage(Site& site, const Request& request, std::string_view) {
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  const int page = FormData::Parse(request.query).IntOr("page", 1, 1, 100000);
  service::PublicationFilter f;
  f.public_only = true;
  f.topic_prefix = site.options().guide.rules_topic;
  Result<int64_t> total = (*db)->publications().Count(f);
  if (!total.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  f.limit = kRulesPerPage;
  f.offset = (page - 1) * kRulesPerPage;
  Result<std::vector<domain::Publication>> list = (*db)->publications().List(f);
  if (!list.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  const int64_t pages = std::max<int64_t>(1, (*total + kRulesPerPage - 1) / kRulesPerPage);
  if (page > pages) return site.NotFound(request);
  View v;
  v.Set("items", ListLines(*list));
  v.Set("none", list->empty());
  v.Set("topic", f.topic_prefix);
  v.Set("total", std::to_string(*total));
  v.Set("page", std::to_string(page));
  v.Set("pages", std::to_string(pages));
  v.Set("has_prev", page > 1);
  v.Set("prev_url", "/xxgk/zd/?page=" + std::to_string(page - 1));
  v.Set("has_next", page < pages);
  v.Set("next_url", "/xxgk/zd/?page=" + std::to_string(page + 1));
  return site.Page(200, "rules", v, "政府信息公开制度", GuideMeta("政府信息公开制度"));
}

}  // namespace gongkai::web
