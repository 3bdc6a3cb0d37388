#include "report/section_titles.h"

#include <gtest/gtest.h>

#include <vector>

namespace gongkai::report {
namespace {

TEST(SectionTitles, OfficialTitlesAndTheirNumbers) {
  EXPECT_EQ(MatchSectionTitle(U"总体情况", 1), 1);
  EXPECT_EQ(MatchSectionTitle(U"主动公开政府信息情况", 2), 2);
  EXPECT_EQ(MatchSectionTitle(U"收到和处理政府信息公开申请情况", 3), 3);
  EXPECT_EQ(MatchSectionTitle(U"政府信息公开行政复议、行政诉讼情况", 4), 4);
  EXPECT_EQ(MatchSectionTitle(U"存在的主要问题及改进情况", 5), 5);
  EXPECT_EQ(MatchSectionTitle(U"其他需要报告的事项", 6), 6);
  // The title decides, whatever number is printed (S9 reports the number).
  EXPECT_EQ(MatchSectionTitle(U"其他需要报告的事项", 5), 6);
}

// Reworded titles seen in published reports, each with the section it is.
TEST(SectionTitles, RewordedAndMistypedTitles) {
  struct Case {
    std::u32string_view title;
    int number;
  };
  const std::vector<Case> cases = {
      {U"政府信息公开行政复议与行政诉讼情况", 4},          // 与 for 、
      {U"政府信息公开行政法复议、行政诉讼情况", 4},        // a character too many
      {U"因政府信息公开工作被申请行政复议和提起行政诉讼情况", 4},  // spec §1 variant
      {U"行政复议、行政诉讼情况", 4},
      {U"存在的主要问题及明年工作计划", 5},
      {U"存在问题及改进情况", 5},                          // spec §1 variant
      {U"政府信息公开工作存在的主要问题及改进情况", 5},    // spec §1 variant
      {U"存在的主要问题及改进措施", 5},
      {U"主动公开情况", 2},
      {U"依申请公开情况", 3},
      {U"收到和处理政府信息公开申请", 3},
      {U"总体工作情况", 1},
      {U"基本情况", 1},
      {U"其他需要说明的事项", 6},
      {U"主动分开政府信息情况", 2},                        // a wrong character
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MatchSectionTitle(c.title, c.number), c.number);
  }
}

TEST(SectionTitles, LooseWordsNeedTheNumber) {
  EXPECT_EQ(MatchSectionTitle(U"下一步工作计划", 5), 5);
  EXPECT_EQ(MatchSectionTitle(U"下一步工作计划", 0), 0);
  EXPECT_EQ(MatchSectionTitle(U"其他", 6), 6);
  EXPECT_EQ(MatchSectionTitle(U"其他", 0), 0);
  // 依申请公开 under a number 2 is a sub-item of section 一, not section 二.
  EXPECT_EQ(MatchSectionTitle(U"依申请公开情况", 2), 3);
}

TEST(SectionTitles, UnrelatedTitlesAreNoSection) {
  EXPECT_EQ(MatchSectionTitle(U"附件", 7), 0);
  EXPECT_EQ(MatchSectionTitle(U"工作亮点", 0), 0);
  EXPECT_EQ(MatchSectionTitle(U"", 1), 0);
}

TEST(SectionTitles, MergedHeadingsNameSeveralSections) {
  EXPECT_EQ(SectionsNamedBy(U"存在的主要问题及改进情况和其他需要报告的事项"),
            (std::vector<int>{5, 6}));
  EXPECT_EQ(SectionsNamedBy(U"政府信息公开行政复议、行政诉讼情况"), (std::vector<int>{4}));
  // 被申请行政复议 is not about applications (section 三).
  EXPECT_EQ(SectionsNamedBy(U"因政府信息公开工作被申请行政复议和提起行政诉讼情况"),
            (std::vector<int>{4}));
  EXPECT_EQ(SectionsNamedBy(U"收到和处理政府信息公开申请情况"), (std::vector<int>{3}));
}

}  // namespace
}  // namespace gongkai::report
