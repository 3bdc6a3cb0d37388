// The provisional rule for a year whose holiday notice is not imported yet.
//
// The State Council announces each year's 节假日安排 (with its 调休 make-up
// days) late in the year before; a reply period that starts in December runs
// into a year nobody can count exactly yet. Refusing would stop every case in
// the office, so by default such a year is counted provisionally: weekends
// and the statutory holidays with a fixed Gregorian date in 《全国年节及纪念日
// 放假办法》 (2024 revision: 元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October).
// The lunar festivals (春节, 端午节, 中秋节), 清明节 and any 调休 are not known
// and not guessed. Every count that used such a year carries a note saying
// so, and an import of the notice replaces the year.
//
// Settings "calendar.unknown_years" ("provisional" | "refuse") and
// "calendar.provisional_years" (how many years past the last announced one)
// are [I]: our practice, not the statute's; defaults provisional, 2 years.
#pragma once

#include <string>

#include "law/calendar_data.h"

namespace gongkai::law {

inline constexpr int kDefaultProvisionalYears = 2;
inline constexpr int kMaxProvisionalYears = 5;

// The provisional data of `year`: the fixed-date holidays, no make-up days.
CalendarYear ProvisionalCalendarYear(int year);

// The sentence a count appends when it passed through provisional `year`.
std::string ProvisionalYearNote(int year);

}  // namespace gongkai::law
