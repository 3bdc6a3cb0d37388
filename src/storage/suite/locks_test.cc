// Shared suite: the reporting-period lock and its logged unlock.
#include <gmock/gmock.h>

#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

using domain::ApplicantKind;
using domain::ApplicationState;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

service::LockAction By(const std::string& actor, const std::string& reason = "") {
  return service::LockAction{actor, "2025-01-20T08:00:00Z", reason};
}

TEST_P(StoreSuite, LockedYearRefusesEventsAndCountChanges) {
  const int64_t dept = AddAgency("某市财政局", "cz");
  const int64_t town = AddAgency("某镇人民政府", "town");
  const int64_t p = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t open_2024 = AddCase(dept, p, D("2024-12-20"));  // R25 of 2024
  ASSERT_TRUE(db().locks().Lock(dept, 2024, By("公开办王五")).ok());
  EXPECT_TRUE(*db().locks().IsLocked(dept, 2024));
  EXPECT_FALSE(*db().locks().IsLocked(town, 2024));
  EXPECT_THAT(*db().locks().LockedYears(dept), ElementsAre(2024));

  service::ApplicationSummary s;
  s.state = ApplicationState::kInProgress;
  s.received_on = D("2024-12-20");
  // An event dated in the locked year.
  Result<int64_t> r = AppendAtEnd(db(), open_2024, Event("note", D("2024-12-30")), s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_THAT(r.status().message(), HasSubstr("2024年度报告已发布，该年度的案件已锁定"));
  EXPECT_THAT(r.status().message(), HasSubstr("事件日期 2024-12-30"));

  // Closing in 2025 leaves 2024's counts as published (still R25 of 2024) …
  s.state = ApplicationState::kClosed;
  s.closed_on = D("2025-01-08");
  s.outcome = law::ReplyType::kDisclosed;
  r = AppendAtEnd(db(), open_2024, Event("replied", D("2025-01-08")), s);
  ASSERT_TRUE(r.ok()) << r.status().message();

  // … but a correction dated 2025 that moves the closing into 2024 would change them.
  s.closed_on = D("2024-12-30");
  domain::ApplicationEvent fix = Event("replied", D("2025-01-09"), "更正答复日期");
  fix.corrects_seq = 2;
  r = AppendAtEnd(db(), open_2024, fix, s);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("会改变该年度表三的统计数字"));
  EXPECT_EQ(db().applications().Get(open_2024)->application.closed_on, D("2025-01-08"));
  EXPECT_EQ(db().applications().Get(open_2024)->events.size(), 2u);

  // A new application received in the locked year is refused; elsewhere it is not.
  domain::Application late;
  late.agency_id = dept;
  late.applicant_id = p;
  late.state = ApplicationState::kInProgress;
  late.received_on = D("2024-06-01");
  EXPECT_THAT(db().applications().Create(late).status().message(), HasSubstr("2024年度报告已发布"));
  late.agency_id = town;
  EXPECT_TRUE(db().applications().Create(late).ok());

  // Appeals: filing or deciding in the locked year is refused.
  domain::Appeal appeal;
  appeal.agency_id = dept;
  appeal.case_number = "某复字〔2024〕1号";
  appeal.filed_on = D("2024-11-01");
  EXPECT_THAT(db().appeals().Add(appeal).status().message(), HasSubstr("立案日期 2024-11-01"));
}

TEST_P(StoreSuite, UnlockIsExplicitAndLogged) {
  const int64_t dept = AddAgency("某市财政局", "cz");
  const int64_t p = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t id = AddCase(dept, p, D("2024-05-06"));
  ASSERT_TRUE(db().locks().Lock(dept, 2024, By("王五", "2024年度报告已发布")).ok());
  EXPECT_THAT(db().locks().Lock(dept, 2024, By("王五")).message(), HasSubstr("已锁定，无需重复锁定"));
  EXPECT_EQ(db().locks().Unlock(dept, 2024, By("王五")).message(), "解锁 2024 年度必须填写原因");
  EXPECT_THAT(db().locks().Unlock(dept, 2024, By("", "x")).message(), HasSubstr("必须记录操作人"));
  EXPECT_THAT(db().locks().Unlock(dept, 2023, By("王五", "x")).message(), HasSubstr("未锁定，无法解锁"));

  ASSERT_TRUE(db().locks().Unlock(dept, 2024, By("赵六", "更正一件答复日期录入错误")).ok());
  EXPECT_FALSE(*db().locks().IsLocked(dept, 2024));
  service::ApplicationSummary s;
  s.state = ApplicationState::kClosed;
  s.received_on = D("2024-05-06");
  s.closed_on = D("2024-05-20");
  s.outcome = law::ReplyType::kDisclosed;
  Result<int64_t> r = AppendAtEnd(db(), id, Event("replied", D("2024-05-20")), s);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(db().locks().Lock(dept, 2024, By("赵六", "更正后重新发布")).ok());

  Result<std::vector<service::LockLogEntry>> log = db().locks().Log(dept);
  ASSERT_TRUE(log.ok()) << log.status().message();
  ASSERT_EQ(log->size(), 3u);
  EXPECT_EQ((*log)[0].kind, service::LockEventKind::kLock);
  EXPECT_EQ((*log)[0].action.actor, "王五");
  EXPECT_EQ((*log)[0].action.reason, "2024年度报告已发布");
  EXPECT_EQ((*log)[1].kind, service::LockEventKind::kUnlock);
  EXPECT_EQ((*log)[1].year, 2024);
  EXPECT_EQ((*log)[1].action.actor, "赵六");
  EXPECT_EQ((*log)[1].action.at, "2025-01-20T08:00:00Z");
  EXPECT_EQ((*log)[1].action.reason, "更正一件答复日期录入错误");
  EXPECT_EQ((*log)[2].kind, service::LockEventKind::kLock);
  EXPECT_EQ(db().locks().Lock(dept + 9, 2024, By("王五")).code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace gongkai::storage::testing
