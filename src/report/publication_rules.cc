// S6: published by 31 January (departments) or 31 March (governments) of the
// following year (条例第四十九条); the dates are settings.
#include "report/rules.h"

namespace gongkai::report::rules {

void CheckPublication(const AnnualReport& r, const CheckOptions& o, std::vector<Finding>& out) {
  const std::optional<CivilDate> published = o.published_on ? o.published_on : r.published_on;
  if (!published || r.year == 0) return;
  const AgencyKind kind =
      r.agency_kind == AgencyKind::kUnknown ? ClassifyAgency(r.agency) : r.agency_kind;
  const bool government = kind == AgencyKind::kGovernment;
  const CivilDate deadline = government ? CivilDate{r.year + 1, o.government_deadline_month,
                                                    o.government_deadline_day}
                                        : CivilDate{r.year + 1, o.department_deadline_month,
                                                    o.department_deadline_day};
  if (*published <= deadline) return;
  Finding f;
  f.rule = "S6";
  f.severity = Severity::kWarning;
  f.where.section = "发布时间";
  f.values = {{"发布日期", published->ToString()}, {"截止日期", deadline.ToString()}};
  f.message = std::string("报告发布于") + published->ToString() + "，晚于" +
              (government ? "人民政府年度报告的截止日期" : "政府部门年度报告的截止日期") +
              deadline.ToString() + "（《中华人民共和国政府信息公开条例》第四十九条）。";
  out.push_back(std::move(f));
}

}  // namespace gongkai::report::rules
