#include "law/provisional_year.h"

#include <gtest/gtest.h>

#include "law/calendar.h"
#include "law/calendar_test_util.h"

namespace gongkai::law {
namespace {

using testing::D;
using testing::ShippedCalendar;

// A calendar that knows 2024 only, so that 2025 and 2026 are "unannounced"
// whatever the shipped data holds by then.
WorkdayCalendar Only2024() {
  Result<WorkdayCalendar> c = WorkdayCalendar::FromYears({*ShippedCalendar().Year(2024)});
  EXPECT_TRUE(c.ok());
  return std::move(c).value();
}

TEST(ProvisionalYearTest, HoldsTheFixedDateHolidaysOnly) {
  const CalendarYear y = ProvisionalCalendarYear(2031);
  EXPECT_EQ(y.year, 2031);
  ASSERT_EQ(y.holidays.size(), 6u);
  EXPECT_EQ(y.holidays.front(), D("2031-01-01"));
  EXPECT_EQ(y.holidays.back(), D("2031-10-03"));
  EXPECT_TRUE(y.workdays.empty());
  EXPECT_TRUE(std::is_sorted(y.holidays.begin(), y.holidays.end()));
}

TEST(ProvisionalYearTest, OffByDefaultAMissingYearIsRefused) {
  const WorkdayCalendar cal = Only2024();
  EXPECT_EQ(cal.IsWorkingDay(D("2025-01-06")).status().code(), StatusCode::kUnsupported);
  EXPECT_FALSE(cal.IsProvisionalYear(2025));
}

TEST(ProvisionalYearTest, EnabledTheNextYearsAreCountedAndFlagged) {
  WorkdayCalendar cal = Only2024();
  cal.EnableProvisionalYears(2);
  EXPECT_TRUE(cal.IsProvisionalYear(2025));
  EXPECT_TRUE(cal.IsProvisionalYear(2026));
  EXPECT_FALSE(cal.IsProvisionalYear(2027));
  EXPECT_EQ(cal.IsWorkingDay(D("2027-03-01")).status().code(), StatusCode::kUnsupported);
  // Announced years only.
  EXPECT_EQ(cal.Years(), std::vector<int>{2024});
  EXPECT_FALSE(cal.HasYear(2025));

  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-01-01")));  // 元旦, a Wednesday
  EXPECT_TRUE(*cal.IsWorkingDay(D("2025-01-02")));
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-10-03")));  // 国庆节
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-01-04")));  // a Saturday
  // 春节 2025 is not known provisionally: 2025-01-29 is an ordinary Wednesday.
  EXPECT_TRUE(*cal.IsWorkingDay(D("2025-01-29")));
  Result<DayInfo> info = cal.Describe(D("2025-05-02"));
  ASSERT_TRUE(info.ok());
  EXPECT_TRUE(info->provisional);
  EXPECT_EQ(info->kind, DayKind::kHoliday);
  EXPECT_FALSE(cal.Describe(D("2024-05-06"))->provisional);

  // 20 工作日 from Friday 2024-12-20 runs into 2025: weekends and 元旦 skipped.
  Result<DayCount> c = cal.AddWorkingDays(D("2024-12-20"), 20);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->end, D("2025-01-20"));
  EXPECT_EQ(c->provisional_years, std::vector<int>{2025});
  const std::string why = c->Explain();
  EXPECT_NE(why.find("2025年的节假日安排尚未导入"), std::string::npos) << why;
  EXPECT_NE(why.find("2025年部分节假日安排的通知"), std::string::npos) << why;
  // A count inside the announced year says nothing of it.
  EXPECT_TRUE(cal.AddWorkingDays(D("2024-03-01"), 20)->provisional_years.empty());
}

TEST(ProvisionalYearTest, AnImportReplacesTheYearAndMovesTheWindowOn) {
  WorkdayCalendar cal = Only2024();
  cal.EnableProvisionalYears(1);
  EXPECT_TRUE(*cal.IsWorkingDay(D("2025-01-29")));  // provisional: an ordinary day
  Result<WorkdayCalendar> real = WorkdayCalendar::FromYears({*ShippedCalendar().Year(2025)});
  ASSERT_TRUE(real.ok());
  cal.Merge(*real);
  EXPECT_FALSE(cal.IsProvisionalYear(2025));
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-01-29")));  // 春节 from the notice
  EXPECT_TRUE(cal.IsProvisionalYear(2026));
  EXPECT_FALSE(cal.IsProvisionalYear(2027));
  Result<DayCount> c = cal.AddWorkingDays(D("2024-12-20"), 20);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->provisional_years.empty());
}

TEST(ProvisionalYearTest, TheOverlayAppliesToProvisionalYears) {
  WorkdayCalendar cal = Only2024();
  cal.EnableProvisionalYears(1);
  RegionalOverlay o;
  o.name = "test";
  o.holidays.push_back({D("2025-03-05"), "地方节日"});
  ASSERT_TRUE(cal.ApplyOverlay(o).ok());
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-03-05")));
  EXPECT_EQ(cal.Describe(D("2025-03-05"))->name, "地方节日");
}

TEST(ProvisionalYearTest, TheWindowIsBounded) {
  WorkdayCalendar cal = Only2024();
  cal.EnableProvisionalYears(100);
  EXPECT_EQ(cal.ProvisionalYearsAhead(), kMaxProvisionalYears);
  cal.EnableProvisionalYears(0);
  EXPECT_FALSE(cal.IsProvisionalYear(2025));
}

}  // namespace
}  // namespace gongkai::law
