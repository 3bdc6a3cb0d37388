#include "web/form_data.h"

#include <gmock/gmock.h>

namespace gongkai::web {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

TEST(FormData, DecodesPairsInOrder) {
  const FormData f = FormData::Parse("q=%E5%85%AC%E5%BC%80+%E6%8C%87%E5%8D%97&page=2&tag=a&tag=b&flag");
  EXPECT_EQ(f.GetOr("q", ""), "公开 指南");
  EXPECT_EQ(f.GetOr("page", ""), "2");
  EXPECT_THAT(f.GetAll("tag"), ElementsAre("a", "b"));
  EXPECT_EQ(f.GetOr("flag", "x"), "");
  EXPECT_FALSE(f.Get("none"));
  EXPECT_THAT(FormData::Parse("&&a=1&").fields(), ElementsAre(Pair("a", "1")));
}

TEST(FormData, MalformedInputIsKeptSafely) {
  EXPECT_EQ(PercentDecode("%zz%4", true), "%zz%4");
  EXPECT_EQ(PercentDecode("100%", false), "100%");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");   // paths: '+' is a plus
  const std::string bad = PercentDecode("%ff%fe", true);  // not UTF-8
  EXPECT_NE(bad, "\xff\xfe");
  EXPECT_EQ(PercentDecode("%00", true), std::string(1, '\0'));
}

TEST(FormData, EncodeRoundTrips) {
  const std::string text = "政府信息公开 a+b&c=d/é~";
  EXPECT_EQ(PercentDecode(PercentEncode(text), false), text);
  EXPECT_EQ(PercentEncode("a b"), "a%20b");
}

}  // namespace
}  // namespace gongkai::web
