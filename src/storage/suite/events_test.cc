// Shared suite: the append-only event log, the summary written with each
// event in one transaction, and the list filters.
#include <gmock/gmock.h>

#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

using domain::ApplicantKind;
using domain::ApplicationState;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<int64_t> Ids(const std::vector<domain::Application>& apps) {
  std::vector<int64_t> ids;
  for (const auto& a : apps) ids.push_back(a.id);
  return ids;
}

TEST_P(StoreSuite, EventsGetSeqOneTwoThreeAndStayAsWritten) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t person = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t id = AddCase(agency, person, std::nullopt);
  ASSERT_NE(id, 0);

  service::ApplicationSummary s;
  s.state = ApplicationState::kInProgress;
  s.received_on = D("2024-09-29");  // 条例第三十一条: both sides confirmed online
  s.due_on = D("2024-10-31");       // spec §8 example 1
  domain::ApplicationEvent e = Event("received", D("2024-09-29"), "网上确认");
  e.data = R"({"channel":"online"})";
  Result<int64_t> seq = AppendAtEnd(db(), id, e, s);
  ASSERT_TRUE(seq.ok()) << seq.status().message();
  EXPECT_EQ(*seq, 1);

  s.due_on = D("2024-11-28");  // 条例第三十三条第二款: extension approved
  seq = AppendAtEnd(db(), id, Event("extended", D("2024-10-20")), s);
  ASSERT_TRUE(seq.ok()) << seq.status().message();
  EXPECT_EQ(*seq, 2);

  // A correction is a new event naming the one it corrects.
  domain::ApplicationEvent fix = Event("extended", D("2024-10-21"), "更正延期日期");
  fix.corrects_seq = 2;
  seq = AppendAtEnd(db(), id, fix, s);
  ASSERT_TRUE(seq.ok()) << seq.status().message();
  EXPECT_EQ(*seq, 3);

  Result<service::ApplicationRecord> r = db().applications().Get(id);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->events.size(), 3u);
  const domain::ApplicationEvent& first = r->events[0];
  EXPECT_EQ(first.application_id, id);
  EXPECT_EQ(first.seq, 1);
  EXPECT_EQ(first.kind, "received");
  EXPECT_EQ(first.occurred_on, D("2024-09-29"));
  EXPECT_EQ(first.recorded_at, "2025-01-01T00:00:00Z");
  EXPECT_EQ(first.actor, "clerk");
  EXPECT_EQ(first.data, R"({"channel":"online"})");
  EXPECT_EQ(first.note, "网上确认");
  EXPECT_FALSE(first.corrects_seq.has_value());
  EXPECT_EQ(r->events[1].occurred_on, D("2024-10-20"));
  EXPECT_EQ(r->events[1].data, "{}");
  EXPECT_EQ(r->events[2].seq, 3);
  EXPECT_EQ(r->events[2].corrects_seq, 2);
  EXPECT_EQ(r->application.state, ApplicationState::kInProgress);
  EXPECT_EQ(r->application.received_on, D("2024-09-29"));
  EXPECT_EQ(r->application.due_on, D("2024-11-28"));
  EXPECT_EQ(r->application.applicant_kind, ApplicantKind::kNaturalPerson);
  EXPECT_EQ(r->application.channel, law::Channel::kOnline);
}

TEST_P(StoreSuite, SeqIsPerApplication) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t person = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t a = AddCase(agency, person, D("2024-03-01"));
  const int64_t b = AddCase(agency, person, D("2024-03-02"), D("2024-03-05"));
  service::ApplicationSummary s;
  s.state = ApplicationState::kInProgress;
  s.received_on = D("2024-03-01");
  Result<int64_t> seq = AppendAtEnd(db(), a, Event("note", D("2024-03-03")), s);
  ASSERT_TRUE(seq.ok()) << seq.status().message();
  EXPECT_EQ(*seq, 2);
  EXPECT_EQ(db().applications().Get(b)->events.size(), 2u);
}

TEST_P(StoreSuite, FailedAppendWritesNeitherEventNorSummary) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t person = AddApplicant(ApplicantKind::kCommercial);
  const int64_t id = AddCase(agency, person, D("2024-03-01"));
  const service::ApplicationRecord before = *db().applications().Get(id);

  // The closing summary is valid; the event names a correction target that
  // does not exist, so the whole append must be undone.
  service::ApplicationSummary closing;
  closing.state = ApplicationState::kClosed;
  closing.received_on = D("2024-03-01");
  closing.closed_on = D("2024-03-10");
  closing.outcome = law::ReplyType::kDisclosed;
  domain::ApplicationEvent bad = Event("replied", D("2024-03-10"));
  bad.corrects_seq = 7;
  Result<int64_t> seq = AppendAtEnd(db(), id, bad, closing);
  ASSERT_FALSE(seq.ok());
  EXPECT_EQ(seq.status().code(), StatusCode::kInvalidInput);
  EXPECT_THAT(seq.status().message(), HasSubstr("要更正的事件序号 7 不存在"));

  const service::ApplicationRecord after = *db().applications().Get(id);
  EXPECT_EQ(after.events.size(), before.events.size());
  EXPECT_EQ(after.application.state, ApplicationState::kInProgress);
  EXPECT_FALSE(after.application.closed_on.has_value());
  EXPECT_FALSE(after.application.outcome.has_value());
  EXPECT_EQ(after.application.due_on, before.application.due_on);
  EXPECT_EQ(db().applications().CountTable3({agency}, 2024)->at(2).at(6), 0);

  // The failed append used no seq number.
  seq = AppendAtEnd(db(), id, Event("replied", D("2024-03-10")), closing);
  ASSERT_TRUE(seq.ok()) << seq.status().message();
  EXPECT_EQ(*seq, 2);
}

TEST_P(StoreSuite, AppendRejectsInconsistentSummaryAndUnknownApplication) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t person = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t id = AddCase(agency, person, D("2024-03-01"));
  service::ApplicationSummary s;
  s.state = ApplicationState::kClosed;
  s.received_on = D("2024-03-01");
  s.closed_on = D("2024-03-05");
  Result<int64_t> r = AppendAtEnd(db(), id, Event("replied", D("2024-03-05")), s);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("缺少处理结果"));

  s.outcome = law::ReplyType::kDisclosed;
  s.closed_on = D("2024-02-01");
  r = AppendAtEnd(db(), id, Event("replied", D("2024-02-01")), s);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("办结日期 2024-02-01 早于收到申请之日 2024-03-01"));

  domain::ApplicationEvent nobody = Event("replied", D("2024-03-05"));
  nobody.actor.clear();
  s.closed_on = D("2024-03-05");
  EXPECT_THAT(AppendAtEnd(db(), id, nobody, s).status().message(),
              HasSubstr("缺少经办人"));
  EXPECT_EQ(AppendAtEnd(db(), id + 50, Event("x", D("2024-03-05")), s).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(db().applications().Get(id)->events.size(), 1u);
}

TEST_P(StoreSuite, CreateChecksAgencyApplicantAndCopiesKind) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t org = AddApplicant(ApplicantKind::kResearch, "某研究院");
  domain::Application a;
  a.agency_id = agency;
  a.applicant_id = org;
  a.applicant_kind = ApplicantKind::kNaturalPerson;  // wrong on purpose: the store copies
  a.subject = "某文件";
  Result<int64_t> id = db().applications().Create(a);
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(db().applications().Get(*id)->application.applicant_kind, ApplicantKind::kResearch);
  EXPECT_EQ(db().applications().Get(*id)->application.state, ApplicationState::kSubmitted);

  a.applicant_id = org + 10;
  EXPECT_THAT(db().applications().Create(a).status().message(),
              HasSubstr("申请人 " + std::to_string(org + 10) + " 不存在"));
  a.applicant_id = org;
  a.agency_id = agency + 10;
  EXPECT_THAT(db().applications().Create(a).status().message(),
              HasSubstr("机关 " + std::to_string(agency + 10) + " 不存在"));
}

TEST_P(StoreSuite, ListFiltersByAgencyStateAndDeadline) {
  const int64_t city = AddAgency("某市人民政府", "city");
  const int64_t dept = AddAgency("某市财政局", "cz", city);
  const int64_t other = AddAgency("另一市人民政府", "other");
  const int64_t p = AddApplicant(ApplicantKind::kNaturalPerson);
  // AddCase sets due_on = received + 28 days.
  const int64_t due_mar_29 = AddCase(dept, p, D("2024-03-01"));          // due 2024-03-29
  const int64_t due_apr_02 = AddCase(city, p, D("2024-03-05"));          // due 2024-04-02
  const int64_t closed = AddCase(dept, p, D("2024-03-01"), D("2024-03-04"));
  const int64_t elsewhere = AddCase(other, p, D("2024-03-01"));          // due 2024-03-29
  const int64_t submitted = AddCase(dept, p, std::nullopt);

  service::ApplicationFilter f;
  f.agency_ids = *db().agencies().Subtree(city);
  EXPECT_THAT(Ids(*db().applications().List(f)),
              ElementsAre(due_mar_29, due_apr_02, closed, submitted));

  f.state = ApplicationState::kClosed;
  EXPECT_THAT(Ids(*db().applications().List(f)), ElementsAre(closed));
  f.state = ApplicationState::kSubmitted;
  EXPECT_THAT(Ids(*db().applications().List(f)), ElementsAre(submitted));

  f.state.reset();
  f.as_of = D("2024-03-27");
  f.due_within_days = 2;  // due 2024-03-27 … 2024-03-29
  EXPECT_THAT(Ids(*db().applications().List(f)), ElementsAre(due_mar_29));
  f.due_within_days = 6;  // … 2024-04-02, inclusive
  EXPECT_THAT(Ids(*db().applications().List(f)), ElementsAre(due_mar_29, due_apr_02));

  f.due_within_days.reset();
  f.overdue = true;
  f.as_of = D("2024-03-30");  // due 2024-03-29 < as_of; the closed one is not overdue
  EXPECT_THAT(Ids(*db().applications().List(f)), ElementsAre(due_mar_29));
  f.agency_ids.clear();
  EXPECT_THAT(Ids(*db().applications().List(f)), ElementsAre(due_mar_29, elsewhere));
  f.as_of = D("2024-03-29");  // due today is not overdue
  EXPECT_TRUE(db().applications().List(f)->empty());

  f.as_of.reset();
  Result<std::vector<domain::Application>> bad = db().applications().List(f);
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("需要给出基准日期"));
}

}  // namespace
}  // namespace gongkai::storage::testing
