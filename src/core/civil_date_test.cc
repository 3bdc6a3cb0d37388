#include "core/civil_date.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace gongkai {
namespace {

std::string Show(const std::optional<CivilDate>& d) { return d ? d->ToString() : "nullopt"; }

TEST(CivilDateTest, DefaultIsEpoch) {
  const CivilDate d;
  EXPECT_EQ(d.year, 1970);
  EXPECT_EQ(d.month, 1);
  EXPECT_EQ(d.day, 1);
  EXPECT_EQ(d.ToDays(), 0);
  EXPECT_EQ(d.ToString(), "1970-01-01");
}

TEST(CivilDateParseTest, IsoForm) {
  EXPECT_EQ(Show(CivilDate::Parse("2024-09-29")), "2024-09-29");
  EXPECT_EQ(Show(CivilDate::Parse("2024-1-5")), "2024-01-05");
  EXPECT_EQ(Show(CivilDate::Parse("1900-01-01")), "1900-01-01");
  EXPECT_EQ(Show(CivilDate::Parse("2100-12-31")), "2100-12-31");
  const std::optional<CivilDate> d = CivilDate::Parse("2024-02-29");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2024);
  EXPECT_EQ(d->month, 2);
  EXPECT_EQ(d->day, 29);
}

TEST(CivilDateParseTest, SlashForm) {
  EXPECT_EQ(Show(CivilDate::Parse("2024/9/29")), "2024-09-29");
  EXPECT_EQ(Show(CivilDate::Parse("2024/09/29")), "2024-09-29");
  EXPECT_EQ(Show(CivilDate::Parse("2025/1/1")), "2025-01-01");
}

TEST(CivilDateParseTest, ChineseForm) {
  EXPECT_EQ(Show(CivilDate::Parse("2024年2月29日")), "2024-02-29");
  EXPECT_EQ(Show(CivilDate::Parse("2025年1月1日")), "2025-01-01");
  EXPECT_EQ(Show(CivilDate::Parse("2024年12月31日")), "2024-12-31");
  EXPECT_EQ(Show(CivilDate::Parse("２０２４年１月２０日")), "2024-01-20");  // full-width digits
}

TEST(CivilDateParseTest, SurroundingWhiteSpace) {
  EXPECT_EQ(Show(CivilDate::Parse("  2024-09-29 ")), "2024-09-29");
  EXPECT_EQ(Show(CivilDate::Parse("\xE3\x80\x80" "2024年9月29日" "\xE3\x80\x80")), "2024-09-29");
}

TEST(CivilDateParseTest, RejectsInvalidDays) {
  const std::vector<std::string> bad = {
      "2023-02-29",  // not a leap year
      "1900-02-29",  // century, not a leap year
      "2024-02-30",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "2024-01-00",
      "2024-01-32",
      "0000-01-01",
      "2023年2月29日",
  };
  for (const std::string& s : bad) {
    EXPECT_EQ(CivilDate::Parse(s), std::nullopt) << s;
  }
}

TEST(CivilDateParseTest, AcceptsLeapDays) {
  EXPECT_EQ(Show(CivilDate::Parse("2000-02-29")), "2000-02-29");  // divisible by 400
  EXPECT_EQ(Show(CivilDate::Parse("2024-02-29")), "2024-02-29");
}

TEST(CivilDateParseTest, RejectsMalformedText) {
  const std::vector<std::string> bad = {
      "",
      "   ",
      "2024-09-29x",
      "2024-09-29 10:00",
      "x2024-09-29",
      "2024-09-29日x",
      "2024年9月29日止",
      "2024年9月",
      "2024-09",
      "2024",
      "24-09-29",     // two-digit year
      "20240-09-29",  // five-digit year
      "2024-009-29",
      "2024-09-029",
      "2024--09-29",
      "2024-09-29-",
      "-2024-09-29",
      "2024-09-",
      "2024 09 29",
      "二〇二四年九月二十九日",
      "2024-09-29\xFF",
  };
  for (const std::string& s : bad) {
    EXPECT_EQ(CivilDate::Parse(s), std::nullopt) << s;
  }
}

TEST(CivilDateValidTest, IsValid) {
  EXPECT_TRUE(CivilDate::IsValid(2024, 2, 29));
  EXPECT_FALSE(CivilDate::IsValid(2023, 2, 29));
  EXPECT_TRUE(CivilDate::IsValid(2000, 2, 29));
  EXPECT_FALSE(CivilDate::IsValid(2100, 2, 29));
  EXPECT_TRUE(CivilDate::IsValid(2023, 2, 28));
  EXPECT_TRUE(CivilDate::IsValid(2024, 1, 31));
  EXPECT_TRUE(CivilDate::IsValid(2024, 3, 31));
  EXPECT_FALSE(CivilDate::IsValid(2024, 4, 31));
  EXPECT_FALSE(CivilDate::IsValid(2024, 6, 31));
  EXPECT_FALSE(CivilDate::IsValid(2024, 9, 31));
  EXPECT_FALSE(CivilDate::IsValid(2024, 11, 31));
  EXPECT_TRUE(CivilDate::IsValid(2024, 12, 31));
  EXPECT_FALSE(CivilDate::IsValid(2024, 0, 1));
  EXPECT_FALSE(CivilDate::IsValid(2024, 13, 1));
  EXPECT_FALSE(CivilDate::IsValid(2024, 1, 0));
  EXPECT_FALSE(CivilDate::IsValid(2024, -1, 1));
  EXPECT_FALSE(CivilDate::IsValid(0, 1, 1));
  EXPECT_TRUE(CivilDate::IsValid(1, 1, 1));
  EXPECT_TRUE(CivilDate::IsValid(9999, 12, 31));
  EXPECT_FALSE(CivilDate::IsValid(10000, 1, 1));
}

TEST(CivilDateDaysTest, KnownValues) {
  EXPECT_EQ((CivilDate{1970, 1, 1}).ToDays(), 0);
  EXPECT_EQ((CivilDate{1970, 1, 2}).ToDays(), 1);
  EXPECT_EQ((CivilDate{1969, 12, 31}).ToDays(), -1);
  EXPECT_EQ((CivilDate{2000, 1, 1}).ToDays(), 10957);
  EXPECT_EQ((CivilDate{2000, 3, 1}).ToDays(), 11017);
  EXPECT_EQ((CivilDate{1900, 1, 1}).ToDays(), -25567);
  EXPECT_EQ((CivilDate{2024, 9, 29}).ToDays(), 19995);
  EXPECT_EQ((CivilDate{2100, 12, 31}).ToDays(), 47846);
  EXPECT_EQ((CivilDate{1, 1, 1}).ToDays(), -719162);
  EXPECT_EQ((CivilDate{9999, 12, 31}).ToDays(), 2932896);
}

TEST(CivilDateDaysTest, FromDaysKnownValues) {
  EXPECT_EQ(CivilDate::FromDays(0), (CivilDate{1970, 1, 1}));
  EXPECT_EQ(CivilDate::FromDays(-1), (CivilDate{1969, 12, 31}));
  EXPECT_EQ(CivilDate::FromDays(11016), (CivilDate{2000, 2, 29}));
  EXPECT_EQ(CivilDate::FromDays(-719162), (CivilDate{1, 1, 1}));
  EXPECT_EQ(CivilDate::FromDays(2932896), (CivilDate{9999, 12, 31}));
}

TEST(CivilDateDaysTest, RoundTripEveryDay1900To2100) {
  const int64_t first = CivilDate{1900, 1, 1}.ToDays();
  const int64_t last = CivilDate{2100, 12, 31}.ToDays();
  CivilDate expected{1900, 1, 1};
  int count = 0;
  for (int64_t n = first; n <= last; ++n) {
    const CivilDate d = CivilDate::FromDays(n);
    ASSERT_EQ(d, expected) << n << " gave " << d.ToString();
    ASSERT_TRUE(CivilDate::IsValid(d.year, d.month, d.day)) << d.ToString();
    ASSERT_EQ(d.ToDays(), n) << d.ToString();
    const std::optional<CivilDate> parsed = CivilDate::Parse(d.ToString());
    ASSERT_TRUE(parsed.has_value()) << d.ToString();
    ASSERT_EQ(*parsed, d);
    // Step `expected` forward by one calendar day independently.
    if (CivilDate::IsValid(expected.year, expected.month, expected.day + 1)) {
      ++expected.day;
    } else if (expected.month < 12) {
      ++expected.month;
      expected.day = 1;
    } else {
      ++expected.year;
      expected.month = 1;
      expected.day = 1;
    }
    ++count;
  }
  // 201 years, 49 leap years (1900 and 2100 are not leap years).
  EXPECT_EQ(count, 201 * 365 + 49);
  EXPECT_EQ(expected, (CivilDate{2101, 1, 1}));
}

TEST(CivilDateWeekdayTest, KnownWeekdays) {
  EXPECT_EQ((CivilDate{2024, 9, 29}).Weekday(), 7);  // Sunday
  EXPECT_EQ((CivilDate{2025, 1, 1}).Weekday(), 3);   // Wednesday
  EXPECT_EQ((CivilDate{1970, 1, 1}).Weekday(), 4);   // Thursday
  EXPECT_EQ((CivilDate{1969, 12, 31}).Weekday(), 3);  // Wednesday, before the epoch
  EXPECT_EQ((CivilDate{1969, 12, 29}).Weekday(), 1);  // Monday
  EXPECT_EQ((CivilDate{1900, 1, 1}).Weekday(), 1);   // Monday
  EXPECT_EQ((CivilDate{2000, 1, 1}).Weekday(), 6);   // Saturday
  EXPECT_EQ((CivilDate{2024, 2, 29}).Weekday(), 4);  // Thursday
  EXPECT_EQ((CivilDate{2024, 10, 1}).Weekday(), 2);  // Tuesday
}

TEST(CivilDateWeekdayTest, AdvancesByOneEachDay) {
  int expected = CivilDate{1900, 1, 1}.Weekday();
  for (int64_t n = CivilDate{1900, 1, 1}.ToDays(); n <= CivilDate{2100, 12, 31}.ToDays(); ++n) {
    const int w = CivilDate::FromDays(n).Weekday();
    ASSERT_EQ(w, expected) << n;
    ASSERT_GE(w, 1);
    ASSERT_LE(w, 7);
    expected = expected == 7 ? 1 : expected + 1;
  }
}

TEST(CivilDateToStringTest, PadsFields) {
  EXPECT_EQ((CivilDate{2024, 1, 5}).ToString(), "2024-01-05");
  EXPECT_EQ((CivilDate{2024, 12, 31}).ToString(), "2024-12-31");
  EXPECT_EQ((CivilDate{1, 1, 1}).ToString(), "0001-01-01");
}

TEST(CivilDateCompareTest, Ordering) {
  const CivilDate a{2024, 9, 29};
  const CivilDate b{2024, 9, 30};
  const CivilDate c{2024, 10, 1};
  const CivilDate d{2025, 1, 1};
  EXPECT_TRUE(a < b);
  EXPECT_TRUE(b < c);
  EXPECT_TRUE(c < d);
  EXPECT_TRUE(a < d);
  EXPECT_FALSE(b < a);
  EXPECT_TRUE(d > a);
  EXPECT_TRUE(a <= a);
  EXPECT_TRUE(a >= a);
  EXPECT_TRUE(a == (CivilDate{2024, 9, 29}));
  EXPECT_TRUE(a != b);
  // Month outranks day, year outranks month.
  EXPECT_TRUE((CivilDate{2024, 1, 31}) < (CivilDate{2024, 2, 1}));
  EXPECT_TRUE((CivilDate{2023, 12, 31}) < (CivilDate{2024, 1, 1}));
  // Ordering agrees with the day count.
  EXPECT_EQ(a < c, a.ToDays() < c.ToDays());
  EXPECT_EQ((a <=> c), std::strong_ordering::less);
  EXPECT_EQ((c <=> a), std::strong_ordering::greater);
  EXPECT_EQ((a <=> a), std::strong_ordering::equal);
}

TEST(CivilDateCompareTest, ParsedFormsCompareEqual) {
  const auto x = CivilDate::Parse("2024-02-29");
  const auto y = CivilDate::Parse("2024/2/29");
  const auto z = CivilDate::Parse("2024年2月29日");
  ASSERT_TRUE(x && y && z);
  EXPECT_EQ(*x, *y);
  EXPECT_EQ(*y, *z);
}

}  // namespace
}  // namespace gongkai
