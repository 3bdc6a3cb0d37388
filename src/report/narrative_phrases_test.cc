// The S2 phrase table, entry by entry: a sentence that triggers each entry,
// the figure it yields and the finding (or silence) it gives against the
// tables; sentences that must not trigger it; the number scanner.
#include "report/narrative_phrases.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "core/utf8.h"
#include "report/check.h"
#include "report/narrative_figures.h"
#include "report/sample_report.h"

namespace gongkai::report {
namespace {

std::vector<Finding> Rule(const std::vector<Finding>& fs, const std::string& rule) {
  std::vector<Finding> out;
  for (const Finding& f : fs) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

std::vector<Finding> S2With(AnnualReport r, const std::string& sentence, int section = 1) {
  r.sections[section - 1].paragraphs.push_back({sentence, {91, 2}});
  return Rule(CheckReport(r, nullptr, {}), "S2");
}

int64_t T3(const AnnualReport& r, int first, int last) {
  int64_t sum = 0;
  for (int row = first; row <= last; ++row) sum += *r.table3.cells[row][kT3Columns - 1].value;
  return sum;
}
int64_t T4(const AnnualReport& r, int first, int last, int column) {
  int64_t sum = 0;
  for (int b = first; b <= last; ++b) sum += *r.table4.at(b, column).value;
  return sum;
}

// One case per entry whose figure is a count compared for equality.
struct CountCase {
  std::string_view id;
  std::string before, after;  // the sentence is before + N + after
  std::function<int64_t(const AnnualReport&)> table;
};

const std::vector<CountCase>& CountCases() {
  static const std::vector<CountCase> cases = {
      {"carried_over_after", "依申请公开方面，另有", "件顺延到下年度办理。",
       [](const AnnualReport& r) { return T3(r, kR25, kR25); }},
      {"carried_over", "依申请公开方面，结转下年度继续办理", "件。",
       [](const AnnualReport& r) { return T3(r, kR25, kR25); }},
      {"carried_in", "依申请公开方面，上年结转申请", "件。",
       [](const AnnualReport& r) { return T3(r, kR02, kR02); }},
      {"outcome_upheld", "政府信息公开行政复议案件中，结果维持", "件。",
       [](const AnnualReport& r) { return T4(r, 0, 0, 0); }},
      {"outcome_corrected", "行政复议案件中，结果纠正", "起。",
       [](const AnnualReport& r) { return T4(r, 0, 0, 1); }},
      {"outcome_other", "行政诉讼案件中，其他结果", "件。",
       [](const AnnualReport& r) { return T4(r, 1, 2, 2); }},
      {"outcome_pending", "复议后起诉的案件中，尚未审结", "件。",
       [](const AnnualReport& r) { return T4(r, 2, 2, 3); }},
      {"suit_after_review", "复议后起诉", "件。",
       [](const AnnualReport& r) { return T4(r, 2, 2, 4); }},
      {"direct_suit", "未经复议直接起诉", "宗。",
       [](const AnnualReport& r) { return T4(r, 1, 1, 4); }},
      {"review_total", "本年度发生政府信息公开行政复议", "起。",
       [](const AnnualReport& r) { return T4(r, 0, 0, 4); }},
      {"litigation_total", "本年度发生政府信息公开行政诉讼", "件。",
       [](const AnnualReport& r) { return T4(r, 1, 2, 4); }},
      {"rules_issued", "全年制发规章", "件。",
       [](const AnnualReport& r) { return *r.table2.normative[0][0].value; }},
      {"partly_disclosed", "全年办结的申请中，部分公开", "件。",
       [](const AnnualReport& r) { return T3(r, kR04, kR04); }},
      {"withheld", "全年办结的申请中，不予公开", "件。",
       [](const AnnualReport& r) { return T3(r, kR05, kR05 + 7); }},
      {"disclosed", "收到的申请中，同意公开答复数", "件。",
       [](const AnnualReport& r) { return T3(r, kR03, kR03); }},
      {"not_held", "全年办结的申请中，本机关不掌握相关政府信息", "件。",
       [](const AnnualReport& r) { return T3(r, 12, 12); }},
      {"cannot_provide", "全年办结的申请中，无法提供", "件。",
       [](const AnnualReport& r) { return T3(r, 12, 14); }},
      {"not_processed", "全年办结的申请中，不予处理", "件。",
       [](const AnnualReport& r) { return T3(r, 15, 19); }},
      {"other_processing", "全年办结的申请中，其他处理", "件。",
       [](const AnnualReport& r) { return T3(r, kR21, kR23); }},
      {"received", "全年共收到政府信息公开申请", "件。",
       [](const AnnualReport& r) { return T3(r, kR01, kR01); }},
      {"answered", "全年共办结政府信息公开申请", "件。",
       [](const AnnualReport& r) { return T3(r, kR24, kR24); }},
  };
  return cases;
}

TEST(FigurePhrases, EveryCountEntryFindsItsCellAndDisagreementIsS2) {
  const AnnualReport r = MakeSampleReport(31);
  for (const CountCase& c : CountCases()) {
    SCOPED_TRACE(std::string(c.id));
    const int64_t n = c.table(r);
    const std::string right = c.before + std::to_string(n) + c.after;
    const std::vector<QuotedFigure> f = ExtractFigures(right, 1, {});
    ASSERT_EQ(f.size(), 1u) << right;
    EXPECT_EQ(f[0].phrase, c.id);
    EXPECT_EQ(f[0].value, n);
    EXPECT_TRUE(S2With(r, right).empty()) << right;
    // 9876 is above every cell and sum of the sample.
    const std::vector<Finding> s2 = S2With(r, c.before + "9876" + c.after);
    ASSERT_EQ(s2.size(), 1u);
    EXPECT_EQ(s2[0].severity, Severity::kWarning);
    EXPECT_EQ(s2[0].where.section, "一、总体情况");
    EXPECT_EQ(s2[0].where.src.line, 91);
    EXPECT_EQ(s2[0].values[0], (std::pair<std::string, std::string>{"正文数字", "9876"}));
    EXPECT_EQ(s2[0].values[1].second, std::to_string(n));
  }
}

// Every entry of the table is exercised here or by a test below.
TEST(FigurePhrases, EveryEntryHasATest) {
  std::set<std::string_view> tested;
  for (const CountCase& c : CountCases()) tested.insert(c.id);
  for (std::string_view id : {"table2_fees", "fee_notices", "fee_notices_after", "fee_amount"}) {
    tested.insert(id);  // FeesAndFeeNotices
  }
  std::set<std::string_view> ids;
  for (const FigurePhrase& p : FigurePhrases()) {
    EXPECT_TRUE(ids.insert(p.id).second) << "duplicate id " << p.id;
    EXPECT_TRUE(tested.count(p.id)) << "no test for " << p.id;
    EXPECT_NE(p.units, 0u) << p.id;
  }
  for (std::string_view id : tested) EXPECT_NE(FindFigurePhrase(id), nullptr) << id;
}

// The reported fault: 同意公开答复数 was compared with （七）总计.
TEST(FigurePhrases, AgreedToDiscloseIsRowOneNotTheTotal) {
  AnnualReport r = MakeSampleReport(32);
  r.table3.cells[kR03][6] = CountCell::Of(1);
  ASSERT_NE(*r.table3.cells[kR24][6].value, 1);
  for (const Finding& f : S2With(r, "其中同意公开答复数1件。")) ADD_FAILURE() << f.message;
  r.table3.cells[kR03][6] = CountCell::Of(4);
  const std::vector<Finding> s2 = S2With(r, "同意公开答复数1件。");
  ASSERT_EQ(s2.size(), 1u);
  EXPECT_NE(s2[0].message.find("表三“（一）予以公开”总计为4"), std::string::npos) << s2[0].message;
}

TEST(FigurePhrases, ReviewCountedInQiAgainstAZeroTable) {
  AnnualReport r = MakeSampleReport(33);
  for (int c = 0; c < 5; ++c) r.table4.at(0, c) = CountCell::Of(0);
  r.sections[3].paragraphs.clear();  // the sample's own sentence quotes the old total
  const std::vector<Finding> s2 = S2With(r, "本年度发生政府信息公开行政复议1起。", 4);
  ASSERT_EQ(s2.size(), 1u);
  EXPECT_EQ(s2[0].where.section, "四、政府信息公开行政复议、行政诉讼情况");
  EXPECT_EQ(s2[0].values[1].second, "0");
  EXPECT_NE(s2[0].message.find("表四“行政复议”总计为0"), std::string::npos) << s2[0].message;
}

TEST(FigurePhrases, GroupSumsAndAlternatives) {
  AnnualReport r = MakeSampleReport(34);
  // （四）无法提供: 1.不掌握 2, 2.另行制作 1, 3.不明确 0.
  r.table3.cells[12][6] = CountCell::Of(2);
  r.table3.cells[13][6] = CountCell::Of(1);
  r.table3.cells[14][6] = CountCell::Of(0);
  // 不掌握 accepts row 1 alone or the whole group.
  EXPECT_TRUE(S2With(r, "办结的申请中，本机关不掌握相关政府信息2件。").empty());
  EXPECT_TRUE(S2With(r, "办结的申请中，因信息不存在无法提供3件。").empty());
  EXPECT_TRUE(S2With(r, "办结的申请中，本机关不掌握相关政府信息3件。").empty());
  const std::vector<Finding> held = S2With(r, "办结的申请中，本机关不掌握相关政府信息4件。");
  ASSERT_EQ(held.size(), 1u);
  EXPECT_NE(held[0].message.find("（“（四）无法提供”各项之和为3）"), std::string::npos)
      << held[0].message;
  // 无法提供 is the group: row 1 alone is no answer.
  const std::vector<Finding> group = S2With(r, "办结的申请中，无法提供2件。");
  ASSERT_EQ(group.size(), 1u);
  EXPECT_NE(group[0].message.find("表三“（四）无法提供”各项总计之和为3"), std::string::npos)
      << group[0].message;
  // 收到 accepts 一 or 一+二 (existing behaviour).
  const int64_t in = T3(r, kR01, kR01), carried = T3(r, kR02, kR02);
  EXPECT_TRUE(S2With(r, "共收到政府信息公开申请" + std::to_string(in + carried) + "件。").empty());
  // 行政诉讼 accepts both blocks together or either one.
  const int64_t direct = T4(r, 1, 1, 4);
  EXPECT_TRUE(S2With(r, "行政诉讼" + std::to_string(direct) + "件。", 4).empty());
}

TEST(FigurePhrases, FeesAndFeeNotices) {
  AnnualReport r = MakeSampleReport(35);
  r.table2.fees = AmountCell::Of(*Decimal::Parse("2836.25"));
  // table2_fees: the Table 2 amount, compared in 分.
  std::vector<QuotedFigure> f = ExtractFigures("全年行政事业性收费2836.25万元。", 2, {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].phrase, "table2_fees");
  EXPECT_EQ(f[0].value, 2836250000);
  EXPECT_EQ(f[0].written, "2836.25万元");
  EXPECT_TRUE(S2With(r, "全年行政事业性收费2836.25万元。", 2).empty());
  EXPECT_TRUE(S2With(r, "全年行政事业性收费2836.250万元。", 2).empty());
  std::vector<Finding> s2 = S2With(r, "全年行政事业性收费2863.25万元。", 2);
  ASSERT_EQ(s2.size(), 1u);
  EXPECT_EQ(s2[0].values[0].second, "2863.25万元");
  EXPECT_EQ(s2[0].values[1].second, "2836.25万元");
  // fee_amount: recognised, compared with nothing (see narrative_phrases.cc).
  f = ExtractFigures("全年收取政府信息公开信息处理费3940元。", 6, {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].phrase, "fee_amount");
  EXPECT_EQ(f[0].value, 394000);
  EXPECT_TRUE(f[0].accepted.empty());
  EXPECT_TRUE(S2With(r, "全年收取政府信息公开信息处理费3940元。", 6).empty());
  EXPECT_TRUE(S2With(r, "本年度收取信息处理费0元。", 6).empty());
  EXPECT_EQ(ExtractFigures("收取信息处理费0.394万元。", 6, {})[0].value, 394000);
  // fee_notices / fee_notices_after: zero notices contradict （六）2 > 0.
  r.table3.cells[kR22][6] = CountCell::Of(2);
  f = ExtractFigures("本年度发出收费通知0件。", 6, {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].phrase, "fee_notices");
  s2 = S2With(r, "本年度发出收费通知0件。", 6);
  ASSERT_EQ(s2.size(), 1u);
  EXPECT_NE(s2[0].message.find("说明本年度发出过收费通知"), std::string::npos);
  f = ExtractFigures("本年度向申请人发出0份收费通知。", 6, {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].phrase, "fee_notices_after");
  EXPECT_EQ(S2With(r, "本年度向申请人发出0份收费通知。", 6).size(), 1u);
  // A positive count is not compared (notices of December count next year).
  EXPECT_TRUE(S2With(r, "本年度发出收费通知1件。", 6).empty());
  r.table3.cells[kR22][6] = CountCell::Of(0);
  EXPECT_TRUE(S2With(r, "本年度发出收费通知0件。", 6).empty());
}

// ---- Sentences that must not trigger an entry ----

TEST(FigurePhrases, NegativeSentences) {
  struct Neg {
    std::string text;
    std::string_view not_id;  // must not yield this entry (empty: no figure at all)
  };
  const std::vector<Neg> cases = {
      {"回应市长信箱网民留言394件。", ""},
      {"办结人大代表建议和政协提案12件，均已答复。", ""},
      {"受理政府信息公开咨询30件，办结咨询30件。", ""},
      {"受理行政复议申请3件。", "received"},
      {"不予以公开2件。", "disclosed"},
      {"办结申请10件，其中部分公开2件。", "disclosed"},
      {"办结申请10件，其中部分公开2件。", "withheld"},
      {"行政复议中，复议机关责令予以公开1件。", "disclosed"},
      {"主动公开政府信息1334条，公开政策性文件9件。", ""},
      {"发布信息5500余件。", ""},
      {"行政复议和行政诉讼共5件。", "review_total"},
      {"行政复议和行政诉讼共5件。", "litigation_total"},
      {"行政复议后起诉2件。", "review_total"},
      {"全年印发行政规范性文件11件。", "rules_issued"},
      {"办理人大代表建议12件，结转下年度3件。", "carried_over"},  // 件 of 建议, not of Table 3
      {"收取信息处理费3940元。", "table2_fees"},
      {"全年行政事业性收费2836.25万元。", "fee_amount"},
  };
  for (const Neg& c : cases) {
    const std::vector<QuotedFigure> f = ExtractFigures(c.text, 1, {});
    if (c.not_id.empty()) {
      EXPECT_TRUE(f.empty()) << c.text << " → " << (f.empty() ? "" : f[0].phrase);
      continue;
    }
    for (const QuotedFigure& q : f) EXPECT_NE(q.phrase, c.not_id) << c.text;
  }
  // The carried-over sentence above still yields its entry (this test can fail).
  EXPECT_EQ(ExtractFigures("结转下年度继续办理申请3件。", 1, {}).at(0).phrase, "carried_over");
}

// ---- The number scanner ----

TEST(ScanNumbers, ChineseNumeralsWhereUnambiguous) {
  const auto first = [](const std::string& text) -> std::optional<QuotedFigure> {
    const std::vector<QuotedFigure> f = ExtractFigures(text, 4, {});
    if (f.empty()) return std::nullopt;
    return f[0];
  };
  auto f = first("本年度发生政府信息公开行政复议两起。");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->value, 2);
  EXPECT_EQ(f->unit, kUnitQi);
  EXPECT_EQ(f->written, "两起");
  EXPECT_EQ(first("政府信息公开行政诉讼三件，其中结果维持一件。")->value, 3);
  EXPECT_EQ(ExtractFigures("政府信息公开行政诉讼三件，其中结果维持一件。", 4, {}).at(1).value, 1);
  EXPECT_EQ(first("全年共收到政府信息公开申请十二件。")->value, 12);
  EXPECT_EQ(first("全年共收到政府信息公开申请二十件。")->value, 20);
  EXPECT_EQ(first("发生行政复议一起。")->value, 1);
  EXPECT_EQ(first("发生行政复议一起，已审结。")->value, 1);
  // Not counts: 一起 "together", idioms, ordinals, estimates, beyond 九十九.
  EXPECT_FALSE(first("行政复议工作中，与申请人一起核实情况。"));
  EXPECT_FALSE(first("收到申请后推进高效办成一件事。"));
  EXPECT_FALSE(first("受理申请中办好十件实事。"));
  EXPECT_FALSE(first("收到的第一件申请已答复。"));
  EXPECT_FALSE(first("全年共收到政府信息公开申请几十件。"));
  EXPECT_FALSE(first("全年共收到政府信息公开申请数十件。"));
  EXPECT_FALSE(first("全年共收到政府信息公开申请十余件。"));
  EXPECT_FALSE(first("全年共收到政府信息公开申请一百二十件。"));
  EXPECT_FALSE(first("全年共收到政府信息公开申请三四件。"));
  EXPECT_FALSE(first("全年共收到政府信息公开申请两十件。"));
}

TEST(ScanNumbers, DigitsSeparatorsDecimalsAndUnits) {
  const std::u32string t =
      U"受理3,119件，答复3050件，复议2起，诉讼1宗，通知4份，费3940.5元，2836.25万元，信息1334条，3."
      U"5件，G20件";
  const std::vector<NumberToken> n = ScanNumbers(t);
  ASSERT_EQ(n.size(), 7u);
  EXPECT_EQ(n[0].value, 3119);
  EXPECT_EQ(n[1].value, 3050);
  EXPECT_EQ(n[2].unit_kind, kUnitQi);
  EXPECT_EQ(n[3].unit_kind, kUnitZong);
  EXPECT_EQ(n[4].unit_kind, kUnitFen);
  EXPECT_EQ(n[5].unit_kind, kUnitYuan);
  EXPECT_EQ(n[5].value, 394050);
  EXPECT_EQ(n[6].unit_kind, kUnitWanYuan);
  EXPECT_EQ(n[6].value, 2836250000);
  const std::vector<NumberToken> est = ScanNumbers(U"发布信息5500余件");
  ASSERT_EQ(est.size(), 1u);
  EXPECT_TRUE(est[0].approximate);
}

TEST(MayQuoteFigure, FastPathSkipsParagraphsWithoutAFigure) {
  EXPECT_FALSE(MayQuoteFigure("本年度无其他需要报告的事项。"));
  EXPECT_FALSE(MayQuoteFigure("起草文件、宗旨明确、份额合理、单元测试、一事一议。"));
  EXPECT_FALSE(MayQuoteFigure("共计三百元。"));
  EXPECT_TRUE(MayQuoteFigure("受理申请 3119 件"));
  EXPECT_TRUE(MayQuoteFigure("申请１２件"));
  EXPECT_TRUE(MayQuoteFigure("行政复议两起"));
  EXPECT_TRUE(MayQuoteFigure("发布信息5500余件"));
  EXPECT_TRUE(MayQuoteFigure("收费2836.25万元"));
  EXPECT_TRUE(MayQuoteFigure("诉讼1宗"));
  // The fast path never hides a figure the scanner would find.
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    const AnnualReport r = MakeSampleReport(seed);
    for (const Section& s : r.sections) {
      for (const Paragraph& p : s.paragraphs) {
        const std::vector<NumberToken> n = ScanNumbers(utf8::Decode(NormalizeNarrative(p.text)));
        EXPECT_EQ(MayQuoteFigure(p.text), !n.empty()) << p.text;
      }
    }
  }
}

}  // namespace
}  // namespace gongkai::report
