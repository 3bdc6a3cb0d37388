// The URL scheme in one table (routes.cc): method, path pattern, page.
// Patterns are exact paths, or end in "/*" for everything below a prefix
// (the rest is passed to the page).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/http.h"

namespace gongkai::web {

class Site;

using Page = Response (*)(Site& site, const Request& request, std::string_view rest);

struct Route {
  const char* method;   // "GET" (HEAD is answered by GET routes too) or "POST"
  const char* pattern;  // "/healthz", "/static/*"
  Page page;
};

// The route for a request: the page and the rest of the path below a "/*"
// prefix. `method_allowed` is false when the path exists for another method.
struct RouteMatch {
  Page page = nullptr;
  std::string rest;
  bool path_known = false;
};
RouteMatch MatchRoute(std::string_view method, std::string_view path);

}  // namespace gongkai::web
