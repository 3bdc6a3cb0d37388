// Counting 工作日: the settings, the pauses and the explained result of
// WorkdayCalendar::AddWorkingDays (application-workflow.md §1).
#pragma once

#include <string>
#include <vector>

#include "core/civil_date.h"

namespace gongkai::law {

// A span of days, both ends inclusive (e.g. a consultation pause).
struct DateRange {
  CivilDate first;
  CivilDate last;

  bool Contains(CivilDate d) const { return first <= d && d <= last; }
  bool operator==(const DateRange&) const = default;
};

struct DayCountSettings {
  // "自X之日起N个工作日内": by default day X itself is not counted and day 1 is
  // the first 工作日 after X (by analogy with 民法典第二百零一条). [I] setting,
  // default false.
  bool start_day_counts = false;
};

// The result of counting N 工作日 from a start date, with what it passed over.
struct DayCount {
  CivilDate start;
  int days = 0;
  bool start_day_counts = false;
  CivilDate end;                                // the Nth 工作日 (start when days == 0)
  std::vector<CivilDate> holidays_skipped;      // national holidays inside the count
  std::vector<CivilDate> regional_skipped;      // regional overlay holidays inside the count
  std::vector<std::string> regional_names;      // names of regional_skipped, same order
  std::vector<CivilDate> makeup_days_counted;   // 调休 Saturdays/Sundays that counted
  std::vector<CivilDate> paused_days;           // 工作日 excluded because they were paused
  std::vector<int> provisional_years;           // years counted on the provisional rule

  // Chinese, e.g. "自2024-09-29起计算20个工作日（起算日不计入），至2024-10-31届满；
  // 跳过节假日2024-10-01至2024-10-07；计入调休上班日2024-10-12（星期六）。"
  std::string Explain() const;
};

// "星期一" … "星期日" for ISO weekday 1 … 7.
const char* WeekdayLabel(int iso_weekday);

// Consecutive dates joined into "A至B" runs, separated by "、".
std::string JoinDateRuns(const std::vector<CivilDate>& dates);

}  // namespace gongkai::law
