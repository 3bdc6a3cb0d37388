#include "law/fee_calculation.h"

#include <gtest/gtest.h>

namespace gongkai::law {
namespace {

constexpr int64_t kYuan = 100;

// application-workflow.md §8.5.
TEST(FeeCalculationTest, PerPageWorkedExamples) {
  Result<FeeCalculation> c = CalculatePerPage(150);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->amount_fen, 1700 * kYuan);
  EXPECT_EQ(c->Explain(),
            "按量计收（国办函〔2020〕109号第五条），共150页：第1–30页免费；第31–100页70页×10元=700元；"
            "第101–150页50页×20元=1000元；合计1700元。");
  EXPECT_EQ(CalculatePerPage(2219)->amount_fen, 83460 * kYuan);
  EXPECT_EQ(CalculatePerPage(0)->Explain(), "按量计收（国办函〔2020〕109号第五条），共0页：无需收费；合计0元。");
}

// application-workflow.md §8.4: 45 applications in May cost 5 500 元.
TEST(FeeCalculationTest, PerPieceWorkedExample) {
  Result<FeeCalculation> c = CalculatePerPiece(1, 45);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->amount_fen, 5500 * kYuan);
  EXPECT_EQ(c->Explain(),
            "按件计收（国办函〔2020〕109号第四条），计该申请人本自然月内向本机关提出的第1–45件："
            "第1–10件免费；第11–30件20件×100元=2000元；第31–40件10件×200元=2000元；"
            "第41–45件5件×300元=1500元；合计5500元。");
  // The 45th alone.
  EXPECT_EQ(CalculatePerPiece(45, 1)->amount_fen, 300 * kYuan);
  EXPECT_EQ(CalculatePerPiece(45, 1)->Explain(),
            "按件计收（国办函〔2020〕109号第四条），计该申请人本自然月内向本机关提出的第45件："
            "第45件1件×300元=300元；合计300元。");
}

TEST(FeeCalculationTest, AgreesWithTheTotals) {
  for (int64_t first = 1; first <= 80; ++first) {
    for (int64_t n = 1; n <= 60; ++n) {
      const int64_t expected = *PerItemTotalFeeFen(first + n - 1) - *PerItemTotalFeeFen(first - 1);
      ASSERT_EQ(CalculatePerPiece(first, n)->amount_fen, expected) << first << "+" << n;
    }
  }
  for (int64_t p = 0; p <= 500; ++p) ASSERT_EQ(CalculatePerPage(p)->amount_fen, *PerPageFeeFen(p)) << p;
}

TEST(FeeCalculationTest, BadInput) {
  EXPECT_FALSE(CalculatePerPage(-1).ok());
  EXPECT_FALSE(CalculatePerPiece(0, 1).ok());
  EXPECT_FALSE(CalculatePerPiece(1, 0).ok());
  EXPECT_FALSE(CalculatePerPiece(kMaxFeeApplications, 2).ok());
  EXPECT_TRUE(CalculatePerPiece(kMaxFeeApplications, 1).ok());
}

}  // namespace
}  // namespace gongkai::law
