// The pages of the route table, one file each (web/*_page.cc).
#pragma once

#include <string_view>

#include "web/http.h"

namespace gongkai::web {

class Site;

// GET /healthz: 200 {"status":"ok"} when the database answers at the
// schema this build expects, else 503 with the reason.
Response HealthPage(Site& site, const Request& request, std::string_view rest);
// GET /static/NAME: a file of static/ (web/static_files.h).
Response StaticPage(Site& site, const Request& request, std::string_view rest);

}  // namespace gongkai::web
