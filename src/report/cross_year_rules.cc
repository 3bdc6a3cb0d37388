// Rules that need the same body's report for the year before.
//   X1  二、上年结转 (year N) = 四、结转下年度继续办理 (year N−1), per column (error)
//   X2  现行有效(N) = 现行有效(N−1) + 本年制发(N) − 本年废止(N) (warning: documents
//       that lapse at the end of their term are not always counted as 废止)
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {
std::string Num(int64_t v) { return std::to_string(v); }
}  // namespace

void CheckCrossYear(const AnnualReport& r, const AnnualReport& previous,
                    std::vector<Finding>& out) {
  const std::string prev_year = previous.year > 0 ? Num(previous.year) + "年" : "上一年度";
  if (r.table3.present && previous.table3.present) {
    for (int c = 0; c < kT3Columns; ++c) {
      const CountCell& now = r.table3.cells[kR02][c];
      const CountCell& before = previous.table3.cells[kR25][c];
      if (!now.value || !before.value || *now.value == *before.value) continue;
      Finding f;
      f.rule = "X1";
      f.severity = Severity::kError;
      f.where = Where{SectionName(3), kTable3, T3RowName(kR02), T3ColumnName(c), now.src};
      f.values = {{"本年上年结转", Num(*now.value)}, {"上年结转下年度", Num(*before.value)}};
      f.message = std::string(kTable3) + "“" + T3ColumnName(c) + "”列：本年“二、上年结转”为" +
                  Num(*now.value) + "，但" + prev_year + "报告“四、结转下年度继续办理”为" +
                  Num(*before.value) + "，两者应当相等；机构调整造成的差异须在正文中说明。";
      out.push_back(std::move(f));
    }
  }
  if (r.table2.present && previous.table2.present) {
    for (int i = 0; i < 2; ++i) {
      const auto& row = r.table2.normative[i];
      const CountCell& before = previous.table2.normative[i][2];
      if (!row[0].value || !row[1].value || !row[2].value || !before.value) continue;
      const int64_t expected = *before.value + *row[0].value - *row[1].value;
      if (expected == *row[2].value) continue;
      const std::string label(kT2NormativeRows[i]);
      Finding f;
      f.rule = "X2";
      f.severity = Severity::kWarning;
      f.where = Where{SectionName(2), kTable2, label, "现行有效件数", row[2].src};
      f.values = {{"上年现行有效件数", Num(*before.value)},
                  {"本年制发件数", Num(*row[0].value)},
                  {"本年废止件数", Num(*row[1].value)},
                  {"本年现行有效件数", Num(*row[2].value)}};
      f.message = std::string(kTable2) + "“" + label + "”：" + prev_year + "现行有效" +
                  Num(*before.value) + "件，加本年制发" + Num(*row[0].value) + "件、减本年废止" +
                  Num(*row[1].value) + "件应为" + Num(expected) + "件，报告为" +
                  Num(*row[2].value) + "件。到期失效或被替代的文件未计入废止时会出现差异，请核对。";
      out.push_back(std::move(f));
    }
  }
}

}  // namespace gongkai::report::rules
