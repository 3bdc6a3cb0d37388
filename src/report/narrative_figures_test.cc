#include "report/narrative_figures.h"

#include <gtest/gtest.h>

namespace gongkai::report {
namespace {

TEST(NormalizeNarrative, RemovesSpacesAroundNumbersButKeepsWords) {
  EXPECT_EQ(NormalizeNarrative("共受理申请 3119 件，答复 3050 件"), "共受理申请3119件，答复3050件");
  EXPECT_EQ(NormalizeNarrative("通过 WPS Office 编制"), "通过WPS Office编制");
  EXPECT_EQ(NormalizeNarrative("申请１２件"), "申请12件");
}

TEST(ExtractFigures, ApplicationsAndCarryOver) {
  const auto f = ExtractFigures(
      "2025年，全区共受理政府信息公开申请 812 件，答复 790 件（含上年度结转申请 12 件，另有 34 件顺延到下年度答复）。",
      1, {5, 0});
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].kind, FigureKind::kReceived);
  EXPECT_EQ(f[0].value, 812);
  EXPECT_EQ(f[1].kind, FigureKind::kAnswered);
  EXPECT_EQ(f[1].value, 790);
  EXPECT_EQ(f[2].kind, FigureKind::kCarriedIn);
  EXPECT_EQ(f[2].value, 12);
  EXPECT_EQ(f[3].kind, FigureKind::kCarriedOver);
  EXPECT_EQ(f[3].value, 34);
  EXPECT_EQ(f[3].src.line, 5);
}

TEST(ExtractFigures, ReviewAndLitigationOutcomesKeepTheirBlock) {
  const auto f = ExtractFigures(
      "发生政府信息公开行政复议 20 件，其中结果维持 8 件，结果纠正 5 件，其他结果 6 件，尚未审结 1 件；"
      "政府信息公开行政诉讼 9 件，其中结果维持 4 件，尚未审结 5 件。",
      1, {});
  ASSERT_EQ(f.size(), 8u);
  EXPECT_EQ(f[0].kind, FigureKind::kReviewTotal);
  EXPECT_EQ(f[1].kind, FigureKind::kOutcome);
  EXPECT_EQ(f[1].block, FigureBlock::kReview);
  EXPECT_EQ(f[1].outcome, 0);
  EXPECT_EQ(f[4].outcome, 3);
  EXPECT_EQ(f[5].kind, FigureKind::kLitigationTotal);
  EXPECT_EQ(f[6].block, FigureBlock::kLitigation);
  EXPECT_EQ(f[7].value, 5);
}

TEST(ExtractFigures, IgnoresOtherCountsAndEstimates) {
  const auto f = ExtractFigures(
      "主动公开政府信息 1334 条，回应市长信箱网民留言 394 件，公开政策性文件 9 件，发布信息 5500 余件。", 1,
      {});
  EXPECT_TRUE(f.empty());
}

TEST(ExtractFigures, RulesIssued) {
  const auto f = ExtractFigures("全年新增公开市政府规章 2 件、行政规范性文件 11 件。", 1, {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, FigureKind::kRulesIssued);
  EXPECT_EQ(f[0].value, 2);
}

}  // namespace
}  // namespace gongkai::report
