#include "law/fee.h"

#include <gtest/gtest.h>

namespace gongkai::law {
namespace {

constexpr int64_t kYuan = 100;  // 分 per 元

// 国办函〔2020〕109号第四条 (按件), application-workflow.md §8.4: 45 applications
// in one month cost 5 500 元; the 45th alone 300 元.
TEST(FeeTest, PerItemWorkedExample) {
  EXPECT_EQ(*PerItemTotalFeeFen(45), 5500 * kYuan);
  EXPECT_EQ(*PerItemMarginalFeeFen(45), 300 * kYuan);
}

// 109号第四条 brackets: 1–10 free, 11–30 100 元, 31–40 200 元, 41–50 300 元, 51–60 400 元.
TEST(FeeTest, PerItemBrackets) {
  const std::pair<int64_t, int64_t> kMarginal[] = {{1, 0},    {10, 0},   {11, 100}, {30, 100},
                                                   {31, 200}, {40, 200}, {41, 300}, {50, 300},
                                                   {51, 400}, {60, 400}, {61, 500}, {131, 1200}};
  for (const auto& [k, yuan] : kMarginal) EXPECT_EQ(*PerItemMarginalFeeFen(k), yuan * kYuan) << k;
  EXPECT_EQ(*PerItemTotalFeeFen(0), 0);
  EXPECT_EQ(*PerItemTotalFeeFen(10), 0);
  EXPECT_EQ(*PerItemTotalFeeFen(11), 100 * kYuan);
  EXPECT_EQ(*PerItemTotalFeeFen(30), 2000 * kYuan);
  EXPECT_EQ(*PerItemTotalFeeFen(40), 4000 * kYuan);
  EXPECT_EQ(*PerItemTotalFeeFen(60), 4000 * kYuan + 3000 * kYuan + 4000 * kYuan);
}

TEST(FeeTest, PerItemTotalIsTheSumOfMarginalFees) {
  int64_t sum = 0;
  for (int64_t k = 1; k <= 1000; ++k) {
    sum += *PerItemMarginalFeeFen(k);
    ASSERT_EQ(*PerItemTotalFeeFen(k), sum) << k;
  }
}

// 109号第五条 (按量), application-workflow.md §8.5.
TEST(FeeTest, PerPageWorkedExamples) {
  EXPECT_EQ(*PerPageFeeFen(150), 1700 * kYuan);
  EXPECT_EQ(*PerPageFeeFen(250), 4700 * kYuan);
  EXPECT_EQ(*PerPageFeeFen(2219), 83460 * kYuan);  // the reported real fee notice
}

TEST(FeeTest, PerPageBrackets) {
  EXPECT_EQ(*PerPageFeeFen(0), 0);
  EXPECT_EQ(*PerPageFeeFen(30), 0);
  EXPECT_EQ(*PerPageFeeFen(31), 10 * kYuan);
  EXPECT_EQ(*PerPageFeeFen(100), 700 * kYuan);
  EXPECT_EQ(*PerPageFeeFen(101), 720 * kYuan);
  EXPECT_EQ(*PerPageFeeFen(200), 2700 * kYuan);
  EXPECT_EQ(*PerPageFeeFen(201), 2740 * kYuan);
}

TEST(FeeTest, BadInputIsAnError) {
  EXPECT_EQ(PerItemMarginalFeeFen(0).status().message(), "按件计收的申请序号应在1至1000000之间，实际为0");
  EXPECT_FALSE(PerItemTotalFeeFen(-1).ok());
  EXPECT_FALSE(PerItemTotalFeeFen(kMaxFeeApplications + 1).ok());
  EXPECT_TRUE(PerItemTotalFeeFen(kMaxFeeApplications).ok());
  EXPECT_EQ(PerPageFeeFen(-5).status().message(), "按量计收的页数应在0至100000000之间，实际为-5");
}

TEST(FeeTest, NamesAndFormatting) {
  EXPECT_EQ(ParseFeeMethod("per_piece"), FeeMethod::kPerItem);
  EXPECT_EQ(ParseFeeMethod("per_item"), FeeMethod::kPerItem);  // stored before 2026-12
  EXPECT_STREQ(FeeMethodName(FeeMethod::kPerItem), "per_piece");
  EXPECT_EQ(ParseFeeMethod("按量计收"), FeeMethod::kPerPage);
  EXPECT_FALSE(ParseFeeMethod("both"));
  EXPECT_EQ(FormatYuan(550000), "5500元");
  EXPECT_EQ(FormatYuan(8346050), "83460.50元");
  EXPECT_EQ(FormatYuan(5), "0.05元");
  EXPECT_EQ(FormatYuan(-150), "-1.50元");
}

}  // namespace
}  // namespace gongkai::law
