// GET /: the newest items, the policy documents and their interpretations,
// the annual reports and the latest published mailbox exchanges.
#include <utility>

#include "service/public_catalogue.h"
#include "service/public_mailbox.h"
#include "service/public_reports.h"
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

constexpr size_t kHomeReports = 6;
constexpr size_t kHomeLetters = 6;

// The newest year's reports first (the list is newest year first).
Result<std::vector<View>> Reports(service::Database& db) {
  Result<std::vector<service::PublicReportEntry>> list = service::ListPublicReports(db);
  if (!list.ok()) return list.status();
  std::vector<View> out;
  for (const service::PublicReportEntry& e : *list) {
    if (out.size() == kHomeReports) break;
    View v;
    v.Set("url", "/xxgk/ndbg/" + std::to_string(e.agency_id) + "/" + std::to_string(e.year) + ".html");
    v.Set("title", e.title);
    v.Set("date", e.published_on);
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::vector<View>> Letters(service::Database& db) {
  Result<service::PublicLetterPage> page = service::ListPublicLetters(db, 1);
  if (!page.ok()) return page.status();
  std::vector<View> out;
  for (const service::PublicLetter& l : page->letters) {
    if (out.size() == kHomeLetters) break;
    View v;
    v.Set("url", "/hdjl/" + std::to_string(l.id) + ".html");
    v.Set("title", l.exchange.title);
    v.Set("date", l.replied_on ? l.replied_on->ToString() : l.received_on.ToString());
    out.push_back(std::move(v));
  }
  return out;
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
  Result<std::vector<View>> reports = Reports(**db);
  Result<std::vector<View>> letters = Letters(**db);
  if (!reports.ok() || !letters.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  v.Set("has_reports", !reports->empty());
  v.Set("reports", std::move(*reports));
  v.Set("has_letters", !letters->empty());
  v.Set("letters", std::move(*letters));
  View meta;
  meta.Set("column_name", "首页");
  meta.Set("column_type", "首页");
  return site.Page(200, "home", v, "首页", std::move(meta));
}

}  // namespace gongkai::web
