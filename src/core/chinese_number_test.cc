#include "core/chinese_number.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {
namespace {

TEST(ParseChineseNumeralTest, SingleDigits) {
  EXPECT_EQ(ParseChineseNumeral("一"), 1);
  EXPECT_EQ(ParseChineseNumeral("二"), 2);
  EXPECT_EQ(ParseChineseNumeral("三"), 3);
  EXPECT_EQ(ParseChineseNumeral("四"), 4);
  EXPECT_EQ(ParseChineseNumeral("五"), 5);
  EXPECT_EQ(ParseChineseNumeral("六"), 6);
  EXPECT_EQ(ParseChineseNumeral("七"), 7);
  EXPECT_EQ(ParseChineseNumeral("八"), 8);
  EXPECT_EQ(ParseChineseNumeral("九"), 9);
}

TEST(ParseChineseNumeralTest, TenForms) {
  EXPECT_EQ(ParseChineseNumeral("十"), 10);
  EXPECT_EQ(ParseChineseNumeral("十一"), 11);
  EXPECT_EQ(ParseChineseNumeral("十二"), 12);
  EXPECT_EQ(ParseChineseNumeral("十九"), 19);
  EXPECT_EQ(ParseChineseNumeral("二十"), 20);
  EXPECT_EQ(ParseChineseNumeral("二十一"), 21);
  EXPECT_EQ(ParseChineseNumeral("三十五"), 35);
  EXPECT_EQ(ParseChineseNumeral("九十"), 90);
  EXPECT_EQ(ParseChineseNumeral("九十九"), 99);
  EXPECT_EQ(ParseChineseNumeral("一十"), 10);
  EXPECT_EQ(ParseChineseNumeral("一十五"), 15);
}

TEST(ParseChineseNumeralTest, Liang) {
  EXPECT_EQ(ParseChineseNumeral("两"), 2);
}

TEST(ParseChineseNumeralTest, U32Overload) {
  EXPECT_EQ(ParseChineseNumeral(std::u32string_view(U"二十一")), 21);
  EXPECT_EQ(ParseChineseNumeral(std::u32string_view(U"十")), 10);
  EXPECT_EQ(ParseChineseNumeral(std::u32string_view(U"")), std::nullopt);
  EXPECT_EQ(ParseChineseNumeral(std::u32string_view(U"十十")), std::nullopt);
}

TEST(ParseChineseNumeralTest, RejectsInvalidForms) {
  const std::vector<std::string> bad = {
      "",        // empty
      "十十",    // repeated ten
      "一百",    // hundreds are out of range
      "百",
      "一二",    // digit sequences are not numerals here
      "二十二十",
      "十一一",
      "一十一一",
      "二二十",  // two tens digits
      "十二十",
      "二十十",
      "二十零",  // zero units
      "十〇",
      "零十",    // zero tens
      "〇十",
      "1",       // Arabic digits are for ParseCount
      "１",
      "十a",
      " 十",     // no trimming
      "十 ",
      "（一）",  // brackets are the caller's business
      "壹",      // financial numerals are not supported
      "廿",
      "\xFF",
  };
  for (const std::string& s : bad) {
    EXPECT_EQ(ParseChineseNumeral(s), std::nullopt) << s;
  }
}

TEST(ParseChineseNumeralTest, ZeroAloneIsOutOfRange) {
  // The range is 一 … 九十九; 〇/零 alone is not a section number.
  EXPECT_EQ(ParseChineseNumeral("〇"), std::nullopt);
  EXPECT_EQ(ParseChineseNumeral("零"), std::nullopt);
}

TEST(ChineseNumeralTest, KnownValues) {
  EXPECT_EQ(ChineseNumeral(1), "一");
  EXPECT_EQ(ChineseNumeral(2), "二");
  EXPECT_EQ(ChineseNumeral(9), "九");
  EXPECT_EQ(ChineseNumeral(10), "十");
  EXPECT_EQ(ChineseNumeral(11), "十一");
  EXPECT_EQ(ChineseNumeral(12), "十二");
  EXPECT_EQ(ChineseNumeral(20), "二十");
  EXPECT_EQ(ChineseNumeral(21), "二十一");
  EXPECT_EQ(ChineseNumeral(50), "五十");
  EXPECT_EQ(ChineseNumeral(99), "九十九");
}

TEST(ChineseNumeralTest, OutOfRangeFallsBackToArabic) {
  EXPECT_EQ(ChineseNumeral(0), "0");
  EXPECT_EQ(ChineseNumeral(100), "100");
  EXPECT_EQ(ChineseNumeral(-3), "-3");
}

TEST(ChineseNumeralTest, RoundTripOneToNinetyNine) {
  for (int n = 1; n <= 99; ++n) {
    const std::string text = ChineseNumeral(n);
    EXPECT_EQ(ParseChineseNumeral(text), n) << text;
  }
}

TEST(ChineseNumeralTest, OutputsAreDistinct) {
  std::vector<std::string> seen;
  for (int n = 1; n <= 99; ++n) {
    const std::string text = ChineseNumeral(n);
    for (const std::string& s : seen) ASSERT_NE(s, text) << n;
    seen.push_back(text);
  }
}

TEST(ParseCountTest, AsciiDigits) {
  EXPECT_EQ(ParseCount("0"), 0);
  EXPECT_EQ(ParseCount("7"), 7);
  EXPECT_EQ(ParseCount("3119"), 3119);
  EXPECT_EQ(ParseCount("007"), 7);
}

TEST(ParseCountTest, FullWidthDigits) {
  EXPECT_EQ(ParseCount("０"), 0);
  EXPECT_EQ(ParseCount("３１１９"), 3119);
  EXPECT_EQ(ParseCount("１2３"), 123);  // mixed widths
}

TEST(ParseCountTest, ThousandsSeparators) {
  EXPECT_EQ(ParseCount("3,119"), 3119);
  EXPECT_EQ(ParseCount("３，１１９"), 3119);
  EXPECT_EQ(ParseCount("1,234,567"), 1234567);
  EXPECT_EQ(ParseCount("1，234,567"), 1234567);
  EXPECT_EQ(ParseCount("3\xE2\x80\x89" "119"), 3119);  // U+2009 thin space
  EXPECT_EQ(ParseCount("3\xE2\x80\xAF" "119"), 3119);  // U+202F narrow no-break space
}

TEST(ParseCountTest, SurroundingSpaces) {
  EXPECT_EQ(ParseCount("  42  "), 42);
  EXPECT_EQ(ParseCount("\t42\n"), 42);
  EXPECT_EQ(ParseCount("\xE3\x80\x80" "42" "\xE3\x80\x80"), 42);  // U+3000
  EXPECT_EQ(ParseCount("\xC2\xA0" "3,119" "\xC2\xA0"), 3119);      // NBSP
}

TEST(ParseCountTest, Rejects) {
  const std::vector<std::string> bad = {
      "",
      "   ",
      "\xE3\x80\x80",
      "1,,2",
      "12,",
      ",12",
      "１２，",
      "-3",
      "+3",
      "1.5",
      "1e3",
      "3 119",           // ASCII space is not a separator
      "3\xC2\xA0" "119",  // nor is NBSP
      "3,\xE2\x80\x89" "119",  // two separators in a row
      "12a",
      "a12",
      "一",
      "0x10",
      "3119\xFF",
      "－3",             // full-width minus sign
  };
  for (const std::string& s : bad) {
    EXPECT_EQ(ParseCount(s), std::nullopt) << s;
  }
}

TEST(ParseCountTest, Int64Limits) {
  EXPECT_EQ(ParseCount("9223372036854775807"), INT64_MAX);
  EXPECT_EQ(ParseCount("9,223,372,036,854,775,807"), INT64_MAX);
  EXPECT_EQ(ParseCount("9223372036854775808"), std::nullopt);
  EXPECT_EQ(ParseCount("9223372036854775810"), std::nullopt);
  EXPECT_EQ(ParseCount("18446744073709551616"), std::nullopt);
  EXPECT_EQ(ParseCount("99999999999999999999999999"), std::nullopt);
  EXPECT_EQ(ParseCount("0000000000000000000000000001"), 1);  // leading zeros do not overflow
}

}  // namespace
}  // namespace gongkai
