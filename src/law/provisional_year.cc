#include "law/provisional_year.h"

namespace gongkai::law {

CalendarYear ProvisionalCalendarYear(int year) {
  CalendarYear y;
  y.year = year;
  y.notice = "暂按固定日期的法定节假日计算";
  // Sorted, as CalendarYear requires.
  y.holidays = {CivilDate{year, 1, 1},  CivilDate{year, 5, 1},  CivilDate{year, 5, 2},
                CivilDate{year, 10, 1}, CivilDate{year, 10, 2}, CivilDate{year, 10, 3}};
  y.note = "provisional";
  return y;
}

std::string ProvisionalYearNote(int year) {
  const std::string y = std::to_string(year);
  return "注意：" + y + "年的节假日安排尚未导入，该年暂按周末和固定日期的法定节假日（元旦1月1日、"
         "劳动节5月1日至2日、国庆节10月1日至3日）计算，春节、清明节、端午节、中秋节和调休上班日未计入，"
         "届满日期可能与正式安排相差数日；导入国务院办公厅关于" + y +
         "年部分节假日安排的通知后，按正式安排重新计算。";
}

}  // namespace gongkai::law
