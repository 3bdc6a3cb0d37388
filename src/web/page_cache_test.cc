#include "web/page_cache.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

Request Get(const std::string& target, const std::string& method = "GET") {
  Request r;
  r.method = method;
  r.target = target;
  r.path = target.substr(0, target.find('?'));
  return r;
}

Response Page(std::string body) { return Response::Html(200, std::move(body)); }

TEST(PageCache, KeepsAPublicPageForItsAgeOnly) {
  PageCache cache({5, size_t{1} << 20, 4096});
  const std::string key = *cache.KeyOf(Get("/xxgk/?page=2"), false);
  EXPECT_FALSE(cache.Get(key, 100));
  cache.Put(key, Page("<p>目录</p>"), 100);
  ASSERT_TRUE(cache.Get(key, 104));
  EXPECT_EQ(cache.Get(key, 104)->body, "<p>目录</p>");
  EXPECT_FALSE(cache.Get(key, 105));  // 5 s old: rendered again
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PageCache, KeysByTargetMethodAndGzip) {
  PageCache cache;
  EXPECT_EQ(*cache.KeyOf(Get("/a"), false), *cache.KeyOf(Get("/a", "HEAD"), false));
  EXPECT_NE(*cache.KeyOf(Get("/a"), false), *cache.KeyOf(Get("/a"), true));
  EXPECT_NE(*cache.KeyOf(Get("/a?q=1"), false), *cache.KeyOf(Get("/a?q=2"), false));
  EXPECT_FALSE(cache.KeyOf(Get("/ysqgk/apply", "POST"), false));
  PageCache off({0});
  EXPECT_FALSE(off.KeyOf(Get("/a"), false));
}

TEST(PageCache, NeverKeepsAVisitorsOwnPage) {
  PageCache cache;
  Response form = Page("<form>token</form>");
  form.headers.Set("Cache-Control", "no-store");
  EXPECT_FALSE(cache.Cacheable(form));
  Response cookie = Page("<p>x</p>");
  cookie.headers.Set("Set-Cookie", "gk_v=abc");
  EXPECT_FALSE(cache.Cacheable(cookie));
  Response priv = Page("<p>x</p>");
  priv.headers.Set("Cache-Control", "private, max-age=0");
  EXPECT_FALSE(cache.Cacheable(priv));
  EXPECT_FALSE(cache.Cacheable(Response::Html(404, "<p>不存在</p>")));
  EXPECT_FALSE(cache.Cacheable(Response::Redirect(301, "/xxgk/")));
  EXPECT_TRUE(cache.Cacheable(Page("<p>x</p>")));
  const std::string key = *cache.KeyOf(Get("/ysqgk/apply"), false);
  cache.Put(key, form, 1);
  EXPECT_FALSE(cache.Get(key, 1));
}

TEST(PageCache, MemoryIsBoundedLeastRecentlyUsedFirst) {
  // 16 shards of 64 KiB; pages of ~8 KiB: a shard holds a handful.
  PageCache cache({60, size_t{1} << 20, size_t{16} << 10});
  const std::string body(8000, 'x');
  for (int i = 0; i < 2000; ++i) {
    const std::string key = *cache.KeyOf(Get("/search?q=" + std::to_string(i)), false);
    cache.Put(key, Page(body), 1);
    EXPECT_LE(cache.bytes(), size_t{1} << 20);
  }
  EXPECT_GT(cache.bytes(), size_t{512} << 10);
  const std::string newest = *cache.KeyOf(Get("/search?q=1999"), false);
  EXPECT_TRUE(cache.Get(newest, 2));
  EXPECT_FALSE(cache.Get(*cache.KeyOf(Get("/search?q=0"), false), 2));
  // Too big for an entry: not kept.
  const std::string big = *cache.KeyOf(Get("/big"), false);
  cache.Put(big, Page(std::string(20000, 'y')), 1);
  EXPECT_FALSE(cache.Get(big, 1));
}

}  // namespace
}  // namespace gongkai::web
