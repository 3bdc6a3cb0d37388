// S2: numbers quoted in the narrative equal the table figures they describe.
// Which cell a figure counts is the phrase table of narrative_phrases.cc
// (applications received, answered, carried in/over; each outcome of Table 3;
// 复议/诉讼 totals and outcomes; 规章; Table 2 fees; fee notices).
#include "report/narrative_figures.h"
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {

std::string Num(int64_t v) { return std::to_string(v); }

// The value of a cell reference (a count; Table 2 fees in 分), if every cell
// it sums is filled.
std::optional<int64_t> Value(const AnnualReport& r, const CellRef& c) {
  switch (c.source) {
    case CellSource::kTable3Rows:
    case CellSource::kTable3ImpliesSome: {
      if (!r.table3.present) return std::nullopt;
      int64_t sum = 0;
      for (int row = c.first; row <= c.last; ++row) {
        const auto& v = r.table3.cells[row][kT3Columns - 1].value;
        if (!v) return std::nullopt;
        sum += *v;
      }
      return sum;
    }
    case CellSource::kTable4Blocks: {
      if (!r.table4.present) return std::nullopt;
      int64_t sum = 0;
      for (int block = c.first; block <= c.last; ++block) {
        const auto& v = r.table4.at(block, c.column).value;
        if (!v) return std::nullopt;
        sum += *v;
      }
      return sum;
    }
    case CellSource::kTable2RulesIssued:
      if (!r.table2.present) return std::nullopt;
      return r.table2.normative[0][0].value;
    case CellSource::kTable2Fees:
      if (!r.table2.present || !r.table2.fees.value) return std::nullopt;
      return r.table2.fees.value->UnitsAt(6);  // 万元 × 10^6 = 分
  }
  return std::nullopt;
}

// The Table 3 group whose items are exactly rows first…last, if any.
T3Group WholeGroup(int first, int last) {
  const T3Group g = kT3RowSpecs[first].group;
  if (g == T3Group::kNone || kT3RowSpecs[last].group != g) return T3Group::kNone;
  if (first > 0 && kT3RowSpecs[first - 1].group == g) return T3Group::kNone;
  if (last + 1 < kT3Rows && kT3RowSpecs[last + 1].group == g) return T3Group::kNone;
  return g;
}

// How the message names the cell and its value.
std::string Describe(const AnnualReport& r, const CellRef& c, int64_t v) {
  switch (c.source) {
    case CellSource::kTable3Rows: {
      if (c.first == c.last) {
        if (c.first == kR24) return "表三“" + T3RowName(c.first) + "”为" + Num(v);
        return "表三“" + T3RowName(c.first) + "”总计为" + Num(v);
      }
      if (const T3Group g = WholeGroup(c.first, c.last); g != T3Group::kNone) {
        return "表三“" + std::string(T3GroupLabel(g)) + "”各项总计之和为" + Num(v);
      }
      return "表三“" + T3RowName(c.first) + "”至“" + T3RowName(c.last) + "”总计之和为" + Num(v);
    }
    case CellSource::kTable4Blocks: {
      const std::string column(kT4Columns[c.column]);
      if (c.first == c.last) {
        return "表四“" + std::string(kT4Blocks[c.first]) + "”" + column + "为" + Num(v);
      }
      return "表四" + std::string(kT4LitigationHeader) + column + "为" + Num(v);
    }
    case CellSource::kTable2RulesIssued:
      return "表二“" + std::string(kT2NormativeRows[0]) + "”" +
             std::string(kT2NormativeColumns[0]) + "为" + Num(v);
    case CellSource::kTable2Fees:
      return "表二“" + std::string(kT2Fees) + "”" + std::string(kT2FeeColumn) + "为" +
             r.table2.fees.value->ToString();
    case CellSource::kTable3ImpliesSome:
      return "表三“" + T3RowName(c.first) + "”总计为" + Num(v) + "，说明本年度发出过收费通知";
  }
  return "";
}

std::string TableFigure(const AnnualReport& r, const CellRef& c, int64_t v) {
  if (c.source == CellSource::kTable2Fees) return r.table2.fees.value->ToString() + "万元";
  return Num(v);
}

}  // namespace

void CheckNarrative(const AnnualReport& r, std::vector<Finding>& out) {
  for (const QuotedFigure& q : ExtractFigures(r)) {
    if (q.accepted.empty()) continue;  // recognised, compared with nothing (信息处理费)
    const CellRef& primary = q.accepted.front();
    const std::optional<int64_t> expected = Value(r, primary);
    if (!expected) continue;  // H1 reports blank cells
    bool ok = false;
    std::string alternatives;
    if (primary.source == CellSource::kTable3ImpliesSome) {
      ok = *expected == 0 || q.value > 0;
    } else {
      ok = q.value == *expected;
      for (size_t i = 1; i < q.accepted.size(); ++i) {
        const std::optional<int64_t> v = Value(r, q.accepted[i]);
        if (!v) continue;
        ok = ok || q.value == *v;
        alternatives +=
            (alternatives.empty() ? "" : "，") + std::string(q.accepted[i].note) + Num(*v);
      }
    }
    if (ok) continue;
    Finding f;
    f.rule = "S2";
    f.severity = Severity::kWarning;
    f.where.section = q.section == 0 ? "导语" : SectionName(q.section);
    f.where.src = q.src;
    const bool money = (q.unit & kUnitsMoney) != 0;
    f.values = {{"正文数字", money ? q.written : Num(q.value)},
                {"表格数字", TableFigure(r, primary, *expected)}};
    std::string describe = Describe(r, primary, *expected);
    if (!alternatives.empty()) describe += "（" + alternatives + "）";
    f.message = "正文写“" + q.excerpt + "”，但" + describe + "，正文与表格不一致。";
    out.push_back(std::move(f));
  }
}

}  // namespace gongkai::report::rules
