#include "web/routes.h"

#include "web/pages.h"

namespace gongkai::web {
namespace {

// The URL scheme (portal-and-catalogue.md §2.3): /xxgk/ 信息公开, /ysqgk/
// 依申请公开, /hdjl/ 互动交流; an item never changes its URL.
constexpr Route kRoutes[] = {
    {"GET", "/", HomePage},
    {"GET", "/xxgk", FolderPage},
    {"GET", "/xxgk/zn", FolderPage},
    {"GET", "/xxgk/zn/", GuidePage},
    {"GET", "/xxgk/zd", FolderPage},
    {"GET", "/xxgk/zd/", RulesPage},
    {"GET", "/xxgk/ndbg", FolderPage},
    {"GET", "/xxgk/ndbg/*", ReportsPage},
    {"GET", "/xxgk/*", XxgkPage},
    {"GET", "/ysqgk", FolderPage},
    {"GET", "/ysqgk/", YsqgkPage},
    {"GET", "/ysqgk/apply", ApplyPage},
    {"POST", "/ysqgk/apply", ApplyPage},
    {"GET", "/ysqgk/query", TrackPage},
    {"POST", "/ysqgk/query", TrackPage},
    {"GET", "/hdjl", FolderPage},
    {"GET", "/hdjl/write", LetterFormPage},
    {"POST", "/hdjl/write", LetterFormPage},
    {"GET", "/hdjl/query", LetterTrackPage},
    {"POST", "/hdjl/query", LetterTrackPage},
    {"GET", "/hdjl/*", MailboxPage},
    {"GET", "/search", SearchPage},
    {"GET", "/healthz", HealthPage},
    {"GET", "/static/*", StaticPage},
};

}  // namespace

RouteMatch MatchRoute(std::string_view method, std::string_view path) {
  RouteMatch m;
  const std::string_view as = method == "HEAD" ? std::string_view("GET") : method;
  for (const Route& r : kRoutes) {
    const std::string_view pattern = r.pattern;
    std::string_view rest;
    bool hit = false;
    if (pattern.size() >= 2 && pattern.substr(pattern.size() - 2) == "/*") {
      const std::string_view prefix = pattern.substr(0, pattern.size() - 1);  // keeps the '/'
      if (path.substr(0, prefix.size()) == prefix) {
        hit = true;
        rest = path.substr(prefix.size());
      }
    } else {
      hit = path == pattern;
    }
    if (!hit) continue;
    m.path_known = true;
    if (as == r.method) {
      m.page = r.page;
      m.rest = std::string(rest);
      return m;
    }
  }
  return m;
}

}  // namespace gongkai::web
