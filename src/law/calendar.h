// The official working-day calendar (工作日历): national holidays and 调休
// make-up days by year, optionally with one region's extra holidays on top.
//
// A date is a 工作日 iff it is a make-up workday, or a Monday–Friday that is not
// a holiday (semantics of data/cn-workdays.json). Every 条例 period is counted
// in 工作日 (application-workflow.md §1). A date in a year the calendar has no
// data for is an error naming that year — unless provisional years are
// enabled (the default of the "calendar" setting, see provisional_year.h):
// then the years just after the last announced one are counted on weekends
// and the fixed-date statutory holidays, and every result that used them says
// so, until the State Council's notice is imported.
//
// Pure: the JSON text is passed in; reading files is the caller's business.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "law/calendar_data.h"
#include "law/day_count.h"
#include "law/provisional_year.h"

namespace gongkai::law {

enum class DayKind {
  kWorkday,          // an ordinary Monday–Friday
  kWeekend,          // an ordinary Saturday/Sunday
  kHoliday,          // a national day off (法定节假日 and the days joined to it)
  kMakeupWorkday,    // a national 调休 Saturday/Sunday that is worked
  kRegionalHoliday,  // a day off of the regional overlay
  kRegionalWorkday,  // a weekend day the regional overlay makes a working day
};

const char* DayKindLabel(DayKind kind);  // 工作日, 休息日, 节假日, 调休上班日, 地方节假日, 地方调休上班日

struct DayInfo {
  CivilDate date;
  DayKind kind = DayKind::kWorkday;
  bool working = true;
  std::string name;          // regional holiday name, if any
  bool provisional = false;  // the year's notice is not imported (provisional_year.h)
};

class WorkdayCalendar {
 public:
  WorkdayCalendar() = default;

  // Builds a calendar from validated years (ValidateCalendarYear is applied
  // again). Two entries for the same year: the later one wins.
  static Result<WorkdayCalendar> FromYears(std::vector<CalendarYear> years);
  // Parses the calendar JSON format (see calendar_data.h).
  static Result<WorkdayCalendar> FromJson(std::string_view json, std::string_view where = "工作日历");

  // Merges another source (an admin's import of a newer notice): each year it
  // has replaces the same year here. The regional overlay, if any, is kept.
  void Merge(const WorkdayCalendar& later);

  // Applies a regional overlay on top of the national data. Its holidays make
  // working days into days off; its workdays make weekend days working. A
  // second overlay replaces the first. Fails if an overlay workday is a
  // national holiday.
  Status ApplyOverlay(const RegionalOverlay& overlay);
  const std::string& OverlayName() const { return overlay_.name; }

  // Counts the `years_ahead` years after the last announced one on the
  // provisional rule (ProvisionalCalendarYear) instead of refusing them;
  // 0 turns it off. Kept across Merge: an imported year is then real and the
  // provisional years move on past it. The regional overlay applies to them.
  void EnableProvisionalYears(int years_ahead);
  int ProvisionalYearsAhead() const { return provisional_ahead_; }

  // Announced (imported) years only, never provisional ones.
  std::vector<int> Years() const;
  bool HasYear(int year) const { return years_.count(year) != 0; }
  const CalendarYear* Year(int year) const;  // nullptr when missing
  bool IsProvisionalYear(int year) const { return provisional_.count(year) != 0; }

  Result<DayInfo> Describe(CivilDate date) const;
  Result<bool> IsWorkingDay(CivilDate date) const;

  // The date N 工作日 after `start` (application-workflow.md §1): with the
  // default settings the start day is not counted and day 1 is the first 工作日
  // after it; 工作日 inside any pause are not counted. n == 0 gives `start`.
  // n must be 0 … 10000.
  Result<DayCount> AddWorkingDays(CivilDate start, int n, std::span<const DateRange> pauses = {},
                                  const DayCountSettings& settings = {}) const;

  // The number of 工作日 d with from < d <= to (so that AddWorkingDays(from,
  // WorkingDaysBetween(from, to)) == to when `to` is a 工作日); negative when
  // to < from. Zero when equal.
  Result<int> WorkingDaysBetween(CivilDate from, CivilDate to) const;

  // Working days in a whole calendar year.
  Result<int> WorkingDaysInYear(int year) const;

  // The error for a date in a year without data, naming that year.
  static Status MissingYear(int year);

 private:
  struct YearIndex {
    CalendarYear data;
    std::vector<DayKind> kinds;  // one per day of the year, overlay applied
  };
  void Rebuild(YearIndex& y) const;
  void RefreshProvisional();
  const YearIndex* IndexOf(int year) const;  // announced, else provisional, else nullptr
  Result<DayKind> KindOf(CivilDate date) const;

  std::map<int, YearIndex> years_;
  std::map<int, YearIndex> provisional_;
  int provisional_ahead_ = 0;
  RegionalOverlay overlay_;
  std::map<CivilDate, std::string> overlay_names_;
};

}  // namespace gongkai::law
