// S1: for 规章 and 行政规范性文件, 现行有效 ≥ 本年制发 − 本年废止; otherwise the
// implied stock at the end of last year is negative, which only documents
// issued and lapsed within the year can explain (warning).
#include "report/rules.h"

namespace gongkai::report::rules {

void CheckStock(const AnnualReport& r, std::vector<Finding>& out) {
  if (!r.table2.present) return;
  for (int i = 0; i < 2; ++i) {
    const auto& row = r.table2.normative[i];
    if (!row[0].value || !row[1].value || !row[2].value) continue;
    const int64_t issued = *row[0].value;
    const int64_t repealed = *row[1].value;
    const int64_t in_force = *row[2].value;
    const int64_t implied_previous = in_force - issued + repealed;
    if (implied_previous >= 0) continue;
    const std::string label(kT2NormativeRows[i]);
    Finding f;
    f.rule = "S1";
    f.severity = Severity::kWarning;
    f.where = Where{SectionName(2), kTable2, label, "现行有效件数", row[2].src};
    f.values = {{"本年制发件数", std::to_string(issued)},
                {"本年废止件数", std::to_string(repealed)},
                {"现行有效件数", std::to_string(in_force)},
                {"推算上年末现行有效件数", std::to_string(implied_previous)}};
    f.message = std::string(kTable2) + "“" + label + "”：本年制发" + std::to_string(issued) +
                "件、废止" + std::to_string(repealed) + "件，现行有效却只有" +
                std::to_string(in_force) + "件，推算上年末现行有效为" +
                std::to_string(implied_previous) +
                "件（负数）。除非本年制发的文件已在年内失效，否则数字有误。";
    out.push_back(std::move(f));
  }
}

}  // namespace gongkai::report::rules
