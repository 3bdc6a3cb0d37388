// Shared suite: the leader's mailbox through MessageService on every adapter
// — the handling path on the official calendar, masking on publication, the
// writer's tracking, refusals that change nothing, unique query codes.
#include <gmock/gmock.h>

#include "storage/suite/message_desk.h"

namespace gongkai::storage::testing {
namespace {

using domain::MessageState;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

TEST_P(StoreSuite, MessagesHandlingPathMasksPersonalDataOnPublication) {
  MailDesk d(*this);
  // Friday before 国庆 2024: the make-up Sunday 09-29 counts, 10-01…07 do not.
  Result<service::SubmittedMessage> s = d.mail.Submit(d.Letter(), d.writer, At("2024-09-27"));
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->query_code, "Q1");
  EXPECT_EQ(s->deadlines.ack_due_on, D("2024-09-30"));
  EXPECT_EQ(s->deadlines.alert_on, D("2024-10-14"));
  EXPECT_EQ(s->deadlines.reply_due_on, D("2024-10-16"));
  const int64_t id = s->id;

  // The writer's data are apart: only ContactOf has them.
  Result<domain::MessageContact> contact = d.mail.ContactOf(id);
  ASSERT_TRUE(contact.ok());
  EXPECT_EQ(contact->name, "王小明");
  EXPECT_EQ(contact->phone, "139-1234-5678");

  ASSERT_TRUE(d.mail.Assign(d.office, id, d.dept, At("2024-09-29")).ok());
  ASSERT_TRUE(d.mail
                  .Reply(d.clerk, id,
                         "王小明您好：今年的学区划分方案已于9月20日公布，请登录教育局网站查询。",
                         At("2024-10-10"))
                  .ok());
  Result<service::PublishedMessage> p = d.mail.Publish(d.office, id, "", At("2024-10-11"));
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->exchange.body,
            "我叫王**，身份证110105********002X，电话139****5678。\n请问今年的学区如何划分？");
  EXPECT_THAT(p->exchange.reply, HasSubstr("王**您好"));
  EXPECT_EQ(p->exchange.title, "学区划分咨询");
  EXPECT_EQ(p->masked.size(), 4u);  // name, ID and mobile in the body, the name in the reply

  Result<service::MessageView> v = d.mail.Show(id);
  ASSERT_TRUE(v.ok()) << v.status().message();
  const domain::Message& m = v->message;
  EXPECT_EQ(m.state, MessageState::kPublished);
  EXPECT_EQ(v->agency_name, "某市人民政府");
  EXPECT_EQ(v->handler_name, "某市教育局");
  EXPECT_EQ(m.assigned_by, "市长信箱管理员");
  EXPECT_EQ(m.replied_by, "教育局经办人");
  EXPECT_EQ(m.replied_on, D("2024-10-10"));
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->published_on, D("2024-10-11"));
  EXPECT_EQ(m.published->body, p->exchange.body);
  EXPECT_THAT(m.body, HasSubstr("11010519491231002X"));  // the original stays, never shown
  std::vector<std::string> actions;
  for (const domain::MessageEvent& e : v->events) {
    actions.push_back(domain::MessageActionName(e.action));
    // The log never holds what was masked.
    if (e.action == domain::MessageAction::kPublish) {
      EXPECT_THAT(e.data, Not(HasSubstr("11010519491231002X")));
      EXPECT_THAT(e.data, Not(HasSubstr("13912345678")));
      EXPECT_THAT(e.data, Not(HasSubstr("王小明")));
      EXPECT_THAT(e.data, HasSubstr("110105********002X"));
    }
  }
  EXPECT_THAT(actions, ElementsAre("submit", "assign", "reply", "publish"));
  EXPECT_EQ(v->events[1].actor, "市长信箱管理员");
  EXPECT_EQ(v->events[1].on, D("2024-09-29"));

  // The writer follows it by code and phone (written any way).
  Result<service::TrackedMessage> t = d.mail.Track("Q1", "+86 139 1234 5678");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->state, MessageState::kPublished);
  EXPECT_EQ(t->handler, "某市教育局");
  EXPECT_THAT(t->reply, HasSubstr("王小明您好"));
  Result<service::TrackedMessage> wrong_phone = d.mail.Track("Q1", "13800138000");
  Result<service::TrackedMessage> wrong_code = d.mail.Track("Q9", "13912345678");
  EXPECT_EQ(wrong_phone.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(wrong_code.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(wrong_phone.status().message(), wrong_code.status().message());
}

TEST_P(StoreSuite, MessagesRefusedCommandsChangeNothing) {
  MailDesk d(*this);
  const int64_t id = d.Submit("2024-09-27", /*consent=*/false);
  std::string before = d.Content();  // what every refusal must leave
  auto refused = [&](const Status& st, const char* phrase) {
    EXPECT_FALSE(st.ok()) << phrase;
    EXPECT_THAT(st.message(), HasSubstr(phrase));
    EXPECT_EQ(d.Content(), before) << phrase;
  };
  refused(d.mail.Reply(d.clerk, id, "答复", At("2024-09-30")), "请先交办");
  refused(d.mail.Assign(d.office, id, d.outside, At("2024-09-30")),
          "不是“某市人民政府”或其下级机关");
  refused(d.mail.Assign(d.office, id, 999, At("2024-09-30")), "999");
  refused(d.mail.Assign(d.office, id, d.dept, At("2024-09-26")), "早于收到留言之日");
  refused(d.mail.Assign({""}, id, d.dept, At("2024-09-30")), "未指定操作人");
  refused(d.mail.Extend(d.office, id, " ", At("2024-09-30")), "延期理由");
  refused(d.mail.Transfer(d.office, id, "", At("2024-09-30")), "转信访理由");
  refused(d.mail.Close(d.office, id, "", At("2024-09-30")), "办结理由");
  refused(d.mail.Publish(d.office, id, "", At("2024-09-30")).status(), "尚未答复");
  refused(d.mail.Reply(d.clerk, 999, "答复", At("2024-09-30")), "留言 999 不存在");
  service::NewMessage bad = d.Letter();
  bad.contact.phone = "一二三";
  refused(d.mail.Submit(bad, d.writer, At("2024-09-30")).status(), "字段“联系电话”（--phone）");
  bad = d.Letter("");
  refused(d.mail.Submit(bad, d.writer, At("2024-09-30")).status(), "字段“标题”（--title）不能为空");
  bad = d.Letter();
  bad.agency_id = 999;
  refused(d.mail.Submit(bad, d.writer, At("2024-09-30")).status(), "（--agency）");
  refused(d.mail.Submit(d.Letter(), d.writer, At("2099-06-01")).status(), "2099");

  // Answered without the writer's consent: never published, closed instead.
  ASSERT_TRUE(d.mail.Assign(d.office, id, d.dept, At("2024-09-30")).ok());
  ASSERT_TRUE(d.mail.Reply(d.clerk, id, "答复", At("2024-10-08")).ok());
  before = d.Content();
  refused(d.mail.Publish(d.office, id, "", At("2024-10-09")).status(), "未同意公开");
  refused(d.mail.Transfer(d.office, id, "信访事项", At("2024-10-09")), "已答复");
  refused(d.mail.Close(d.office, id, "不宜公开", At("2024-10-07")), "早于答复日期");
  ASSERT_TRUE(d.mail.Close(d.office, id, "写信人不同意公开", At("2024-10-09")).ok());
  EXPECT_EQ(d.mail.Show(id)->message.state, MessageState::kClosed);
  before = d.Content();
  refused(d.mail.Assign(d.office, id, d.other, At("2024-10-10")), "已办结");
}

TEST_P(StoreSuite, MessagesWithASensitiveWordNeedAReviewersReason) {
  MailDesk d(*this);
  const int64_t id = d.Submit("2024-09-27");
  ASSERT_TRUE(d.mail.Assign(d.office, id, d.dept, At("2024-09-30")).ok());
  ASSERT_TRUE(d.mail.Reply(d.clerk, id, "详见内部资料第3页。", At("2024-10-08")).ok());
  const std::string before = d.Content();
  Result<service::PublishedMessage> refused = d.mail.Publish(d.office, id, "", At("2024-10-09"));
  EXPECT_THAT(refused.status().message(), HasSubstr("含敏感词 1 处"));
  EXPECT_THAT(refused.status().message(), HasSubstr("答复内容第1行：内部资料"));
  EXPECT_EQ(d.Content(), before);
  // No screen configured: publication is refused, nothing written.
  service::MessageService unscreened(
      d.db, d.calendars, [] { return std::string("X"); }, nullptr);
  EXPECT_EQ(unscreened.Publish(d.office, id, "", At("2024-10-09")).status().code(),
            StatusCode::kUnsupported);
  EXPECT_EQ(d.Content(), before);
  Result<service::PublishedMessage> ok =
      d.mail.Publish(d.office, id, "“内部资料”为已公开的招生手册名称", At("2024-10-09"));
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  Result<std::vector<domain::MessageEvent>> events = d.db.messages().Events(id);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->back().reason, "“内部资料”为已公开的招生手册名称");
  EXPECT_THAT(events->back().data, HasSubstr("sensitive_words"));
}

TEST_P(StoreSuite, MessagesExtendOnceWithinTheReplyPeriod) {
  MailDesk d(*this);
  const int64_t id = d.Submit("2024-09-27");
  ASSERT_TRUE(d.mail.Assign(d.office, id, d.dept, At("2024-09-30")).ok());
  ASSERT_TRUE(d.mail.Extend(d.clerk, id, "需会同规划部门核实", At("2024-10-15")).ok());
  Result<domain::Message> m = d.db.messages().Get(id);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->extended);
  EXPECT_EQ(m->alert_on, D("2024-10-24"));
  EXPECT_EQ(m->reply_due_on, D("2024-10-30"));
  EXPECT_EQ(m->ack_due_on, D("2024-09-30"));
  const std::string extended = d.Content();
  EXPECT_THAT(d.mail.Extend(d.clerk, id, "再延", At("2024-10-16")).message(),
              HasSubstr("已延期一次"));
  EXPECT_EQ(d.Content(), extended);
  Result<service::TrackedMessage> t = d.mail.Track(m->query_code, "13912345678");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->extension_reason, "需会同规划部门核实");
  EXPECT_EQ(t->reply_due_on, D("2024-10-30"));

  const int64_t late = d.Submit("2024-09-27");
  const std::string before = d.Content();
  EXPECT_THAT(d.mail.Extend(d.office, late, "来不及", At("2024-10-17")).message(),
              HasSubstr("已于 2024-10-16 届满"));
  EXPECT_EQ(d.Content(), before);
}

TEST_P(StoreSuite, MessagesTransferredToThePetitionChannel) {
  MailDesk d(*this);
  const int64_t id = d.Submit("2024-09-27");
  ASSERT_TRUE(
      d.mail.Transfer(d.office, id, "反映征地补偿问题，属信访事项，已转市信访局", At("2024-09-30"))
          .ok());
  Result<service::MessageView> v = d.mail.Show(id);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->message.state, MessageState::kTransferred);
  EXPECT_EQ(v->message.closed_on, D("2024-09-30"));
  EXPECT_EQ(v->events.back().reason, "反映征地补偿问题，属信访事项，已转市信访局");
  EXPECT_THAT(d.mail.Reply(d.clerk, id, "答复", At("2024-10-08")).message(),
              HasSubstr("已转信访渠道"));
}

TEST_P(StoreSuite, MessagesQueryCodesAreUnique) {
  MailDesk d(*this);
  std::vector<std::string> codes{"A", "A", "B"};
  size_t next = 0;
  service::MessageService mail(
      d.db, d.calendars, [&] { return codes.at(next++); }, &d.screen);
  Result<service::SubmittedMessage> first = mail.Submit(d.Letter(), d.writer, At("2024-09-27"));
  ASSERT_TRUE(first.ok()) << first.status().message();
  // "A" is taken: the use case runs again with the next code.
  Result<service::SubmittedMessage> second = mail.Submit(d.Letter(), d.writer, At("2024-09-27"));
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(second->query_code, "B");
  service::MessageService always_a(
      d.db, d.calendars, [] { return std::string("A"); }, &d.screen);
  const std::string before = d.Content();
  Result<service::SubmittedMessage> third = always_a.Submit(d.Letter(), d.writer, At("2024-09-27"));
  EXPECT_EQ(third.status().code(), StatusCode::kConflict);
  EXPECT_EQ(d.Content(), before);
}

TEST_P(StoreSuite, MessagesContentNeverChanges) {
  MailDesk d(*this);
  const int64_t id = d.Submit("2024-09-27");
  Result<domain::Message> m = d.db.messages().Get(id);
  ASSERT_TRUE(m.ok());
  domain::Message changed = *m;
  changed.title = "改过的标题";
  changed.body = "改过的内容";
  changed.consent = false;
  changed.state = MessageState::kAssigned;
  changed.handler_id = d.dept;
  ASSERT_TRUE(d.db.messages().Update(changed).ok());
  Result<domain::Message> after = d.db.messages().Get(id);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->title, m->title);
  EXPECT_EQ(after->body, m->body);
  EXPECT_TRUE(after->consent);
  EXPECT_EQ(after->state, MessageState::kAssigned);
  // A state the schema refuses (published without an exchange) is not stored.
  changed.state = MessageState::kPublished;
  const std::string before = d.Content();
  EXPECT_EQ(d.db.messages().Update(changed).code(), StatusCode::kInvalidInput);
  EXPECT_EQ(d.Content(), before);
}

}  // namespace
}  // namespace gongkai::storage::testing
