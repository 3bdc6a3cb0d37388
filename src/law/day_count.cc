#include "law/day_count.h"

#include "law/provisional_year.h"

#include <string>

namespace gongkai::law {

const char* WeekdayLabel(int iso_weekday) {
  static const char* const kLabels[] = {"星期一", "星期二", "星期三", "星期四",
                                        "星期五", "星期六", "星期日"};
  if (iso_weekday < 1 || iso_weekday > 7) return "";
  return kLabels[iso_weekday - 1];
}

std::string JoinDateRuns(const std::vector<CivilDate>& dates) {
  std::string out;
  size_t i = 0;
  while (i < dates.size()) {
    size_t j = i;
    while (j + 1 < dates.size() && dates[j + 1].ToDays() == dates[j].ToDays() + 1) ++j;
    if (!out.empty()) out += "、";
    out += dates[i].ToString();
    if (j > i) out += "至" + dates[j].ToString();
    i = j + 1;
  }
  return out;
}

std::string DayCount::Explain() const {
  std::string out = "自" + start.ToString() + "起计算" + std::to_string(days) + "个工作日";
  out += start_day_counts ? "（起算日计入）" : "（起算日不计入，次日起算）";
  out += "，至" + end.ToString() + "（" + WeekdayLabel(end.Weekday()) + "）届满";
  if (!holidays_skipped.empty()) {
    out += "；跳过节假日" + JoinDateRuns(holidays_skipped);
  }
  if (!regional_skipped.empty()) {
    out += "；跳过地方节假日";
    for (size_t i = 0; i < regional_skipped.size(); ++i) {
      if (i > 0) out += "、";
      out += regional_skipped[i].ToString();
      if (i < regional_names.size() && !regional_names[i].empty()) {
        out += "（" + regional_names[i] + "）";
      }
    }
  }
  if (!makeup_days_counted.empty()) {
    out += "；计入调休上班日";
    for (size_t i = 0; i < makeup_days_counted.size(); ++i) {
      if (i > 0) out += "、";
      out += makeup_days_counted[i].ToString() + "（" +
             WeekdayLabel(makeup_days_counted[i].Weekday()) + "）";
    }
  }
  if (!paused_days.empty()) {
    out += "；扣除暂停计算的工作日" + JoinDateRuns(paused_days) + "（共" +
           std::to_string(paused_days.size()) + "个）";
  }
  out += "。";
  for (int year : provisional_years) out += ProvisionalYearNote(year);
  return out;
}

}  // namespace gongkai::law
