#include "web/routes.h"

#include <gtest/gtest.h>

#include "web/access_log.h"

namespace gongkai::web {
namespace {

TEST(Routes, ExactAndPrefixPatterns) {
  EXPECT_NE(MatchRoute("GET", "/healthz").page, nullptr);
  EXPECT_NE(MatchRoute("HEAD", "/healthz").page, nullptr);
  const RouteMatch css = MatchRoute("GET", "/static/css/portal.css");
  EXPECT_NE(css.page, nullptr);
  EXPECT_EQ(css.rest, "css/portal.css");
  const RouteMatch post = MatchRoute("POST", "/healthz");
  EXPECT_EQ(post.page, nullptr);
  EXPECT_TRUE(post.path_known);  // 405, not 404
  EXPECT_FALSE(MatchRoute("GET", "/healthz/x").path_known);
  EXPECT_FALSE(MatchRoute("GET", "/static").path_known);
}

TEST(AccessLog, OneJsonObjectWithoutTheQuery) {
  Request r;
  r.method = "GET";
  r.path = "/search\"\n";
  r.query = "q=13800138000";
  r.remote = "127.0.0.1";
  Response resp = Response::Html(200, "abc");
  const std::string line = AccessLog::Line("2026-12-03T00:00:00.000Z", r, resp, 1.5);
  EXPECT_EQ(line,
            "{\"t\":\"2026-12-03T00:00:00.000Z\",\"ip\":\"127.0.0.1\",\"method\":\"GET\","
            "\"path\":\"/search\\\"\\n\",\"status\":200,\"bytes\":3,\"ms\":1.50}");
}

}  // namespace
}  // namespace gongkai::web
