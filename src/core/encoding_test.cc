#include "core/encoding.h"

#include <gtest/gtest.h>

namespace gongkai::encoding {
namespace {

TEST(Encoding, Utf8PassesWithoutItsBom) {
  const Decoded d = ToUtf8("\xEF\xBB\xBF公开");
  EXPECT_EQ(d.text, "公开");
  EXPECT_FALSE(d.converted);
  EXPECT_FALSE(d.replaced);
}

TEST(Encoding, GbkBytesAreConverted) {
  // "公开" in GBK is B9 AB BF AA.
  const Decoded d = ToUtf8("\xB9\xAB\xBF\xAA,1");
  EXPECT_EQ(d.text, "公开,1");
  EXPECT_TRUE(d.converted);
}

TEST(Encoding, NeitherIsReplaced) {
  const Decoded d = ToUtf8("a\xFF\xFF");
  EXPECT_TRUE(d.replaced);
  EXPECT_EQ(d.text.substr(0, 1), "a");
}

}  // namespace
}  // namespace gongkai::encoding
