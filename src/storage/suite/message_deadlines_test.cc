// Shared suite: the mailbox's deadline lists, the dashboard per 受理单位
// (due soon, overdue, 3-month veto risk) and the year's counts for the
// annual report, on every adapter and the official calendar.
#include <gmock/gmock.h>

#include "storage/suite/message_desk.h"

namespace gongkai::storage::testing {
namespace {

using domain::MessageState;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Six messages of autumn 2024 to the 市长信箱 (see each line).
class MailYear {
 public:
  explicit MailYear(StoreSuite& suite) : d(suite) {
    // Unassigned: 受理 due 09-30, reply due 10-16.
    m1 = d.Submit("2024-09-27");
    // Assigned to 教育局, not answered.
    m2 = d.Submit("2024-09-27");
    Expect(d.mail.Assign(d.office, m2, d.dept, At("2024-09-30")));
    // Received after 国庆, assigned to 卫健委: alert from 10-17, due 10-21.
    m3 = d.Submit("2024-10-08");
    Expect(d.mail.Assign(d.office, m3, d.other, At("2024-10-09")));
    // 教育局, answered on time and published.
    m4 = d.Submit("2024-09-27");
    Expect(d.mail.Assign(d.office, m4, d.dept, At("2024-09-30")));
    Expect(d.mail.Reply(d.clerk, m4, "答复", At("2024-10-10")));
    Expect(d.mail.Publish(d.office, m4, "", At("2024-10-11")).status());
    // A 信访 matter.
    m5 = d.Submit("2024-09-27");
    Expect(d.mail.Transfer(d.office, m5, "信访事项", At("2024-09-30")));
    // 教育局, answered a day late.
    m6 = d.Submit("2024-09-27");
    Expect(d.mail.Assign(d.office, m6, d.dept, At("2024-09-30")));
    Expect(d.mail.Reply(d.clerk, m6, "答复", At("2024-10-17")));
  }

  std::vector<int64_t> Ids(service::MessageQuery q) {
    Result<std::vector<domain::Message>> list = d.mail.List(q);
    EXPECT_TRUE(list.ok()) << list.status().message();
    std::vector<int64_t> ids;
    if (list.ok()) {
      for (const domain::Message& m : *list) ids.push_back(m.id);
    }
    return ids;
  }

  service::MessageQuery Query(int64_t agency, const char* as_of = nullptr) {
    service::MessageQuery q;
    q.agency_id = agency;
    if (as_of) q.filter.as_of = D(as_of);
    return q;
  }

  static void Expect(const Status& st) { EXPECT_TRUE(st.ok()) << st.message(); }

  MailDesk d;
  int64_t m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0;
};

TEST_P(StoreSuite, MessagesDeadlineLists) {
  MailYear y(*this);
  service::MessageQuery q = y.Query(y.d.city, "2024-10-17");
  q.filter.overdue = true;
  EXPECT_THAT(y.Ids(q), ElementsAre(y.m1, y.m2));
  q.filter.overdue = false;
  q.filter.due_soon = true;
  EXPECT_THAT(y.Ids(q), ElementsAre(y.m3));
  q.filter.due_soon = false;
  q.filter.due_within_days = 4;
  EXPECT_THAT(y.Ids(q), ElementsAre(y.m3));
  q.filter.due_within_days = 3;
  EXPECT_THAT(y.Ids(q), IsEmpty());
  // Before the alert day nothing is due soon.
  service::MessageQuery early = y.Query(y.d.city, "2024-10-11");
  early.filter.due_soon = true;
  EXPECT_THAT(y.Ids(early), IsEmpty());

  service::MessageQuery published = y.Query(y.d.city);
  published.filter.state = MessageState::kPublished;
  EXPECT_THAT(y.Ids(published), ElementsAre(y.m4));
  // A department sees what it was assigned.
  EXPECT_THAT(y.Ids(y.Query(y.d.other)), ElementsAre(y.m3));
  EXPECT_THAT(y.Ids(y.Query(y.d.dept)), ElementsAre(y.m2, y.m4, y.m6));
  EXPECT_THAT(y.Ids(y.Query(y.d.outside)), IsEmpty());
  service::MessageQuery no_date = y.Query(y.d.city);
  no_date.filter.overdue = true;
  EXPECT_EQ(y.d.mail.List(no_date).status().code(), StatusCode::kInvalidInput);
  service::MessageQuery in_2025 = y.Query(y.d.city);
  in_2025.filter.year = 2025;
  EXPECT_THAT(y.Ids(in_2025), IsEmpty());
}

TEST_P(StoreSuite, MessagesRemindersPerDepartment) {
  MailYear y(*this);
  Result<service::MailboxReminders> r = y.d.mail.Reminders(y.d.city, D("2024-10-17"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->total.open, 3);
  EXPECT_EQ(r->total.overdue, 2);
  EXPECT_EQ(r->total.due_soon, 1);
  EXPECT_EQ(r->total.ack_overdue, 1);
  EXPECT_EQ(r->total.veto_risk, 0);
  ASSERT_EQ(r->departments.size(), 3u);
  // Not yet assigned: on the mailbox agency's list, to be assigned.
  EXPECT_EQ(r->departments[0].agency_name, "某市人民政府");
  EXPECT_EQ(r->departments[0].ack_overdue, 1);
  ASSERT_EQ(r->departments[0].items.size(), 1u);
  EXPECT_EQ(r->departments[0].items[0].message.id, y.m1);
  EXPECT_EQ(r->departments[1].agency_name, "某市教育局");
  EXPECT_EQ(r->departments[1].overdue, 1);
  EXPECT_EQ(r->departments[2].agency_name, "某市卫生健康委员会");
  EXPECT_EQ(r->departments[2].due_soon, 1);

  // Day 61 of m1 and m2: the 3-month veto risk; after 3 months, the veto line.
  Result<service::MailboxReminders> risk = y.d.mail.Reminders(y.d.city, D("2024-11-27"));
  ASSERT_TRUE(risk.ok());
  EXPECT_EQ(risk->total.veto_risk, 2);
  EXPECT_EQ(risk->total.veto, 0);
  Result<service::MailboxReminders> veto = y.d.mail.Reminders(y.d.city, D("2024-12-28"));
  ASSERT_TRUE(veto.ok());
  EXPECT_EQ(veto->total.veto, 2);
  EXPECT_EQ(veto->departments[2].items[0].urgency.days_open, 81);  // m3: at risk, no veto yet
  EXPECT_FALSE(veto->departments[2].items[0].urgency.veto);

  Result<service::MailboxReminders> dept = y.d.mail.Reminders(y.d.dept, D("2024-10-17"));
  ASSERT_TRUE(dept.ok());
  EXPECT_EQ(dept->total.open, 1);
  ASSERT_EQ(dept->departments.size(), 1u);
  EXPECT_EQ(dept->departments[0].agency_id, y.d.dept);
}

TEST_P(StoreSuite, MessagesYearCountsForTheAnnualReport) {
  MailYear y(*this);
  Result<service::MessageYearCounts> c = y.d.mail.YearCounts(y.d.city, 2024);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->received, 6);
  EXPECT_EQ(c->replied, 2);
  EXPECT_EQ(c->replied_on_time, 1);
  EXPECT_EQ(c->published, 1);
  EXPECT_EQ(c->transferred, 1);
  EXPECT_EQ(c->closed, 0);
  EXPECT_EQ(c->pending, 3);
  EXPECT_EQ(c->finished(), 3);
  EXPECT_EQ(c->finished_on_time, 2);  // m4 answered and m5 transferred in time; m6 late
  Result<service::MessageYearCounts> dept = y.d.mail.YearCounts(y.d.dept, 2024);
  ASSERT_TRUE(dept.ok());
  EXPECT_EQ(dept->received, 3);
  EXPECT_EQ(dept->replied, 2);
  EXPECT_EQ(dept->pending, 1);
  EXPECT_EQ(y.d.mail.YearCounts(y.d.city, 2025)->received, 0);
  EXPECT_EQ(y.d.mail.YearCounts(999, 2024).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(y.d.mail.YearCounts(y.d.city, 24).status().code(), StatusCode::kInvalidInput);
}

}  // namespace
}  // namespace gongkai::storage::testing
