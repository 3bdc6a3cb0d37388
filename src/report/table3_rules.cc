// Table 3 arithmetic (format §6). Blank cells count as 0 here; H1 has already
// reported them, and the sums show what the published figures imply.
//   H2  总计 = 自然人 + … + 其他, for every row
//   H3  （七）总计 = （一）+（二）+ every item of （三）…（六）, per column
//   H4  一 + 二 = 三（七）+ 四, per column (the format's own 勾稽关系, F1)
//   H6  a group subtotal row some reports add = the sum of its items
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {

std::string Num(int64_t v) { return std::to_string(v); }

int64_t V(const AnnualReport& r, int row, int col) { return r.table3.cells[row][col].or_zero(); }

void RowTotals(const AnnualReport& r, std::vector<Finding>& out) {
  for (int row = 0; row < kT3Rows; ++row) {
    if (r.table3.single_other_row && (row == kR21 || row == kR22)) continue;
    int64_t sum = 0;
    for (int c = 0; c < kT3Columns - 1; ++c) sum += V(r, row, c);
    const int64_t total = V(r, row, kT3Columns - 1);
    if (sum == total) continue;
    Finding f;
    f.rule = "H2";
    f.severity = Severity::kError;
    f.where = Where{SectionName(3), kTable3, T3RowName(row), "总计",
                    r.table3.cells[row][kT3Columns - 1].src};
    f.values = {{"总计", Num(total)}, {"自然人至其他各列之和", Num(sum)}};
    f.message = std::string(kTable3) + "“" + T3RowName(row) + "”行：总计为" + Num(total) +
                "，但自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他各列之和为" +
                Num(sum) + "。总计应等于各申请人类型之和。";
    out.push_back(std::move(f));
  }
}

void OutcomeTotals(const AnnualReport& r, std::vector<Finding>& out) {
  for (int c = 0; c < kT3Columns; ++c) {
    int64_t sum = 0;
    for (int row = kR03; row <= kR23; ++row) sum += V(r, row, c);
    const int64_t total = V(r, kR24, c);
    if (sum == total) continue;
    Finding f;
    f.rule = "H3";
    f.severity = Severity::kError;
    f.where = Where{SectionName(3), kTable3, T3RowName(kR24), T3ColumnName(c),
                    r.table3.cells[kR24][c].src};
    f.values = {{"（七）总计", Num(total)}, {"（一）至（六）各项之和", Num(sum)}};
    f.message = std::string(kTable3) + "“" + T3ColumnName(c) + "”列：（七）总计为" + Num(total) +
                "，但（一）予以公开至（六）其他处理各项之和为" + Num(sum) +
                "。总计应等于本年度各项办理结果之和。";
    out.push_back(std::move(f));
  }
}

void Balance(const AnnualReport& r, std::vector<Finding>& out) {
  for (int c = 0; c < kT3Columns; ++c) {
    const int64_t in = V(r, kR01, c) + V(r, kR02, c);
    const int64_t outv = V(r, kR24, c) + V(r, kR25, c);
    if (in == outv) continue;
    Finding f;
    f.rule = "H4";
    f.severity = Severity::kError;
    f.where = Where{SectionName(3), kTable3, "", T3ColumnName(c), r.table3.cells[kR01][c].src};
    f.values = {{"一、本年新收", Num(V(r, kR01, c))},
                {"二、上年结转", Num(V(r, kR02, c))},
                {"（七）总计", Num(V(r, kR24, c))},
                {"四、结转下年度继续办理", Num(V(r, kR25, c))}};
    f.message = std::string(kTable3) + "“" + T3ColumnName(c) + "”列：第一项加第二项之和为" +
                Num(in) + "（" + Num(V(r, kR01, c)) + "+" + Num(V(r, kR02, c)) +
                "），第三项（七）总计加第四项之和为" + Num(outv) + "（" + Num(V(r, kR24, c)) + "+" +
                Num(V(r, kR25, c)) + "），两者应当相等（表头注明的勾稽关系）。";
    out.push_back(std::move(f));
  }
}

void Subtotals(const AnnualReport& r, std::vector<Finding>& out) {
  for (const T3Subtotal& s : r.table3.subtotals) {
    for (int c = 0; c < kT3Columns; ++c) {
      int64_t sum = 0;
      for (int row = 0; row < kT3Rows; ++row) {
        if (kT3RowSpecs[row].group == s.group) sum += V(r, row, c);
      }
      const int64_t total = s.cells[c].or_zero();
      if (sum == total) continue;
      const std::string group(T3GroupLabel(s.group));
      Finding f;
      f.rule = "H6";
      f.severity = Severity::kError;
      f.where = Where{SectionName(3), kTable3, group, T3ColumnName(c), s.cells[c].src};
      f.values = {{"小计", Num(total)}, {"各项之和", Num(sum)}};
      f.message = std::string(kTable3) + "增加的“" + group + "”小计行“" + T3ColumnName(c) +
                  "”列为" + Num(total) + "，但其下各项之和为" + Num(sum) +
                  "。（国家格式中该组没有小计行。）";
      out.push_back(std::move(f));
    }
  }
}

}  // namespace

void CheckTable3Sums(const AnnualReport& r, std::vector<Finding>& out) {
  if (!r.table3.present) return;
  RowTotals(r, out);
  OutcomeTotals(r, out);
  Balance(r, out);
  Subtotals(r, out);
}

}  // namespace gongkai::report::rules
