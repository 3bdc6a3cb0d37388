// S4: the title's year is the statistical period, and the period is stated
// as 1 January to 31 December of that year.
#include "report/rules.h"

namespace gongkai::report::rules {

void CheckPeriod(const AnnualReport& r, std::vector<Finding>& out) {
  Finding f;
  f.rule = "S4";
  f.severity = Severity::kWarning;
  f.where.section = "标题和导语";
  if (r.year == 0) {
    f.message = "无法识别报告年度：正文开头的标题、网页标题或文档属性中的标题、文件名中都没有找到年度（读取说明列出了查看过的内容）。标题应写明年度，如“××市人民政府2025年政府信息公开工作年度报告”。";
    out.push_back(std::move(f));
    return;
  }
  if (!r.period_start || !r.period_end) {
    f.message = "报告没有写明统计期限。应说明所列数据的统计期限为" + std::to_string(r.year) +
                "年1月1日至" + std::to_string(r.year) + "年12月31日。";
    out.push_back(std::move(f));
    return;
  }
  const CivilDate start{r.year, 1, 1};
  const CivilDate end{r.year, 12, 31};
  if (*r.period_start == start && *r.period_end == end) return;
  f.values = {{"标题年度", std::to_string(r.year)},
              {"统计期限", r.period_start->ToString() + "至" + r.period_end->ToString()}};
  f.message = "导语写明的统计期限（" + r.period_start->ToString() + "至" + r.period_end->ToString() +
              "）与标题年度" + std::to_string(r.year) + "年不一致，应为" + start.ToString() + "至" +
              end.ToString() + "。";
  out.push_back(std::move(f));
}

}  // namespace gongkai::report::rules
