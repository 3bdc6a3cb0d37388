// S7 [I]: the report is not a copy of the previous year's (内容雷同, named in
// 国办公开办函〔2021〕30号 as something to hold people accountable for).
#include <set>

#include "core/utf8.h"
#include "report/narrative_figures.h"
#include "report/rules.h"

namespace gongkai::report::rules {

void CheckCopied(const AnnualReport& r, const AnnualReport& previous, const CheckOptions& o,
                 std::vector<Finding>& out) {
  std::set<std::string> before;
  for (const Section& s : previous.sections) {
    for (const Paragraph& p : s.paragraphs) before.insert(NormalizeNarrative(p.text));
  }
  int counted = 0;
  int copied = 0;
  for (const Section& s : r.sections) {
    for (const Paragraph& p : s.paragraphs) {
      const std::string text = NormalizeNarrative(p.text);
      if (static_cast<int>(utf8::Length(text)) < o.copy_min_chars) continue;
      ++counted;
      if (before.count(text) != 0) ++copied;
    }
  }
  bool same_tables = r.table3.present && previous.table3.present;
  bool any_nonzero = false;
  for (int row = 0; same_tables && row < kT3Rows; ++row) {
    for (int c = 0; c < kT3Columns; ++c) {
      if (r.table3.cells[row][c].value != previous.table3.cells[row][c].value) same_tables = false;
      if (r.table3.cells[row][c].or_zero() != 0) any_nonzero = true;
    }
  }
  const bool text_copied = counted > 0 && copied >= o.copy_threshold * counted;
  if (!text_copied && !(same_tables && any_nonzero)) return;
  Finding f;
  f.rule = "S7";
  f.severity = Severity::kWarning;
  f.where.section = "全文";
  f.values = {{"段落数", std::to_string(counted)}, {"与上年相同的段落数", std::to_string(copied)}};
  std::string what;
  if (text_copied) {
    what = "正文" + std::to_string(counted) + "段中有" + std::to_string(copied) + "段与上年报告完全相同";
  }
  if (same_tables && any_nonzero) {
    what += std::string(what.empty() ? "" : "，且") + "表三数据与上年报告完全相同";
  }
  f.message = what + "。年度报告应反映本年度情况，内容雷同属于国办公开办函〔2021〕30号要求追责的情形，请核实。";
  out.push_back(std::move(f));
}

}  // namespace gongkai::report::rules
