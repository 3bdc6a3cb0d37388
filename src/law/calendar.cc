#include "law/calendar.h"

#include <algorithm>

namespace gongkai::law {

const char* DayKindLabel(DayKind kind) {
  switch (kind) {
    case DayKind::kWorkday:
      return "工作日";
    case DayKind::kWeekend:
      return "休息日";
    case DayKind::kHoliday:
      return "节假日";
    case DayKind::kMakeupWorkday:
      return "调休上班日";
    case DayKind::kRegionalHoliday:
      return "地方节假日";
    case DayKind::kRegionalWorkday:
      return "地方调休上班日";
  }
  return "工作日";
}

namespace {

bool IsWorking(DayKind kind) {
  switch (kind) {
    case DayKind::kWorkday:
    case DayKind::kMakeupWorkday:
    case DayKind::kRegionalWorkday:
      return true;
    case DayKind::kWeekend:
    case DayKind::kHoliday:
    case DayKind::kRegionalHoliday:
      return false;
  }
  return false;
}

constexpr int kMaxDays = 10000;

}  // namespace

Status WorkdayCalendar::MissingYear(int year) {
  const std::string y = std::to_string(year);
  // Unsupported, not NotFound: the data to work with is missing (the
  // command cannot run, exit 2), no record the user named is.
  return Status::Unsupported("工作日历缺少" + y + "年的数据，请导入国务院办公厅关于" + y +
                          "年部分节假日安排的通知");
}

Result<WorkdayCalendar> WorkdayCalendar::FromYears(std::vector<CalendarYear> years) {
  WorkdayCalendar cal;
  for (CalendarYear& y : years) {
    if (Status s = ValidateCalendarYear(y); !s.ok()) return s;
    YearIndex index{std::move(y), {}};
    cal.Rebuild(index);
    cal.years_[index.data.year] = std::move(index);
  }
  return cal;
}

Result<WorkdayCalendar> WorkdayCalendar::FromJson(std::string_view json, std::string_view where) {
  Result<std::vector<CalendarYear>> years = ParseCalendarYears(json, where);
  if (!years.ok()) return years.status();
  return FromYears(std::move(years).value());
}

void WorkdayCalendar::Rebuild(YearIndex& y) const {
  const CivilDate jan1{y.data.year, 1, 1};
  const int64_t first = jan1.ToDays();
  const int64_t count = CivilDate{y.data.year + 1, 1, 1}.ToDays() - first;
  y.kinds.assign(static_cast<size_t>(count), DayKind::kWorkday);
  for (int64_t i = 0; i < count; ++i) {
    if (CivilDate::FromDays(first + i).Weekday() >= 6) y.kinds[i] = DayKind::kWeekend;
  }
  for (const CivilDate& d : y.data.holidays) y.kinds[d.ToDays() - first] = DayKind::kHoliday;
  for (const CivilDate& d : y.data.workdays) y.kinds[d.ToDays() - first] = DayKind::kMakeupWorkday;
  for (const RegionalDay& d : overlay_.holidays) {
    if (d.date.year == y.data.year) y.kinds[d.date.ToDays() - first] = DayKind::kRegionalHoliday;
  }
  for (const RegionalDay& d : overlay_.workdays) {
    if (d.date.year == y.data.year) y.kinds[d.date.ToDays() - first] = DayKind::kRegionalWorkday;
  }
}

void WorkdayCalendar::Merge(const WorkdayCalendar& later) {
  for (const auto& [year, index] : later.years_) {
    YearIndex copy{index.data, {}};
    Rebuild(copy);
    years_[year] = std::move(copy);
  }
  RefreshProvisional();
}

void WorkdayCalendar::EnableProvisionalYears(int years_ahead) {
  provisional_ahead_ = std::clamp(years_ahead, 0, kMaxProvisionalYears);
  RefreshProvisional();
}

void WorkdayCalendar::RefreshProvisional() {
  provisional_.clear();
  if (provisional_ahead_ == 0 || years_.empty()) return;
  const int last = years_.rbegin()->first;
  for (int y = last + 1; y <= last + provisional_ahead_; ++y) {
    YearIndex index{ProvisionalCalendarYear(y), {}};
    Rebuild(index);
    provisional_.emplace(y, std::move(index));
  }
}

const WorkdayCalendar::YearIndex* WorkdayCalendar::IndexOf(int year) const {
  if (auto it = years_.find(year); it != years_.end()) return &it->second;
  if (auto it = provisional_.find(year); it != provisional_.end()) return &it->second;
  return nullptr;
}

Status WorkdayCalendar::ApplyOverlay(const RegionalOverlay& overlay) {
  for (const RegionalDay& d : overlay.workdays) {
    const CalendarYear* y = Year(d.date.year);
    if (y != nullptr && std::binary_search(y->holidays.begin(), y->holidays.end(), d.date)) {
      return Status::InvalidInput("地方节假日“" + overlay.name + "”把全国节假日" +
                                  d.date.ToString() + "列为调休上班日");
    }
  }
  overlay_ = overlay;
  overlay_names_.clear();
  for (const auto* list : {&overlay_.holidays, &overlay_.workdays}) {
    for (const RegionalDay& d : *list) overlay_names_[d.date] = d.name;
  }
  for (auto& [year, index] : years_) Rebuild(index);
  for (auto& [year, index] : provisional_) Rebuild(index);
  return Status::Ok();
}

std::vector<int> WorkdayCalendar::Years() const {
  std::vector<int> out;
  for (const auto& [year, index] : years_) out.push_back(year);
  return out;
}

const CalendarYear* WorkdayCalendar::Year(int year) const {
  auto it = years_.find(year);
  return it == years_.end() ? nullptr : &it->second.data;
}

Result<DayKind> WorkdayCalendar::KindOf(CivilDate date) const {
  const YearIndex* index = IndexOf(date.year);
  if (index == nullptr) return MissingYear(date.year);
  const int64_t offset = date.ToDays() - CivilDate{date.year, 1, 1}.ToDays();
  return index->kinds[static_cast<size_t>(offset)];
}

Result<DayInfo> WorkdayCalendar::Describe(CivilDate date) const {
  Result<DayKind> kind = KindOf(date);
  if (!kind.ok()) return kind.status();
  DayInfo info{date, *kind, IsWorking(*kind), "", IsProvisionalYear(date.year)};
  if (auto it = overlay_names_.find(date); it != overlay_names_.end()) info.name = it->second;
  return info;
}

Result<bool> WorkdayCalendar::IsWorkingDay(CivilDate date) const {
  Result<DayKind> kind = KindOf(date);
  if (!kind.ok()) return kind.status();
  return IsWorking(*kind);
}

Result<DayCount> WorkdayCalendar::AddWorkingDays(CivilDate start, int n,
                                                 std::span<const DateRange> pauses,
                                                 const DayCountSettings& settings) const {
  if (n < 0 || n > kMaxDays) {
    return Status::InvalidInput("工作日天数应在0至" + std::to_string(kMaxDays) + "之间，实际为" +
                                std::to_string(n));
  }
  DayCount out;
  out.start = start;
  out.days = n;
  out.start_day_counts = settings.start_day_counts;
  out.end = start;
  if (n == 0) return out;
  int64_t day = start.ToDays() + (settings.start_day_counts ? -1 : 0);
  int counted = 0;
  while (counted < n) {
    ++day;
    const CivilDate d = CivilDate::FromDays(day);
    Result<DayKind> kind = KindOf(d);
    if (!kind.ok()) return kind.status();
    switch (*kind) {
      case DayKind::kHoliday:
        out.holidays_skipped.push_back(d);
        continue;
      case DayKind::kRegionalHoliday:
        out.regional_skipped.push_back(d);
        out.regional_names.push_back(overlay_names_.count(d) ? overlay_names_.at(d) : "");
        continue;
      case DayKind::kWeekend:
        continue;
      case DayKind::kWorkday:
      case DayKind::kMakeupWorkday:
      case DayKind::kRegionalWorkday:
        break;
    }
    const bool paused = std::any_of(pauses.begin(), pauses.end(),
                                    [&](const DateRange& p) { return p.Contains(d); });
    if (paused) {
      out.paused_days.push_back(d);
      continue;
    }
    if (*kind != DayKind::kWorkday) out.makeup_days_counted.push_back(d);
    ++counted;
  }
  // Every day up to the end was looked at: note the provisional years passed.
  for (int y = start.year; y <= CivilDate::FromDays(day).year; ++y) {
    if (IsProvisionalYear(y)) out.provisional_years.push_back(y);
  }
  out.end = CivilDate::FromDays(day);
  return out;
}

Result<int> WorkdayCalendar::WorkingDaysBetween(CivilDate from, CivilDate to) const {
  const bool negative = to < from;
  const int64_t lo = (negative ? to : from).ToDays();
  const int64_t hi = (negative ? from : to).ToDays();
  int count = 0;
  for (int64_t day = lo + 1; day <= hi; ++day) {
    Result<DayKind> kind = KindOf(CivilDate::FromDays(day));
    if (!kind.ok()) return kind.status();
    if (IsWorking(*kind)) ++count;
  }
  return negative ? -count : count;
}

Result<int> WorkdayCalendar::WorkingDaysInYear(int year) const {
  const YearIndex* index = IndexOf(year);
  if (index == nullptr) return MissingYear(year);
  return static_cast<int>(std::count_if(index->kinds.begin(), index->kinds.end(), IsWorking));
}

}  // namespace gongkai::law
