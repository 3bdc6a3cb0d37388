#include "service/json_text.h"
#include "web/backend.h"
#include "web/pages.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

Response Unhealthy(const std::string& why) {
  Response r = Response::Json(503, "{\"status\":\"error\",\"reason\":" + service::JsonString(why) + "}");
  r.headers.Set("Cache-Control", "no-store");
  return r;
}

}  // namespace

Response HealthPage(Site& site, const Request&, std::string_view) {
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return Unhealthy(db.status().message());
  Result<int> version = (*db)->SchemaVersion();
  if (!version.ok()) return Unhealthy(version.status().message());
  if (*version != (*db)->LatestSchemaVersion()) {
    return Unhealthy("数据库结构版本为 " + std::to_string(*version) + "，本程序需要 " +
                     std::to_string((*db)->LatestSchemaVersion()));
  }
  Response r = Response::Json(200, "{\"status\":\"ok\",\"schema\":" + std::to_string(*version) + "}");
  r.headers.Set("Cache-Control", "no-store");
  return r;
}

}  // namespace gongkai::web
