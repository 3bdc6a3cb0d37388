#include "report/narrative_phrases.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/utf8.h"
#include "report/narrative_figures.h"

namespace gongkai::report {
namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;
using Words = std::vector<U32View>;

// ---- Shared word lists ----

// Counts of these are not applications (市长信箱留言, 咨询, 人大建议 …).
const Words kNotApplications = {U"信箱", U"留言", U"来信", U"咨询",
                                U"热线", U"建议", U"提案", U"信访"};
// Outcome rows of Table 3: the sentence is about applications, the clause not
// about 复议/诉讼 (责令予以公开 is a 复议 outcome) nor about other counts.
const Words kApplicationSentence = {U"申请", U"答复", U"办结", U"办理"};
const Words kNotOutcomeClause = {U"复议", U"诉讼", U"责令", U"信箱", U"留言",
                                 U"来信", U"咨询", U"热线", U"建议", U"提案"};

WordTest Clause(Match m, Words w) { return {Scope::kClause, m, std::move(w)}; }
WordTest Sentence(Match m, Words w) { return {Scope::kSentence, m, std::move(w)}; }
WordTest After(Match m, Words w) { return {Scope::kAfter, m, std::move(w)}; }

CellRef T3(int first, int last, std::string_view note = {}) {
  return {CellSource::kTable3Rows, first, last, 4, note};
}
CellRef T4(int first, int last, int column = 4, std::string_view note = {}) {
  return {CellSource::kTable4Blocks, first, last, column, note};
}

constexpr int kR12 = 11, kR13 = 12, kR15 = 14, kR16 = 15, kR20 = 19;

std::vector<FigurePhrase> MakeFigurePhrases() {
  std::vector<FigurePhrase> p;
  const auto outcome_entry = [](std::string_view id, int column, Words words) {
    FigurePhrase e;
    e.id = id;
    e.kind = FigureKind::kOutcome;
    e.outcome = column;
    e.tests = {Clause(Match::kAnyOf, std::move(words))};
    e.units = kUnitsCases;
    return e;
  };
  const auto t3_outcome = [](std::string_view id, FigureKind kind, Words words, Words not_words,
                             std::vector<CellRef> accepted) {
    FigurePhrase e;
    e.id = id;
    e.kind = kind;
    e.tests = {Clause(Match::kAnyOf, std::move(words)),
               Sentence(Match::kAnyOf, kApplicationSentence),
               Clause(Match::kNoneOf, kNotOutcomeClause)};
    if (!not_words.empty()) e.tests.push_back(Clause(Match::kNoneOf, std::move(not_words)));
    e.units = kUnitJian;
    e.accepted = std::move(accepted);
    return e;
  };

  // Carry-over first: "另有34件顺延到下年度答复" names the row after the number.
  p.push_back({"carried_over_after",
               FigureKind::kCarriedOver,
               FigureBlock::kNone,
               -1,
               {After(Match::kAnyOf, {U"下年度", U"下一年度", U"下年"}),
                After(Match::kAnyOf, {U"结转", U"顺延", U"转入", U"延续"}),
                Sentence(Match::kNoneOf, kNotApplications)},
               kUnitJian,
               {T3(kR25, kR25)}});
  p.push_back(
      {"carried_over",
       FigureKind::kCarriedOver,
       FigureBlock::kNone,
       -1,
       {Clause(Match::kAnyOf, {U"结转下年度", U"结转至下年度", U"结转到下年度", U"转入下年度"}),
        Sentence(Match::kNoneOf, kNotApplications)},
       kUnitJian,
       {T3(kR25, kR25)}});
  p.push_back({"carried_in",
               FigureKind::kCarriedIn,
               FigureBlock::kNone,
               -1,
               {Clause(Match::kAnyOf, {U"上年", U"上一年"}), Clause(Match::kAllOf, {U"结转"}),
                Sentence(Match::kNoneOf, kNotApplications)},
               kUnitJian,
               {T3(kR02, kR02)}});
  // Table 4 outcomes, of the block the sentence names last.
  p.push_back(outcome_entry("outcome_upheld", 0, {U"维持"}));
  p.push_back(outcome_entry("outcome_corrected", 1, {U"纠正"}));
  p.push_back(outcome_entry("outcome_other", 2, {U"其他结果"}));
  p.push_back(outcome_entry("outcome_pending", 3, {U"未审结", U"审理中"}));
  // Table 4 totals: 起 and 宗 are as usual as 件 for cases.
  p.push_back({"suit_after_review",
               FigureKind::kSuitAfterReview,
               FigureBlock::kSuitAfterReview,
               -1,
               {Clause(Match::kAnyOf, {U"复议后起诉"})},
               kUnitsCases,
               {T4(2, 2)}});
  p.push_back({"direct_suit",
               FigureKind::kDirectSuit,
               FigureBlock::kDirectSuit,
               -1,
               {Clause(Match::kAnyOf, {U"直接起诉"})},
               kUnitsCases,
               {T4(1, 1)}});
  p.push_back({"review_total",
               FigureKind::kReviewTotal,
               FigureBlock::kReview,
               -1,
               {Clause(Match::kAnyOf, {U"行政复议"}), Clause(Match::kNoneOf, {U"诉讼"})},
               kUnitsCases,
               {T4(0, 0)}});
  p.push_back({"litigation_total",
               FigureKind::kLitigationTotal,
               FigureBlock::kLitigation,
               -1,
               {Clause(Match::kAnyOf, {U"行政诉讼"}), Clause(Match::kNoneOf, {U"复议"})},
               kUnitsCases,
               {T4(1, 2), T4(1, 1, 4, "未经复议直接起诉"), T4(2, 2, 4, "复议后起诉")}});
  p.push_back({"rules_issued",
               FigureKind::kRulesIssued,
               FigureBlock::kNone,
               -1,
               {Clause(Match::kAllOf, {U"规章"}),
                Clause(Match::kAnyOf, {U"制发", U"印发", U"出台", U"新增", U"制定", U"发布"})},
               kUnitJian,
               {{CellSource::kTable2RulesIssued, 0, 0, 4, {}}}});
  // Fees. Table 2 行政事业性收费 is an amount in 万元: compared in 分.
  p.push_back({"table2_fees",
               FigureKind::kTable2Fees,
               FigureBlock::kNone,
               -1,
               {Clause(Match::kAnyOf, {U"行政事业性收费"})},
               kUnitsMoney,
               {{CellSource::kTable2Fees, 0, 0, 4, {}}}});
  // Fee notices: every application of （六）2 (逾期未按收费通知要求缴纳费用) got a
  // notice, so "发出收费通知0件" contradicts （六）2 > 0. A positive count is not
  // compared: a notice sent in December may be counted in （六）2 of the next
  // year, and notices paid on time appear in no row.
  p.push_back({"fee_notices",
               FigureKind::kFeeNotices,
               FigureBlock::kNone,
               -1,
               {Clause(Match::kAnyOf, {U"收费通知", U"缴费通知"})},
               kUnitJian | kUnitFen,
               {{CellSource::kTable3ImpliesSome, kR22, kR22, 4, {}}}});
  p.push_back({"fee_notices_after",
               FigureKind::kFeeNotices,
               FigureBlock::kNone,
               -1,
               {After(Match::kAnyOf, {U"收费通知", U"缴费通知"})},
               kUnitJian | kUnitFen,
               {{CellSource::kTable3ImpliesSome, kR22, kR22, 4, {}}}});
  // 信息处理费 charged (section 六, 国办函〔2020〕109号): recognised and compared
  // with nothing. Table 2 行政事业性收费 may or may not include it (format §2
  // leaves this open), and （六）2 counts applications whose fee was NOT paid,
  // so neither an amount nor "0元 / 未收取" says anything about a table cell
  // (an unpaid notice is exactly a zero charge). Rule S3 covers what section 六
  // must say about fees when （六）2 > 0.
  p.push_back({"fee_amount",
               FigureKind::kFeeAmount,
               FigureBlock::kNone,
               -1,
               {Clause(Match::kAnyOf, {U"信息处理费", U"处理费", U"收费", U"费用"})},
               kUnitsMoney,
               {}});
  // Table 3 outcome rows, before 答复/办结 ("同意公开答复数1件" is （一）).
  p.push_back(t3_outcome("partly_disclosed", FigureKind::kPartlyDisclosed, {U"部分公开"}, {},
                         {T3(kR04, kR04)}));
  p.push_back(t3_outcome("withheld", FigureKind::kWithheld, {U"不予公开", U"不予以公开", U"不公开"},
                         {U"部分"}, {T3(kR05, kR12)}));
  p.push_back(t3_outcome("disclosed", FigureKind::kDisclosed,
                         {U"予以公开", U"同意公开", U"全部公开", U"准予公开"},
                         {U"不予", U"不同意", U"部分", U"不公开"}, {T3(kR03, kR03)}));
  // 不掌握 / 信息不存在 name row （四）1, but reports use them for all of （四）:
  // either is accepted.
  p.push_back(t3_outcome("not_held", FigureKind::kNotHeld, {U"不掌握", U"不存在"}, {},
                         {T3(kR13, kR13), T3(kR13, kR15, "“（四）无法提供”各项之和为")}));
  p.push_back(t3_outcome("cannot_provide", FigureKind::kCannotProvide, {U"无法提供"}, {},
                         {T3(kR13, kR15)}));
  p.push_back(
      t3_outcome("not_processed", FigureKind::kNotProcessed, {U"不予处理"}, {}, {T3(kR16, kR20)}));
  p.push_back(t3_outcome("other_processing", FigureKind::kOtherProcessing, {U"其他处理"}, {},
                         {T3(kR21, kR23)}));
  // Received and answered, last: their words also occur around the others.
  p.push_back({"received",
               FigureKind::kReceived,
               FigureBlock::kNone,
               -1,
               // The most selective test first: all must hold.
               {Clause(Match::kAnyOf, {U"收到", U"受理", U"新收", U"接收", U"接到"}),
                Clause(Match::kNoneOf, kNotApplications), Sentence(Match::kAllOf, {U"申请"}),
                Clause(Match::kNoneOf, {U"复议", U"诉讼"})},
               kUnitJian,
               {T3(kR01, kR01), T3(kR01, kR02, "加上年结转共")}});
  p.push_back({"answered",
               FigureKind::kAnswered,
               FigureBlock::kNone,
               -1,
               {Clause(Match::kAnyOf, {U"答复", U"办结"}), Clause(Match::kNoneOf, kNotApplications),
                Sentence(Match::kAllOf, {U"申请"}), Clause(Match::kNoneOf, {U"复议", U"诉讼"})},
               kUnitJian,
               {T3(kR24, kR24)}});
  return p;
}

}  // namespace

const std::vector<FigurePhrase>& FigurePhrases() {
  static const std::vector<FigurePhrase> table = MakeFigurePhrases();
  return table;
}

const FigurePhrase* FindFigurePhrase(std::string_view id) {
  for (const FigurePhrase& p : FigurePhrases()) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

}  // namespace gongkai::report
