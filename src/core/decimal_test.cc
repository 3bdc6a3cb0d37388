#include "core/decimal.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {
namespace {

// Parses `text` and returns (units, scale) or (-1, -1) when it fails.
std::pair<int64_t, int> Parsed(const std::string& text) {
  const std::optional<Decimal> d = Decimal::Parse(text);
  if (!d) return {-1, -1};
  return {d->units(), d->scale()};
}

TEST(DecimalTest, DefaultIsZero) {
  const Decimal d;
  EXPECT_EQ(d.units(), 0);
  EXPECT_EQ(d.scale(), 0);
  EXPECT_EQ(d.ToString(), "0");
}

TEST(DecimalTest, ConstructorKeepsUnitsAndScale) {
  const Decimal d(283625, 2);
  EXPECT_EQ(d.units(), 283625);
  EXPECT_EQ(d.scale(), 2);
}

TEST(DecimalTest, ConstructorClampsScaleIntoRange) {
  EXPECT_EQ(Decimal(5, -1).scale(), 0);
  EXPECT_EQ(Decimal(5, 7).scale(), Decimal::kMaxScale);
  EXPECT_EQ(Decimal(5, 6).scale(), 6);
}

TEST(DecimalParseTest, Accepts) {
  EXPECT_EQ(Parsed("2836.25"), std::make_pair(int64_t{283625}, 2));
  EXPECT_EQ(Parsed("96171.6"), std::make_pair(int64_t{961716}, 1));
  EXPECT_EQ(Parsed("0.0001"), std::make_pair(int64_t{1}, 4));
  EXPECT_EQ(Parsed("0.05"), std::make_pair(int64_t{5}, 2));
  EXPECT_EQ(Parsed("0"), std::make_pair(int64_t{0}, 0));
  EXPECT_EQ(Parsed("42"), std::make_pair(int64_t{42}, 0));
  EXPECT_EQ(Parsed("1.50"), std::make_pair(int64_t{150}, 2));
  EXPECT_EQ(Parsed("0.000000"), std::make_pair(int64_t{0}, 6));
  EXPECT_EQ(Parsed("1.234567"), std::make_pair(int64_t{1234567}, 6));
}

TEST(DecimalParseTest, FullWidthForms) {
  EXPECT_EQ(Parsed("１２.５"), std::make_pair(int64_t{125}, 1));
  EXPECT_EQ(Parsed("１２．５"), std::make_pair(int64_t{125}, 1));
  EXPECT_EQ(Parsed("１，２３４．５"), std::make_pair(int64_t{12345}, 1));
}

TEST(DecimalParseTest, ThousandsSeparators) {
  EXPECT_EQ(Parsed("1,234.5"), std::make_pair(int64_t{12345}, 1));
  EXPECT_EQ(Parsed("1,234,567"), std::make_pair(int64_t{1234567}, 0));
}

TEST(DecimalParseTest, SurroundingWhiteSpace) {
  EXPECT_EQ(Parsed("  2836.25 "), std::make_pair(int64_t{283625}, 2));
  EXPECT_EQ(Parsed("\xE3\x80\x80" "12.5" "\xC2\xA0"), std::make_pair(int64_t{125}, 1));
  EXPECT_EQ(Parsed("\t7\n"), std::make_pair(int64_t{7}, 0));
}

TEST(DecimalParseTest, Rejects) {
  const std::vector<std::string> bad = {
      "",
      "  ",
      "1.2.3",
      ".5",
      "5.",
      "1.2345678",  // 7 decimals
      "0.0000001",
      "-1.5",
      "+1.5",
      "1e3",
      "1.5e2",
      "1,,2",
      "12,",
      ",12",
      "1,.5",  // separator right before the point
      "1.5,0",  // separator after the point
      "1. 5",
      "1 234.5",
      "12.5万",
      "abc",
      "1.2\xFF",
      "－1",
  };
  for (const std::string& s : bad) {
    EXPECT_EQ(Decimal::Parse(s), std::nullopt) << s;
  }
}

TEST(DecimalParseTest, Overflow) {
  EXPECT_EQ(Parsed("9223372036854775807"), std::make_pair(INT64_MAX, 0));
  EXPECT_EQ(Parsed("9223372036854.775807"), std::make_pair(INT64_MAX, 6));
  EXPECT_EQ(Decimal::Parse("9223372036854775808"), std::nullopt);
  EXPECT_EQ(Decimal::Parse("9223372036854.775808"), std::nullopt);
  EXPECT_EQ(Decimal::Parse("92233720368547758070"), std::nullopt);
  EXPECT_EQ(Decimal::Parse("99999999999999999999.5"), std::nullopt);
}

TEST(DecimalToStringTest, KeepsWrittenScale) {
  const std::vector<std::string> texts = {"0.05", "2836.25", "96171.6", "0.0001", "1.50",
                                          "0",    "100",     "0.000000", "10.000001",
                                          "9223372036854.775807"};
  for (const std::string& t : texts) {
    const std::optional<Decimal> d = Decimal::Parse(t);
    ASSERT_TRUE(d.has_value()) << t;
    EXPECT_EQ(d->ToString(), t);
  }
}

TEST(DecimalToStringTest, DropsSeparatorsAndFoldsWidth) {
  EXPECT_EQ(Decimal::Parse("1,234.50")->ToString(), "1234.50");
  EXPECT_EQ(Decimal::Parse("１２．５")->ToString(), "12.5");
  EXPECT_EQ(Decimal::Parse(" 007.10 ")->ToString(), "7.10");
}

TEST(DecimalToStringTest, FromUnitsAndScale) {
  EXPECT_EQ(Decimal(5, 2).ToString(), "0.05");
  EXPECT_EQ(Decimal(0, 2).ToString(), "0.00");
  EXPECT_EQ(Decimal(100, 2).ToString(), "1.00");
  EXPECT_EQ(Decimal(123, 2).ToString(), "1.23");
  EXPECT_EQ(Decimal(12, 2).ToString(), "0.12");
  EXPECT_EQ(Decimal(1, 6).ToString(), "0.000001");
  EXPECT_EQ(Decimal(1234567, 6).ToString(), "1.234567");
  EXPECT_EQ(Decimal(283625, 2).ToString(), "2836.25");
  EXPECT_EQ(Decimal(7, 0).ToString(), "7");
  EXPECT_EQ(Decimal(INT64_MAX, 0).ToString(), "9223372036854775807");
}

TEST(DecimalCompareTest, EqualityAcrossScales) {
  EXPECT_EQ(Decimal(150, 2), Decimal(15, 1));
  EXPECT_EQ(*Decimal::Parse("1.50"), *Decimal::Parse("1.5"));
  EXPECT_EQ(*Decimal::Parse("2"), *Decimal::Parse("2.000000"));
  EXPECT_EQ(Decimal(0, 0), Decimal(0, 6));
  EXPECT_TRUE(Decimal(15, 1) == Decimal(150, 2));
}

TEST(DecimalCompareTest, Inequality) {
  EXPECT_FALSE(Decimal(1, 0) == Decimal(1, 1));
  EXPECT_FALSE(Decimal(151, 2) == Decimal(15, 1));
  EXPECT_NE(*Decimal::Parse("0.05"), *Decimal::Parse("0.5"));
  // Rescaling the larger value would overflow: they are simply different.
  EXPECT_FALSE(Decimal(INT64_MAX, 0) == Decimal(1, 1));
  EXPECT_FALSE(Decimal(1, 1) == Decimal(INT64_MAX, 0));
  EXPECT_TRUE(Decimal(INT64_MAX, 0) == Decimal(INT64_MAX, 0));
  EXPECT_TRUE(Decimal(INT64_MAX, 6) == Decimal(INT64_MAX, 6));
}

TEST(DecimalCompareTest, Ordering) {
  EXPECT_TRUE(Decimal(15, 1) < Decimal(151, 2));   // 1.5 < 1.51
  EXPECT_FALSE(Decimal(151, 2) < Decimal(15, 1));
  EXPECT_TRUE(Decimal(5, 2) < Decimal(5, 1));      // 0.05 < 0.5
  EXPECT_TRUE(Decimal(9, 0) < Decimal(100, 1));    // 9 < 10.0
  EXPECT_FALSE(Decimal(150, 2) < Decimal(15, 1));  // equal is not less
  EXPECT_FALSE(Decimal(15, 1) < Decimal(150, 2));
  EXPECT_FALSE(Decimal(0, 0) < Decimal(0, 0));
  EXPECT_TRUE(*Decimal::Parse("2836.25") < *Decimal::Parse("96171.6"));
  EXPECT_FALSE(*Decimal::Parse("96171.6") < *Decimal::Parse("2836.25"));
}

TEST(DecimalCompareTest, OrderingWhenRescaleOverflows) {
  const Decimal huge(INT64_MAX, 0);  // 9223372036854775807
  const Decimal small(15, 1);        // 1.5
  EXPECT_TRUE(small < huge);
  EXPECT_FALSE(huge < small);
  // Same integer part, rescaling `a` to two decimals overflows:
  // a = 92233720368547758.1, b = 92233720368547758.07, so b < a.
  const Decimal a(922337203685477581, 1);
  const Decimal b(INT64_MAX, 2);
  EXPECT_TRUE(b < a);
  EXPECT_FALSE(a < b);
  EXPECT_FALSE(a == b);
  // Equal values where the other side overflows are never both less.
  const Decimal c(922337203685477580, 1);  // 92233720368547758.0 < b
  EXPECT_TRUE(c < b);
  EXPECT_FALSE(b < c);
}

TEST(DecimalCompareTest, StrictWeakOrderOnSamples) {
  const std::vector<Decimal> v = {Decimal(0, 0),    Decimal(1, 6),   Decimal(5, 2),
                                  Decimal(5, 1),    Decimal(50, 2),  Decimal(1, 0),
                                  Decimal(150, 2),  Decimal(15, 1),  Decimal(151, 2),
                                  Decimal(283625, 2), Decimal(961716, 1)};
  for (const Decimal& x : v) {
    for (const Decimal& y : v) {
      const bool lt = x < y;
      const bool gt = y < x;
      const bool eq = x == y;
      EXPECT_EQ(static_cast<int>(lt) + static_cast<int>(gt) + static_cast<int>(eq), 1)
          << x.ToString() << " vs " << y.ToString();
    }
  }
}

TEST(DecimalUnitsAtTest, Rescales) {
  const Decimal d(15, 1);  // 1.5
  EXPECT_EQ(d.UnitsAt(1), 15);
  EXPECT_EQ(d.UnitsAt(2), 150);
  EXPECT_EQ(d.UnitsAt(6), 1500000);
  EXPECT_EQ(Decimal(150, 2).UnitsAt(1), 15);
  EXPECT_EQ(Decimal(1500, 3).UnitsAt(1), 15);
  EXPECT_EQ(Decimal(1500, 3).UnitsAt(0), std::nullopt);  // 1.5 has no integer form
  EXPECT_EQ(Decimal(2000, 3).UnitsAt(0), 2);
  EXPECT_EQ(Decimal(0, 6).UnitsAt(0), 0);
}

TEST(DecimalUnitsAtTest, LosingDigitsFails) {
  EXPECT_EQ(Decimal(15, 1).UnitsAt(0), std::nullopt);
  EXPECT_EQ(Decimal(283625, 2).UnitsAt(1), std::nullopt);
  EXPECT_EQ(Decimal(1, 6).UnitsAt(5), std::nullopt);
}

TEST(DecimalUnitsAtTest, OverflowFails) {
  EXPECT_EQ(Decimal(INT64_MAX, 0).UnitsAt(0), INT64_MAX);
  EXPECT_EQ(Decimal(INT64_MAX, 0).UnitsAt(1), std::nullopt);
  EXPECT_EQ(Decimal(INT64_MAX / 10, 0).UnitsAt(1), INT64_MAX / 10 * 10);
  EXPECT_EQ(Decimal(INT64_MAX / 10 + 1, 0).UnitsAt(1), std::nullopt);
  EXPECT_EQ(Decimal(INT64_MAX / 1000000 + 1, 0).UnitsAt(6), std::nullopt);
}

TEST(DecimalUnitsAtTest, ScaleOutOfRangeFails) {
  EXPECT_EQ(Decimal(15, 1).UnitsAt(-1), std::nullopt);
  EXPECT_EQ(Decimal(15, 1).UnitsAt(7), std::nullopt);
}

}  // namespace
}  // namespace gongkai
