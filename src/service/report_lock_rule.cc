#include "service/report_lock_rule.h"

#include <string>

#include "service/table3_counts.h"
#include "service/table4_counts.h"

namespace gongkai::service {
namespace {

bool Contains(const std::vector<int>& years, int y) {
  for (int x : years) {
    if (x == y) return true;
  }
  return false;
}

Status LockedError(int year, const std::string& what) {
  return Status::InvalidInput(std::to_string(year) + "年度报告已发布，该年度的案件已锁定：" + what +
                              "；如确需更改，请先办理解锁（记录解锁人和原因）");
}

struct Table3Mark {
  int kind;
  std::vector<int> rows;
  bool operator==(const Table3Mark&) const = default;
};

Table3Mark MarkOf(const std::optional<domain::Application>& a, int year) {
  if (!a) return Table3Mark{-1, {}};
  return Table3Mark{static_cast<int>(a->applicant_kind),
                    Table3RowsFor(a->received_on, a->closed_on, a->outcome, year)};
}

}  // namespace

Status CheckApplicationWrite(const std::vector<int>& locked_years,
                             const std::optional<domain::Application>& before,
                             const domain::Application& after,
                             const std::vector<CivilDate>& event_dates) {
  for (const CivilDate& d : event_dates) {
    if (Contains(locked_years, d.year)) {
      return LockedError(d.year, "事件日期 " + d.ToString() + " 属于已锁定年度");
    }
  }
  for (int year : locked_years) {
    Table3Mark old_mark = MarkOf(before, year);
    Table3Mark new_mark = MarkOf(after, year);
    if (old_mark.rows.empty()) old_mark.kind = -1;
    if (new_mark.rows.empty()) new_mark.kind = -1;
    if (!(old_mark == new_mark)) {
      return LockedError(year, "此项更改会改变该年度表三的统计数字");
    }
  }
  return Status::Ok();
}

Status CheckAppealWrite(const std::vector<int>& locked_years,
                        const std::optional<domain::Appeal>& before,
                        const domain::Appeal& after) {
  if (!before && Contains(locked_years, after.filed_on.year)) {
    return LockedError(after.filed_on.year,
                       "立案日期 " + after.filed_on.ToString() + " 属于已锁定年度");
  }
  const bool newly_decided = after.decided_on && (!before || !before->decided_on);
  if (newly_decided && Contains(locked_years, after.decided_on->year)) {
    return LockedError(after.decided_on->year,
                       "审结日期 " + after.decided_on->ToString() + " 属于已锁定年度");
  }
  for (int year : locked_years) {
    const std::optional<int> old_cell =
        before ? Table4CellFor(*before, year) : std::optional<int>();
    if (old_cell != Table4CellFor(after, year)) {
      return LockedError(year, "此项更改会改变该年度表四的统计数字");
    }
  }
  return Status::Ok();
}

Status CheckTable2Write(const std::vector<int>& locked_years, int from_year,
                        const std::string& what) {
  for (int year : locked_years) {
    if (year >= from_year) {
      return Status::InvalidInput(std::to_string(year) + "年度报告已发布，该年度已锁定：" + what +
                                  "会改变其表二（规章、规范性文件）的数字；如确需更改，请先由公开办"
                                  "说明理由解锁该年度（gongkai report unlock）");
    }
  }
  return Status::Ok();
}

}  // namespace gongkai::service
