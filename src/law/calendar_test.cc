#include "law/calendar.h"

#include <gtest/gtest.h>

#include "law/calendar_test_util.h"

namespace gongkai::law {
namespace {

using testing::D;
using testing::ShippedCalendar;

// Working days per year, from the notices (each checked as ordinary weekdays
// minus the statutory days off, all of which fell on weekdays: 2024 has 262
// weekdays − 11 = 251).
TEST(WorkdayCalendarTest, WorkingDaysPerYearMatchKnownTotals) {
  const std::pair<int, int> kTotals[] = {{2019, 250}, {2020, 249}, {2021, 250}, {2022, 249},
                                         {2023, 249}, {2024, 251}, {2025, 248}, {2026, 248}};
  for (const auto& [year, total] : kTotals) {
    Result<int> n = ShippedCalendar().WorkingDaysInYear(year);
    ASSERT_TRUE(n.ok()) << year;
    EXPECT_EQ(*n, total) << year;
  }
}

TEST(WorkdayCalendarTest, WorkingDaysPerYearEqualWeekdaysMinusHolidaysPlusMakeupDays) {
  for (int year = 2019; year <= 2026; ++year) {
    const CalendarYear* data = ShippedCalendar().Year(year);
    ASSERT_NE(data, nullptr) << year;
    int weekdays = 0;
    for (int64_t d = CivilDate{year, 1, 1}.ToDays(); d < CivilDate{year + 1, 1, 1}.ToDays(); ++d) {
      if (CivilDate::FromDays(d).Weekday() <= 5) ++weekdays;
    }
    int weekday_holidays = 0;
    for (const CivilDate& h : data->holidays) weekday_holidays += h.Weekday() <= 5 ? 1 : 0;
    const int expected = weekdays - weekday_holidays + static_cast<int>(data->workdays.size());
    EXPECT_EQ(*ShippedCalendar().WorkingDaysInYear(year), expected) << year;

    // 《全国年节及纪念日放假办法》: 11 statutory days to 2024, 13 from 2025
    // (2024 revision); 2020 is 11 + 2 by the 春节 extension (国办发明电〔2020〕1号).
    const int statutory = year >= 2025 || year == 2020 ? 13 : 11;
    EXPECT_EQ(weekday_holidays - static_cast<int>(data->workdays.size()), statutory) << year;

    for (const CivilDate& w : data->workdays) {
      EXPECT_GE(w.Weekday(), 6) << w.ToString();
      EXPECT_TRUE(*ShippedCalendar().IsWorkingDay(w)) << w.ToString();
      EXPECT_EQ(ShippedCalendar().Describe(w)->kind, DayKind::kMakeupWorkday);
    }
    for (const CivilDate& h : data->holidays) {
      EXPECT_FALSE(*ShippedCalendar().IsWorkingDay(h)) << h.ToString();
    }
  }
}

TEST(WorkdayCalendarTest, IsWorkingDay) {
  const WorkdayCalendar& cal = ShippedCalendar();
  EXPECT_TRUE(*cal.IsWorkingDay(D("2024-10-12")));   // Sat, 调休上班 for 国庆
  EXPECT_FALSE(*cal.IsWorkingDay(D("2024-10-01")));  // 国庆节
  EXPECT_FALSE(*cal.IsWorkingDay(D("2024-10-07")));  // Mon inside the span
  EXPECT_TRUE(*cal.IsWorkingDay(D("2024-10-08")));
  EXPECT_FALSE(*cal.IsWorkingDay(D("2024-10-19")));  // ordinary Saturday
  EXPECT_TRUE(*cal.IsWorkingDay(D("2025-01-26")));   // Sun, 调休 for 春节
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-01-28")));  // 除夕, a holiday from 2025
  EXPECT_FALSE(*cal.IsWorkingDay(D("2022-12-31")));  // 元旦 2023 span, listed in 2022
  EXPECT_EQ(cal.Describe(D("2024-10-19"))->kind, DayKind::kWeekend);
  EXPECT_EQ(cal.Describe(D("2024-10-01"))->kind, DayKind::kHoliday);
  EXPECT_EQ(cal.Describe(D("2024-10-08"))->kind, DayKind::kWorkday);
}

TEST(WorkdayCalendarTest, MissingYearIsAnErrorNamingTheYear) {
  Result<bool> r = ShippedCalendar().IsWorkingDay(D("2027-03-01"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(r.status().message(),
            "工作日历缺少2027年的数据，请导入国务院办公厅关于2027年部分节假日安排的通知");
  EXPECT_NE(ShippedCalendar().IsWorkingDay(D("2018-12-29")).status().message().find("2018年"),
            std::string::npos);
  // A count that runs past the known years fails too, naming the year.
  Result<DayCount> c = ShippedCalendar().AddWorkingDays(D("2026-12-20"), 20);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("缺少2027年"), std::string::npos);
  EXPECT_EQ(ShippedCalendar().WorkingDaysInYear(2030).status().code(), StatusCode::kUnsupported);
}

// application-workflow.md §8.1 (条例第三十三条第二款: 20 工作日).
TEST(WorkdayCalendarTest, AddWorkingDaysSkipsHolidaysAndCountsMakeupDays) {
  Result<DayCount> c = ShippedCalendar().AddWorkingDays(D("2024-09-29"), 20);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->end, D("2024-10-31"));
  ASSERT_EQ(c->holidays_skipped.size(), 7u);
  EXPECT_EQ(c->holidays_skipped.front(), D("2024-10-01"));
  EXPECT_EQ(c->holidays_skipped.back(), D("2024-10-07"));
  EXPECT_EQ(c->makeup_days_counted, std::vector<CivilDate>{D("2024-10-12")});
  EXPECT_TRUE(c->paused_days.empty());
  EXPECT_EQ(c->Explain(),
            "自2024-09-29起计算20个工作日（起算日不计入，次日起算），至2024-10-31（星期四）届满；"
            "跳过节假日2024-10-01至2024-10-07；计入调休上班日2024-10-12（星期六）。");
}

TEST(WorkdayCalendarTest, StartDayCountsSetting) {
  DayCountSettings s;
  s.start_day_counts = true;
  EXPECT_EQ(ShippedCalendar().AddWorkingDays(D("2024-09-29"), 20, {}, s)->end, D("2024-10-30"));
  // A start day that is not a 工作日 cannot be day 1.
  EXPECT_EQ(ShippedCalendar().AddWorkingDays(D("2024-10-05"), 1, {}, s)->end, D("2024-10-08"));
  EXPECT_EQ(ShippedCalendar().AddWorkingDays(D("2024-10-05"), 1)->end, D("2024-10-08"));
  EXPECT_EQ(ShippedCalendar().AddWorkingDays(D("2024-10-08"), 1, {}, s)->end, D("2024-10-08"));
  EXPECT_EQ(ShippedCalendar().AddWorkingDays(D("2024-10-08"), 1)->end, D("2024-10-09"));
}

// application-workflow.md §8.3 (条例第三十三条第三款: consultation time not counted).
TEST(WorkdayCalendarTest, PausedWorkingDaysAreNotCounted) {
  const DateRange pause{D("2025-03-10"), D("2025-03-20")};
  Result<DayCount> c = ShippedCalendar().AddWorkingDays(D("2025-03-03"), 20, {&pause, 1});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->end, D("2025-04-14"));
  EXPECT_EQ(c->paused_days.size(), 9u);
  EXPECT_EQ(c->holidays_skipped,
            (std::vector<CivilDate>{D("2025-04-04"), D("2025-04-05"), D("2025-04-06")}));
  EXPECT_NE(c->Explain().find("扣除暂停计算的工作日2025-03-10至2025-03-14、2025-03-17至2025-03-20（共9个）"),
            std::string::npos)
      << c->Explain();
}

TEST(WorkdayCalendarTest, ZeroAndInvalidCounts) {
  EXPECT_EQ(ShippedCalendar().AddWorkingDays(D("2024-10-05"), 0)->end, D("2024-10-05"));
  Result<DayCount> neg = ShippedCalendar().AddWorkingDays(D("2024-10-05"), -1);
  ASSERT_FALSE(neg.ok());
  EXPECT_EQ(neg.status().message(), "工作日天数应在0至10000之间，实际为-1");
}

TEST(WorkdayCalendarTest, WorkingDaysBetween) {
  const WorkdayCalendar& cal = ShippedCalendar();
  EXPECT_EQ(*cal.WorkingDaysBetween(D("2024-09-29"), D("2024-10-31")), 20);
  EXPECT_EQ(*cal.WorkingDaysBetween(D("2024-10-31"), D("2024-09-29")), -20);
  EXPECT_EQ(*cal.WorkingDaysBetween(D("2024-10-01"), D("2024-10-07")), 0);
  EXPECT_EQ(*cal.WorkingDaysBetween(D("2024-10-31"), D("2024-10-31")), 0);
  EXPECT_EQ(*cal.WorkingDaysBetween(D("2023-12-31"), D("2024-12-31")), 251);
  EXPECT_FALSE(cal.WorkingDaysBetween(D("2026-12-01"), D("2027-01-10")).ok());
}

TEST(WorkdayCalendarTest, MergeReplacesAndAddsYears) {
  WorkdayCalendar cal = ShippedCalendar();
  // An imported 2027 (hypothetical dates) and a corrected 2026 without 调休.
  CalendarYear y2027{2027, "test", {D("2027-01-01")}, {}, ""};
  CalendarYear y2026{2026, "test", {D("2026-01-01")}, {}, ""};
  Result<WorkdayCalendar> later = WorkdayCalendar::FromYears({y2027, y2026});
  ASSERT_TRUE(later.ok());
  cal.Merge(*later);
  EXPECT_EQ(cal.Years(), (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}));
  EXPECT_FALSE(*cal.IsWorkingDay(D("2027-01-01")));
  EXPECT_TRUE(*cal.IsWorkingDay(D("2027-01-04")));
  EXPECT_TRUE(*cal.IsWorkingDay(D("2026-02-16")));  // no longer 春节 in the replaced year
  EXPECT_EQ(*cal.WorkingDaysInYear(2026), 261 - 1);
  EXPECT_EQ(*cal.WorkingDaysInYear(2025), 248);  // untouched
}

TEST(WorkdayCalendarTest, RegionalOverlayAddsDaysOff) {
  WorkdayCalendar cal = ShippedCalendar();
  RegionalOverlay o;
  o.name = "test-region";
  o.source = "test";
  o.holidays = {{D("2025-03-31"), "肉孜节"}};
  ASSERT_TRUE(cal.ApplyOverlay(o).ok());
  EXPECT_EQ(cal.OverlayName(), "test-region");
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-03-31")));
  EXPECT_TRUE(*ShippedCalendar().IsWorkingDay(D("2025-03-31")));
  Result<DayInfo> info = cal.Describe(D("2025-03-31"));
  EXPECT_EQ(info->kind, DayKind::kRegionalHoliday);
  EXPECT_EQ(info->name, "肉孜节");
  Result<DayCount> c = cal.AddWorkingDays(D("2025-03-28"), 1);
  EXPECT_EQ(c->end, D("2025-04-01"));
  EXPECT_NE(c->Explain().find("跳过地方节假日2025-03-31（肉孜节）"), std::string::npos);
  // Merging a new year keeps the overlay.
  Result<WorkdayCalendar> later =
      WorkdayCalendar::FromYears({CalendarYear{2025, "", *&ShippedCalendar().Year(2025)->holidays,
                                               ShippedCalendar().Year(2025)->workdays, ""}});
  cal.Merge(*later);
  EXPECT_FALSE(*cal.IsWorkingDay(D("2025-03-31")));

  RegionalOverlay bad = o;
  bad.holidays.clear();
  bad.workdays = {{D("2025-10-04"), "调休"}};  // Sat inside the national 国庆 span
  Status s = cal.ApplyOverlay(bad);
  EXPECT_EQ(s.message(), "地方节假日“test-region”把全国节假日2025-10-04列为调休上班日");
}

}  // namespace
}  // namespace gongkai::law
