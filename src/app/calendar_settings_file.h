// The "calendar" section of <data dir>/settings.json: what to do with a date
// in a year whose 节假日安排 is not imported (law/provisional_year.h):
//
//   {"calendar": {"unknown_years": "provisional",  // [I] or "refuse"
//                 "provisional_years": 2}}          // [I] years past the last announced, 1–5
//
// Both keys optional (the defaults above); unknown keys and wrong values are
// errors naming the file and key.
#pragma once

#include <string>

#include "core/status.h"

namespace gongkai::app {

struct CalendarSettings {
  bool provisional = true;
  int provisional_years = 2;

  // The argument of WorkdayCalendar::EnableProvisionalYears.
  int YearsAhead() const { return provisional ? provisional_years : 0; }
};

Result<CalendarSettings> ParseCalendarSettings(const std::string& text, const std::string& path);
Result<CalendarSettings> LoadCalendarSettings(const std::string& data_dir);

}  // namespace gongkai::app
