// S2: numbers quoted in the narrative equal the table figures they describe
// (applications received, answered, carried over; 复议/诉讼 counts; 规章).
#include "report/narrative_figures.h"
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {

struct Expectation {
  std::vector<int64_t> accepted;  // any of these is right
  std::string describe;           // what the table says, for the message
};

std::string Num(int64_t v) { return std::to_string(v); }

// Value of a Table 3 cell in the 总计 column, if filled.
std::optional<int64_t> T3Total(const AnnualReport& r, int row) {
  if (!r.table3.present) return std::nullopt;
  return r.table3.cells[row][kT3Columns - 1].value;
}

std::optional<int64_t> T4(const AnnualReport& r, int block, int column) {
  if (!r.table4.present) return std::nullopt;
  return r.table4.at(block, column).value;
}

std::optional<Expectation> Expect(const AnnualReport& r, const QuotedFigure& f) {
  Expectation e;
  switch (f.kind) {
    case FigureKind::kReceived: {
      const auto n = T3Total(r, kR01);
      if (!n) return std::nullopt;
      e.accepted.push_back(*n);
      e.describe = "表三“一、本年新收政府信息公开申请数量”总计为" + Num(*n);
      if (const auto c = T3Total(r, kR02)) {
        e.accepted.push_back(*n + *c);
        e.describe += "（加上年结转共" + Num(*n + *c) + "）";
      }
      return e;
    }
    case FigureKind::kAnswered: {
      const auto n = T3Total(r, kR24);
      if (!n) return std::nullopt;
      e.accepted.push_back(*n);
      e.describe = "表三“（七）总计”为" + Num(*n);
      return e;
    }
    case FigureKind::kCarriedIn: {
      const auto n = T3Total(r, kR02);
      if (!n) return std::nullopt;
      e.accepted.push_back(*n);
      e.describe = "表三“二、上年结转政府信息公开申请数量”总计为" + Num(*n);
      return e;
    }
    case FigureKind::kCarriedOver: {
      const auto n = T3Total(r, kR25);
      if (!n) return std::nullopt;
      e.accepted.push_back(*n);
      e.describe = "表三“四、结转下年度继续办理”总计为" + Num(*n);
      return e;
    }
    case FigureKind::kRulesIssued: {
      if (!r.table2.present || !r.table2.normative[0][0].value) return std::nullopt;
      const int64_t n = *r.table2.normative[0][0].value;
      e.accepted.push_back(n);
      e.describe = "表二“规章”本年制发件数为" + Num(n);
      return e;
    }
    case FigureKind::kReviewTotal:
    case FigureKind::kLitigationTotal:
    case FigureKind::kDirectSuit:
    case FigureKind::kSuitAfterReview:
    case FigureKind::kOutcome: {
      const int column = f.kind == FigureKind::kOutcome ? f.outcome : 4;
      const std::string column_name(kT4Columns[column]);
      switch (f.block) {
        case FigureBlock::kReview:
        case FigureBlock::kDirectSuit:
        case FigureBlock::kSuitAfterReview: {
          const int block = f.block == FigureBlock::kReview       ? 0
                            : f.block == FigureBlock::kDirectSuit ? 1
                                                                  : 2;
          const auto n = T4(r, block, column);
          if (!n) return std::nullopt;
          e.accepted.push_back(*n);
          e.describe = "表四“" + std::string(kT4Blocks[block]) + "”" + column_name + "为" + Num(*n);
          return e;
        }
        case FigureBlock::kLitigation: {
          const auto a = T4(r, 1, column);
          const auto b = T4(r, 2, column);
          if (!a || !b) return std::nullopt;
          e.accepted = {*a + *b, *a, *b};
          e.describe = "表四行政诉讼" + column_name + "为" + Num(*a + *b) + "（未经复议直接起诉" +
                       Num(*a) + "，复议后起诉" + Num(*b) + "）";
          return e;
        }
        case FigureBlock::kNone:
          return std::nullopt;
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

void CheckNarrative(const AnnualReport& r, std::vector<Finding>& out) {
  for (const QuotedFigure& q : ExtractFigures(r)) {
    const std::optional<Expectation> e = Expect(r, q);
    if (!e) continue;
    bool ok = false;
    for (int64_t v : e->accepted) ok = ok || v == q.value;
    if (ok) continue;
    Finding f;
    f.rule = "S2";
    f.severity = Severity::kWarning;
    f.where.section = q.section == 0 ? "导语" : SectionName(q.section);
    f.where.src = q.src;
    f.values = {{"正文数字", Num(q.value)}, {"表格数字", Num(e->accepted.front())}};
    f.message = "正文写“" + q.excerpt + "”，但" + e->describe + "，正文与表格不一致。";
    out.push_back(std::move(f));
  }
}

}  // namespace gongkai::report::rules
