// S10, entry by entry: every claim phrase and every breakdown family with a
// sentence that contradicts the tables (or itself), the same sentence when
// the tables agree, and sentences that must stay silent.
#include <gtest/gtest.h>

#include <set>

#include "report/check.h"
#include "report/narrative_phrases.h"
#include "report/rules.h"
#include "report/sample_report.h"

namespace gongkai::report {
namespace {

// A consistent sample whose figures the tests set: 结转下年度 2, 新收 5,
// 行政复议 2, 直接起诉 1, 复议后起诉 0 (all 总计).
AnnualReport Base() {
  AnnualReport r = MakeSampleReport(41);
  r.table3.cells[kR25][6] = CountCell::Of(2);
  r.table3.cells[kR01][6] = CountCell::Of(5);
  for (int b = 0; b < 3; ++b) {
    for (int c = 0; c < 5; ++c) r.table4.at(b, c) = CountCell::Of(0);
  }
  r.table4.at(0, 0) = CountCell::Of(2);
  r.table4.at(0, 4) = CountCell::Of(2);
  r.table4.at(1, 3) = CountCell::Of(1);
  r.table4.at(1, 4) = CountCell::Of(1);
  WriteSampleNarrative(41, r);  // the sample text quotes the tables as they are now
  return r;
}

std::vector<Finding> S10(const AnnualReport& base, const std::string& sentence, int section = 1) {
  AnnualReport r = base;
  r.sections[section - 1].paragraphs.push_back({sentence, {57, 3}});
  std::vector<Finding> out;
  rules::CheckContradictions(r, out);
  return out;
}

// The claim the sentence makes (by its phrase id), or "" when none.
std::string ClaimOf(const std::string& sentence) {
  const std::vector<Claim> c = FindClaims(sentence, 1, {});
  if (c.empty()) return "";
  return std::string(c[0].phrase);
}

TEST(Contradictions, AllHandledWhileCarriedOver) {
  const AnnualReport r = Base();
  for (const auto& [sentence, id] : std::vector<std::pair<std::string, std::string>>{
           {"本年度收到的所有申请均已办理完毕。", "all_handled_subject"},
           {"对全部申请均在法定期限内答复。", "all_handled_subject"},
           {"全年共收到政府信息公开申请11件，均已按时办结。", "all_handled_verb"},
           {"依申请公开工作中，收到的申请已全部办结。", "all_handled_subject"},
           {"收到申请11件，已全部办结。", "all_handled_verb"},
       }) {
    SCOPED_TRACE(sentence);
    EXPECT_EQ(ClaimOf(sentence), id);
    const std::vector<Finding> f = S10(r, sentence);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "S10");
    EXPECT_EQ(f[0].severity, Severity::kWarning);
    EXPECT_EQ(f[0].where.section, "一、总体情况");
    EXPECT_EQ(f[0].where.src.line, 57);
    EXPECT_EQ(f[0].values, (std::vector<std::pair<std::string, std::string>>{{"表格数字", "2"}}));
  }
  EXPECT_EQ(S10(r, "本年度收到的所有申请均已办理完毕。")[0].message,
            "正文称“本年度收到的所有申请均已办理完毕”，但表三“四、结转下年度继续办理”总计为2，正文"
            "与表格矛盾。");
  // Nothing carried over: no contradiction.
  AnnualReport none = r;
  none.table3.cells[kR25][6] = CountCell::Of(0);
  EXPECT_TRUE(S10(none, "本年度收到的所有申请均已办理完毕。").empty());
  EXPECT_TRUE(S10(none, "全年共收到政府信息公开申请11件，均已按时办结。").empty());
}

TEST(Contradictions, AllHandledMustStaySilent) {
  const AnnualReport r = Base();
  for (const std::string& sentence : {
           // 均 refers to the answered applications.
           std::string("全年共办结申请9件，均已按时办结。"),
           std::string("答复3050件，均已按时办结。"),
           // Not applications.
           std::string("回应市长信箱网民留言394件，均已全部办结。"),
           std::string("人大代表建议和政协提案全部办结。"),
           // The sentence itself names the carry-over or denies completion.
           std::string("收到申请11件，除2件结转下年度办理外，均已办结。"),
           std::string("收到申请11件，尚未全部办结。"),
           std::string("所有申请均未超过法定答复期限。"),
           std::string("上年度报告所列问题已全部整改到位。"),
           std::string("均在法定期限内予以答复。"),
           std::string("收到申请10件，其中依申请全部公开5件，已答复。"),
       }) {
    EXPECT_EQ(ClaimOf(sentence), "") << sentence;
    EXPECT_TRUE(S10(r, sentence).empty()) << sentence;
  }
}

TEST(Contradictions, NoAppealsNamesExactlyWhatItDenies) {
  const AnnualReport r = Base();  // 复议 2, 直接起诉 1, 复议后起诉 0
  // Both denied, both in the table.
  std::vector<Finding> f = S10(r, "本年度没有发生因政府信息公开引起的行政复议和行政诉讼。", 4);
  EXPECT_EQ(ClaimOf("本年度没有发生因政府信息公开引起的行政复议和行政诉讼。"),
            "no_appeals_negation");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].where.section, "四、政府信息公开行政复议、行政诉讼情况");
  EXPECT_EQ(f[0].message,
            "正文称“本年度没有发生因政府信息公开引起的行政复议和行政诉讼”，但表四“行政复议”总计为2"
            "，表四行政诉讼总计为1，正文与表格矛盾。");
  EXPECT_EQ(f[0].values.size(), 2u);
  // 未发生行政复议、行政诉讼: the 、 does not end what is denied.
  EXPECT_EQ(S10(r, "本年度未发生行政复议、行政诉讼。").size(), 1u);
  // Only 复议 denied, and only it is counted.
  AnnualReport only_suits = r;
  for (int c = 0; c < 5; ++c) only_suits.table4.at(0, c) = CountCell::Of(0);
  EXPECT_TRUE(S10(only_suits, "未收到政府信息公开行政复议申请。").empty());
  EXPECT_EQ(ClaimOf("未收到政府信息公开行政复议申请。"), "no_appeals_negation");
  f = S10(r, "未收到政府信息公开行政复议申请。");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].values,
            (std::vector<std::pair<std::string, std::string>>{{"行政复议·总计", "2"}}));
  // 诉讼 denied in one clause, 复议 stated in the next.
  f = S10(r, "未发生行政诉讼，发生行政复议2件。");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].values,
            (std::vector<std::pair<std::string, std::string>>{{"行政诉讼·总计", "1"}}));
  AnnualReport no_suits = r;
  for (int c = 0; c < 5; ++c) no_suits.table4.at(1, c) = CountCell::Of(0);
  EXPECT_TRUE(S10(no_suits, "未发生行政诉讼，发生行政复议2件。").empty());
  // One litigation block only: 复议后起诉 is 0 in the table.
  EXPECT_TRUE(S10(r, "未发生复议后起诉的案件。").empty());
  f = S10(r, "未发生未经复议直接起诉的案件。");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].values[0].first, "未经复议直接起诉·总计");
  // Nothing in Table 4: silent.
  AnnualReport empty = r;
  for (int i = 0; i < kT4Cells; ++i) empty.table4.cells[i] = CountCell::Of(0);
  EXPECT_TRUE(S10(empty, "本年度没有发生因政府信息公开引起的行政复议和行政诉讼。").empty());
}

TEST(Contradictions, NoAppealsAsZero) {
  const AnnualReport r = Base();
  EXPECT_EQ(ClaimOf("行政复议和行政诉讼均为0。"), "no_appeals_zero");
  std::vector<Finding> f = S10(r, "行政复议和行政诉讼均为0。");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].values.size(), 2u);
  EXPECT_EQ(S10(r, "政府信息公开行政复议、行政诉讼数量均为零。").size(), 1u);
  EXPECT_EQ(S10(r, "行政复议和行政诉讼均未发生。").size(), 1u);
  // A single count written as 0件 is a figure: S2 compares it, S10 stays out.
  EXPECT_EQ(ClaimOf("本年度行政复议为0件。"), "");
  AnnualReport whole = r;
  whole.sections[3].paragraphs.push_back({"本年度行政复议为0件。", {}});
  int s2 = 0, s10 = 0;
  for (const Finding& x : CheckReport(whole, nullptr, {})) {
    s2 += x.rule == "S2";
    s10 += x.rule == "S10";
  }
  EXPECT_EQ(s2, 1);
  EXPECT_EQ(s10, 0);
}

TEST(Contradictions, DenialsOfOutcomesAreNotDenialsOfCases) {
  const AnnualReport r = Base();
  for (const std::string& sentence : {
           std::string("本年度未发生因政府信息公开被行政复议纠错的情况。"),
           std::string("无一例被行政复议纠错。"),
           std::string("未出现行政诉讼败诉。"),
           std::string("行政复议纠错率为0。"),
           std::string("没有被行政复议撤销的答复。"),
           std::string("申请人无正当理由逾期不补正的，不再处理。"),
       }) {
    EXPECT_EQ(ClaimOf(sentence), "") << sentence;
    EXPECT_TRUE(S10(r, sentence).empty()) << sentence;
  }
}

TEST(Contradictions, NoApplicationsWhileReceived) {
  AnnualReport r = Base();
  for (const std::string& sentence :
       {std::string("本年度未收到政府信息公开申请。"),
        std::string("没有收到公民、法人或者其他组织提出的政府信息公开申请。"),
        std::string("本年度无政府信息公开申请。")}) {
    SCOPED_TRACE(sentence);
    EXPECT_EQ(ClaimOf(sentence), "no_applications");
    const std::vector<Finding> f = S10(r, sentence);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("表三“一、本年新收政府信息公开申请数量”总计为5"),
              std::string::npos);
  }
  // The reverse is no contradiction: none received this year, some carried in.
  r.table3.cells[kR01][6] = CountCell::Of(0);
  r.table3.cells[kR02][6] = CountCell::Of(3);
  EXPECT_TRUE(S10(r, "本年度未收到政府信息公开申请。").empty());
  // Not a denial of all applications.
  for (const std::string& sentence :
       {std::string("未收到申请人的补正材料。"), std::string("未收到以纸质形式提交的申请。"),
        std::string("未受理涉及国家秘密的申请。"),
        std::string("无正当理由大量反复申请的不予处理。")}) {
    EXPECT_EQ(ClaimOf(sentence), "") << sentence;
  }
}

// ---- Breakdowns ----

std::string FamilyOf(const std::string& sentence) {
  const std::vector<Breakdown> b = FindBreakdowns(sentence, 1, {});
  if (b.empty()) return "";
  return std::string(b[0].family);
}

struct BreakdownCase {
  std::string sentence;
  std::string family;   // "" when no breakdown must be recognised
  std::string verdict;  // "超过", "少于" or "" (silent)
};

const std::vector<BreakdownCase>& BreakdownCases() {
  static const std::vector<BreakdownCase> cases = {
      // applicant (complete with two categories)
      {"全年共收到政府信息公开申请10件，其中自然人申请6件、法人或其他组织申请5件。", "applicant",
       "超过"},
      {"全年共收到政府信息公开申请10件，其中自然人申请6件、法人或其他组织申请3件。", "applicant",
       "少于"},
      {"全年共收到政府信息公开申请10件，其中自然人申请6件、法人或其他组织申请4件。", "applicant",
       ""},
      // applicant_detail: 3 of 6 categories, so only exceeding is wrong
      {"共收到申请10件，其中自然人6件、商业企业2件、科研机构1件。", "applicant_detail", ""},
      {"共收到申请10件，其中自然人8件、商业企业3件。", "applicant_detail", "超过"},
      // channel: open family
      {"共收到申请10件，其中通过网络申请8件。", "channel", ""},
      {"共收到申请10件，其中网上申请8件、当面申请3件。", "channel", "超过"},
      {"共收到申请10件，其中网上申请6件、当面申请3件。", "channel", ""},
      {"共收到申请10件，分别为网上申请6件、当面申请3件。", "channel", "少于"},
      // t3_outcome
      {"全年办结申请12件，其中予以公开5件、部分公开2件、不予公开1件、无法提供2件、不予处理1件、其他"
       "处理2件。",
       "t3_outcome", "超过"},
      {"全年办结申请12件，其中予以公开5件、部分公开2件、不予公开1件、无法提供2件、不予处理1件、其他"
       "处理1件。",
       "t3_outcome", ""},
      {"全年办结申请12件，其中予以公开5件、部分公开2件、不予公开1件、无法提供2件、不予处理1件、其他"
       "处理0件。",
       "t3_outcome", "少于"},
      {"全年办结申请12件，其中予以公开5件、部分公开2件、不予公开1件、无法提供2件、不予处理1件等。",
       "t3_outcome", ""},
      // Outcomes of a received total are no partition of it (carried-in ones count too).
      {"共收到申请10件，其中予以公开5件、部分公开2件、不予公开1件、无法提供2件、不予处理1件、其他处"
       "理1件。",
       "", ""},
      // t4_outcome
      {"政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件。",
       "t4_outcome", ""},
      {"行政复议20件，其中结果维持8件，结果纠正5件，其他结果6件，尚未审结2件。", "t4_outcome",
       "超过"},
      {"行政复议20件，其中结果维持8件，结果纠正5件。", "t4_outcome", ""},
      // litigation
      {"行政诉讼5件，其中未经复议直接起诉3件、复议后起诉1件。", "litigation", "少于"},
      {"行政诉讼5件，其中未经复议直接起诉3件、复议后起诉2件。", "litigation", ""},
      // Not breakdowns: other units, unknown or overlapping labels, no marker.
      {"共收到申请10件，其中涉及土地征收的申请12件。", "", ""},
      {"共收到申请10件，其中网上申请8件、自然人申请6件。", "", ""},
      {"共收到申请10件，办结12件。", "", ""},
      {"共收到申请10件，其中上年结转3件。", "", ""},
      {"受理申请812件，答复790件（含上年度结转申请12件）。", "", ""},
      {"共收到申请10件，其中自然人申请6件（网上5件）、法人或其他组织申请3件。", "applicant", ""},
  };
  return cases;
}

TEST(Contradictions, BreakdownsThatDoNotAddUp) {
  const AnnualReport r = Base();
  for (const BreakdownCase& c : BreakdownCases()) {
    SCOPED_TRACE(c.sentence);
    EXPECT_EQ(FamilyOf(c.sentence), c.family);
    const std::vector<Finding> f = S10(r, c.sentence);
    if (c.verdict.empty()) {
      EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
      continue;
    }
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "S10");
    EXPECT_NE(f[0].message.find(c.verdict + "总数"), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].values[0].first, "总数");
  }
  const std::vector<Finding> f =
      S10(r, "全年共收到政府信息公开申请10件，其中自然人申请6件、法人或其他组织申请5件。");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message,
            "正文称“全年共收到政府信息公开申请10件，其中自然人申请6件、法人或其他组织申请5件”，所列"
            "各项之和为11，超过总数10，正文前后矛盾。");
  EXPECT_EQ(f[0].values,
            (std::vector<std::pair<std::string, std::string>>{{"总数", "10"}, {"各项之和", "11"}}));
}

TEST(Contradictions, S10RunsInCheckReportAfterS9) {
  AnnualReport r = Base();
  r.sections[0].paragraphs.push_back({"本年度收到的所有申请均已办理完毕。", {}});
  r.sections[4].numbering = HeadingNumbering::kArabic;
  r.sections[4].heading = "5、存在的主要问题及改进情况";
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_GE(f.size(), 2u);
  EXPECT_EQ(f[f.size() - 2].rule, "S9");
  EXPECT_EQ(f.back().rule, "S10");
}

// Every claim phrase and family of the tables has a test: a sentence above
// that makes the claim (repeated here) and a breakdown case of the family.
TEST(Contradictions, EveryTableEntryHasATest) {
  std::set<std::string> claims;
  for (const char* sentence :
       {"本年度收到的所有申请均已办理完毕。", "全年共收到政府信息公开申请11件，均已按时办结。",
        "本年度未发生行政复议、行政诉讼。", "行政复议和行政诉讼均为0。",
        "本年度未收到政府信息公开申请。"}) {
    claims.insert(ClaimOf(sentence));
  }
  for (const ClaimPhrase& p : ClaimPhrases()) {
    EXPECT_TRUE(claims.count(std::string(p.id))) << "no test for claim " << p.id;
  }
  std::set<std::string> families;
  for (const BreakdownCase& c : BreakdownCases()) families.insert(c.family);
  for (const PartFamily& p : PartFamilies()) {
    EXPECT_TRUE(families.count(std::string(p.id))) << "no test for family " << p.id;
  }
}

}  // namespace
}  // namespace gongkai::report
