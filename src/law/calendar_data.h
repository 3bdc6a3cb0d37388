// The data a working-day calendar is built from: one year of a State Council
// notice (国务院办公厅关于…年部分节假日安排的通知) and regional overlays.
//
// Calendar JSON (data/cn-workdays.json, and every file `gongkai calendar
// import` accepts):
//   {"years": {"2025": {"notice": "国办发明电〔2024〕12号",
//                        "holidays": ["2025-01-01", …],   // every day off in a span
//                        "workdays": ["2025-01-26", …],   // 调休 make-up weekend days
//                        "note": "…"}}}                   // notice and note optional
// Other top-level keys (source, semantics …) are ignored.
//
// Regional overlay JSON (<data dir>/calendar-overlays/NAME.json): extra days
// off (and, rarely, extra working days) of one region on top of the national
// calendar, e.g. 新疆's 古尔邦节/肉孜节:
//   {"name": "xinjiang", "label": "新疆维吾尔自治区",
//    "source": "the regional government's notice, number and date",   // required
//    "holidays": [{"date": "2025-03-31", "name": "肉孜节"}, …],
//    "workdays": [{"date": "…", "name": "…调休上班"}]}                  // optional
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"

namespace gongkai::law {

// One calendar year of the national calendar.
struct CalendarYear {
  int year = 0;
  std::string notice;              // the notice number(s), for explanations
  std::vector<CivilDate> holidays;  // sorted; every day off inside an announced span
  std::vector<CivilDate> workdays;  // sorted; make-up Saturdays/Sundays (调休上班)
  std::string note;
};

struct RegionalDay {
  CivilDate date;
  std::string name;  // e.g. 古尔邦节
};

struct RegionalOverlay {
  std::string name;    // file stem, e.g. "xinjiang"
  std::string label;   // e.g. 新疆维吾尔自治区
  std::string source;  // the notice the dates come from (required)
  std::vector<RegionalDay> holidays;
  std::vector<RegionalDay> workdays;
};

// Checks one year: every date lies in `year`, no date is listed twice, no date
// is both a holiday and a workday, and every make-up workday is a Saturday or
// Sunday. Sorts the lists. Errors name the year and the bad entry.
Status ValidateCalendarYear(CalendarYear& year);

// Parses the calendar JSON; `where` names the source (a file name) in errors.
// Every year is validated.
Result<std::vector<CalendarYear>> ParseCalendarYears(std::string_view json, std::string_view where);

// Parses an overlay; checks dates, duplicates and that a source is given.
Result<RegionalOverlay> ParseRegionalOverlay(std::string_view json, std::string_view where);

// Writes one year in the calendar JSON format (a file holding that year only).
std::string CalendarYearToJson(const CalendarYear& year);

// Strict "YYYY-MM-DD".
std::optional<CivilDate> ParseIsoDate(std::string_view text);

}  // namespace gongkai::law
