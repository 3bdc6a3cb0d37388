#include "web/static_files.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(StaticFiles, OnlyPlainRelativeNames) {
  EXPECT_TRUE(StaticFiles::SafeName("css/portal.css"));
  EXPECT_TRUE(StaticFiles::SafeName("chart.umd.min.js"));
  for (const char* bad : {"", "/etc/passwd", "../x", "css/../../x", "css//x", ".env", "css/.x",
                          "a\\b", "a b", "a%2e", "css/", "\xe5\x85\xac.css"}) {
    EXPECT_FALSE(StaticFiles::SafeName(bad)) << bad;
  }
  EXPECT_EQ(StaticFiles::ContentType("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(StaticFiles::ContentType("a.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace gongkai::web
