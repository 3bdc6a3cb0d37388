// The reporting-period lock rule and the Table 4 counting rule
// (annual-report-format.md §4).
#include "service/report_lock_rule.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "service/application_summary.h"
#include "service/table4_counts.h"

namespace gongkai::service {
namespace {

using ::testing::HasSubstr;

domain::Application Received(CivilDate on) {
  domain::Application a;
  a.state = domain::ApplicationState::kInProgress;
  a.received_on = on;
  return a;
}

TEST(CheckApplicationWrite, EventDateInLockedYearIsRefused) {
  const domain::Application a = Received(CivilDate{2024, 12, 20});
  Status st = CheckApplicationWrite({2024}, a, a, {CivilDate{2024, 12, 30}});
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_THAT(st.message(), HasSubstr("2024年度报告已发布"));
  EXPECT_TRUE(CheckApplicationWrite({2023}, a, a, {CivilDate{2024, 12, 30}}).ok());
}

TEST(CheckApplicationWrite, ChangeOfLockedYearCountsIsRefused) {
  const domain::Application before = Received(CivilDate{2024, 12, 20});
  domain::Application after = before;
  after.state = domain::ApplicationState::kClosed;
  after.outcome = law::ReplyType::kDisclosed;
  after.closed_on = CivilDate{2025, 1, 8};  // still R25 of 2024: allowed
  EXPECT_TRUE(CheckApplicationWrite({2024}, before, after, {CivilDate{2025, 1, 8}}).ok());
  after.closed_on = CivilDate{2024, 12, 31};  // would move it to R03 of 2024
  EXPECT_THAT(CheckApplicationWrite({2024}, before, after, {CivilDate{2025, 1, 8}}).message(),
              HasSubstr("表三"));
  // A new application received in a locked year (第三十一条 date decides the year).
  EXPECT_FALSE(CheckApplicationWrite({2024}, std::nullopt, before, {}).ok());
  EXPECT_TRUE(CheckApplicationWrite({2023}, std::nullopt, before, {}).ok());
}

TEST(ValidateSummary, ClosedNeedsDateOutcomeAndReceipt) {
  ApplicationSummary s;
  s.state = domain::ApplicationState::kClosed;
  s.closed_on = CivilDate{2024, 3, 1};
  s.outcome = law::ReplyType::kDisclosed;
  EXPECT_THAT(ValidateSummary(s).message(), HasSubstr("没有收到申请之日（条例第三十一条）"));
  s.received_on = CivilDate{2024, 3, 1};
  EXPECT_TRUE(ValidateSummary(s).ok());
  s.state = domain::ApplicationState::kInProgress;
  EXPECT_THAT(ValidateSummary(s).message(), HasSubstr("不应有办结日期或处理结果"));
}

TEST(Table4CellFor, PendingAtAnyTimeCountedOnceWithStatusAt31Dec) {
  domain::Appeal a;
  a.kind = domain::AppealKind::kLitigationAfterReview;
  a.filed_on = CivilDate{2024, 5, 1};
  EXPECT_EQ(Table4CellFor(a, 2024), 2 * 5 + 3);  // 复议后起诉 · 尚未审结
  EXPECT_EQ(Table4CellFor(a, 2023), std::nullopt);
  a.decided_on = CivilDate{2025, 1, 15};
  a.outcome = domain::AppealOutcome::kCorrected;
  EXPECT_EQ(Table4CellFor(a, 2024), 2 * 5 + 3);
  EXPECT_EQ(Table4CellFor(a, 2025), 2 * 5 + 1);  // 结果纠正
  EXPECT_EQ(Table4CellFor(a, 2026), std::nullopt);
  Table4Counts c{1, 2, 3, 4, 0, 0, 0, 0, 5, 0, 1, 1, 1, 1, 0};
  CompleteTable4Totals(c);
  EXPECT_EQ(c[4], 10);
  EXPECT_EQ(c[9], 5);
  EXPECT_EQ(c[14], 4);
}

}  // namespace
}  // namespace gongkai::service
