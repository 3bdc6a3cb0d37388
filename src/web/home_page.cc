// GET /: the newest items, the policy documents and their interpretations.
#include <utility>

#include "service/public_catalogue.h"
#include "web/pages.h"
#include "web/publication_views.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

Result<std::vector<View>> Column(service::Database& db, std::optional<domain::PublicationKind> kind,
                                 int limit) {
  service::PublicationFilter f;
  f.kind = kind;
  Result<std::vector<domain::Publication>> list = service::LatestPublic(db, f, limit);
  if (!list.ok()) return list.status();
  return ListLines(*list);
}

}  // namespace

Response HomePage(Site& site, const Request&, std::string_view) {
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  View v;
  struct Col {
    const char* key;
    std::optional<domain::PublicationKind> kind;
    int limit;
  };
  for (const Col& c : {Col{"latest", std::nullopt, 10},
                       Col{"normative", domain::PublicationKind::kNormative, 6},
                       Col{"interpretations", domain::PublicationKind::kInterpretation, 6}}) {
    Result<std::vector<View>> lines = Column(**db, c.kind, c.limit);
    if (!lines.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
    v.Set(std::string("has_") + c.key, !lines->empty());
    v.Set(c.key, std::move(*lines));
  }
  View meta;
  meta.Set("column_name", "首页");
  meta.Set("column_type", "首页");
  return site.Page(200, "home", v, "首页", std::move(meta));
}

}  // namespace gongkai::web
