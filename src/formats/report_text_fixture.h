// Test helper: a consistent 2021-format report written by hand as plain text
// (rows tab-separated), with distinct figures in the rows of Table 3 so that
// a row read into the wrong place shows. Pieces can be rewritten to plant
// the variants real reports print. Figures made up.
#pragma once

#include <array>
#include <functional>
#include <string>

#include "report/labels.h"

namespace gongkai::formats::testing {

// 自然人 and 商业企业 per Table 3 row; the other four columns are 0.
inline constexpr std::array<std::array<int, 2>, report::kT3Rows> kT3Figures = {{
    {10, 4}, {1, 1}, {3, 1}, {2, 0}, {1, 0}, {0, 1}, {0, 0}, {0, 0}, {0, 0},
    {0, 0},  {0, 0}, {0, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {0, 0}, {0, 0},
    {0, 0},  {0, 0}, {0, 0}, {0, 0}, {1, 0}, {10, 4}, {1, 1},
}};

struct TextReportOptions {
  // Every line before section 一 (title, preamble).
  std::string front =
      "示例县人民政府\n2024年政府信息公开工作年度报告\n"
      "本报告统计期限自2024年1月1日至2024年12月31日。\n";
  std::array<std::string, 6> headings = {
      "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项"};
  std::string rules_label = "规章";          // "" leaves the row out
  std::string normative_label = "行政规范性文件";
  // The printed line of Table 3 row `row` (0-based) given its official label
  // and its seven values joined by tabs; default: label, tab, values.
  std::function<std::string(int row, const std::string& label, const std::string& values)>
      t3_row;
  std::string narrative_one = "全年共收到政府信息公开申请14件。政务公开纳入绩效考核，开展社会评议，落实责任追究。";
};

inline std::string T3Values(int row) {
  const auto& f = kT3Figures[row];
  return std::to_string(f[0]) + "\t" + std::to_string(f[1]) + "\t0\t0\t0\t0\t" +
         std::to_string(f[0] + f[1]);
}

inline std::string TextReport(const TextReportOptions& o = {}) {
  std::string s = o.front;
  s += o.headings[0] + "\n" + o.narrative_one + "\n";
  s += o.headings[1] + "\n";
  s += "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n";
  if (!o.rules_label.empty()) s += o.rules_label + "\t0\t0\t5\n";
  s += o.normative_label + "\t2\t1\t9\n";
  s += "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t120\n"
       "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t30\n行政强制\t0\n"
       "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t12.5\n";
  s += o.headings[2] + "\n";
  s += "申请人情况\t自然人\t法人或其他组织\t其他\t总计\n";
  for (int row = 0; row < report::kT3Rows; ++row) {
    const std::string label(report::kT3RowSpecs[row].label);
    const std::string values = T3Values(row);
    s += (o.t3_row ? o.t3_row(row, label, values) : label + "\t" + values) + "\n";
  }
  s += o.headings[3] + "\n行政复议\t行政诉讼\n"
       "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
  s += o.headings[4] + "\n上年问题已整改。\n";
  s += o.headings[5] + "\n本年度未收取信息处理费。\n";
  return s;
}

}  // namespace gongkai::formats::testing
