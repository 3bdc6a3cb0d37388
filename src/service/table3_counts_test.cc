// Table 3 counting rule of application-workflow.md §6, case by case.
#include "service/table3_counts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace gongkai::service {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

CivilDate D(int y, int m, int d) { return CivilDate{y, m, d}; }

// Spec §8 example 7: received 2023-12-15, open on 31 Dec, answered by
// disclosure (条例第三十六条第二项 → R03) on 2024-01-10.
TEST(Table3RowsFor, Example7CarriedOverThenClosed) {
  const auto r = D(2023, 12, 15);
  const auto c = D(2024, 1, 10);
  EXPECT_THAT(Table3RowsFor(r, c, law::ReplyType::kDisclosed, 2023), ElementsAre(0, 24));
  EXPECT_THAT(Table3RowsFor(r, c, law::ReplyType::kDisclosed, 2024), ElementsAre(1, 2));
  EXPECT_THAT(Table3RowsFor(r, c, law::ReplyType::kDisclosed, 2025), IsEmpty());
  EXPECT_THAT(Table3RowsFor(r, c, law::ReplyType::kDisclosed, 2022), IsEmpty());
}

TEST(Table3RowsFor, YearBoundaryDays) {
  // Closed on 31 Dec: closed in Y, not carried over (R22, 109号 fee unpaid).
  EXPECT_THAT(Table3RowsFor(D(2024, 7, 1), D(2024, 12, 31), law::ReplyType::kFeeUnpaid, 2024),
              ElementsAre(0, 21));
  // Closed on 1 Jan: open on 1 Jan counts in R02 (条例第三十八条 → R14).
  EXPECT_THAT(Table3RowsFor(D(2023, 5, 1), D(2024, 1, 1), law::ReplyType::kNeedsProcessing, 2024),
              ElementsAre(1, 13));
  // Received and still open: R01 and R25; the next year R02 and R25.
  EXPECT_THAT(Table3RowsFor(D(2024, 5, 1), std::nullopt, std::nullopt, 2024), ElementsAre(0, 24));
  EXPECT_THAT(Table3RowsFor(D(2024, 5, 1), std::nullopt, std::nullopt, 2025), ElementsAre(1, 24));
  // Not received (第三十一条: no 收到申请之日): nowhere.
  EXPECT_THAT(Table3RowsFor(std::nullopt, std::nullopt, std::nullopt, 2024), IsEmpty());
}

TEST(CompleteTable3Totals, FillsR24AndTotalColumn) {
  Table3Grid g{};
  g[0][0] = 3;
  g[0][1] = 2;
  g[2][0] = 1;   // R03
  g[3][1] = 2;   // R04 (条例第三十七条)
  g[22][5] = 4;  // R23
  g[24][0] = 2;
  CompleteTable3Totals(g);
  EXPECT_EQ(g[23][0], 1);
  EXPECT_EQ(g[23][1], 2);
  EXPECT_EQ(g[23][5], 4);
  EXPECT_EQ(g[23][6], 7);
  EXPECT_EQ(g[0][6], 5);
  EXPECT_EQ(g[24][6], 2);
  EXPECT_EQ(g[1][6], 0);
}

}  // namespace
}  // namespace gongkai::service
