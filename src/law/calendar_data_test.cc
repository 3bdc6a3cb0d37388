#include "law/calendar_data.h"

#include <gtest/gtest.h>

#include "law/calendar.h"
#include "law/calendar_test_util.h"

namespace gongkai::law {
namespace {

using testing::D;

std::string ErrorOf(const char* json) {
  Result<std::vector<CalendarYear>> r = ParseCalendarYears(json, "x.json");
  return r.ok() ? "" : r.status().message();
}

TEST(CalendarDataTest, ParsesTheShippedFile) {
  Result<std::vector<CalendarYear>> years =
      ParseCalendarYears(testing::ShippedCalendarJson(), "cn-workdays.json");
  ASSERT_TRUE(years.ok()) << years.status().message();
  ASSERT_EQ(years->size(), 8u);
  EXPECT_EQ(years->at(5).year, 2024);
  EXPECT_EQ(years->at(5).holidays.size(), 30u);
  EXPECT_EQ(years->at(5).workdays.size(), 8u);
  EXPECT_EQ(years->at(5).notice, "国办发明电〔2023〕7号 (2023-10-25)");
}

TEST(CalendarDataTest, ErrorsNameTheBadEntry) {
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":["2025-01-01","2025-02-30"],"workdays":[]}}})"),
            "x.json的2025年的holidays第2项“2025-02-30”不是有效日期，请使用YYYY-MM-DD格式");
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":["2025/1/1"],"workdays":[]}}})"),
            "x.json的2025年的holidays第1项“2025/1/1”不是有效日期，请使用YYYY-MM-DD格式");
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":["2026-01-01"],"workdays":[]}}})"),
            "x.json：2025年的节假日2026-01-01不在2025年内（跨年的放假日期应列入其所在年份）");
  // A make-up workday must be a weekend day: 2025-01-27 is a Monday.
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":[],"workdays":["2025-01-27"]}}})"),
            "x.json：2025年的调休上班日2025-01-27是星期一，调休上班日应为星期六或星期日");
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":["2025-01-01","2025-01-01"],"workdays":[]}}})"),
            "x.json：2025年的节假日重复列出了2025-01-01");
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":["2025-01-26"],"workdays":["2025-01-26"]}}})"),
            "x.json：2025年的2025-01-26既列为节假日又列为调休上班日");
  EXPECT_EQ(ErrorOf(R"({"years":{"25":{"holidays":[],"workdays":[]}}})"),
            "x.json的years中“25”不是四位年份");
  EXPECT_EQ(ErrorOf(R"({"years":{"2025":{"holidays":[]}}})"),
            "x.json的2025年缺少“holidays”或“workdays”列表（没有调休时写空数组[]）");
  EXPECT_EQ(ErrorOf(R"({"year":{}})"), "x.json缺少“years”对象（格式见data/cn-workdays.json）");
  EXPECT_EQ(ErrorOf(R"({"years":{}})"), "x.json的years中没有任何年份");
  EXPECT_EQ(ErrorOf("{\"years\": "), "x.json不是有效的JSON（第11字节附近）");
}

TEST(CalendarDataTest, YearRoundTripsThroughJson) {
  const CalendarYear* y = testing::ShippedCalendar().Year(2025);
  ASSERT_NE(y, nullptr);
  Result<std::vector<CalendarYear>> back = ParseCalendarYears(CalendarYearToJson(*y), "t");
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ(back->at(0).holidays, y->holidays);
  EXPECT_EQ(back->at(0).workdays, y->workdays);
  EXPECT_EQ(back->at(0).notice, y->notice);
}

TEST(CalendarDataTest, ParsesAnOverlay) {
  Result<RegionalOverlay> o = ParseRegionalOverlay(
      R"({"name":"r","label":"某地","source":"某政府通知",
          "holidays":[{"date":"2025-03-31","name":"肉孜节"}],
          "workdays":[{"date":"2025-03-29","name":"调休上班"}]})",
      "r.json");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o->label, "某地");
  ASSERT_EQ(o->holidays.size(), 1u);
  EXPECT_EQ(o->holidays[0].date, D("2025-03-31"));
  EXPECT_EQ(o->holidays[0].name, "肉孜节");
  EXPECT_EQ(o->workdays[0].date, D("2025-03-29"));
}

TEST(CalendarDataTest, OverlayErrors) {
  auto err = [](const char* json) { return ParseRegionalOverlay(json, "r.json").status().message(); };
  EXPECT_EQ(err(R"({"name":"r","holidays":[]})"),
            "r.json缺少“source”：地方节假日须注明所依据的通知（文号和日期）");
  EXPECT_EQ(err(R"({"source":"s","holidays":[{"date":"2025-13-01"}]})"),
            "r.json的holidays第1项“2025-13-01”不是有效日期，请使用YYYY-MM-DD格式");
  EXPECT_EQ(err(R"({"source":"s","holidays":["2025-03-31"]})"),
            "r.json的holidays第1项应为{\"date\": \"YYYY-MM-DD\", \"name\": \"节日名称\"}");
  EXPECT_EQ(err(R"({"source":"s","holidays":[{"date":"2025-03-31"},{"date":"2025-03-31"}]})"),
            "r.json重复列出了2025-03-31");
  EXPECT_EQ(err(R"({"source":"s","holidays":[],"workdays":[{"date":"2025-03-31"}]})"),
            "r.json的调休上班日2025-03-31是星期一，调休上班日应为星期六或星期日");
}

TEST(CalendarDataTest, StrictIsoDates) {
  EXPECT_EQ(ParseIsoDate("2024-02-29"), D("2024-02-29"));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_FALSE(ParseIsoDate("2024-2-29"));
  EXPECT_FALSE(ParseIsoDate("2024-02-29 "));
  EXPECT_FALSE(ParseIsoDate("２０２４-02-29"));
}

}  // namespace
}  // namespace gongkai::law
