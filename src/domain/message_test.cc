#include <gtest/gtest.h>

#include "domain/message.h"
#include "domain/message_workflow.h"
#include "law/calendar_test_util.h"

namespace gongkai::domain {
namespace {

using law::testing::D;
using law::testing::ShippedCalendar;

Message InState(MessageState s) {
  Message m;
  m.id = 7;
  m.state = s;
  m.consent = true;
  m.received_on = D("2024-09-27");
  m.reply_due_on = D("2024-10-16");
  m.alert_on = D("2024-10-14");
  m.ack_due_on = D("2024-09-30");
  return m;
}

TEST(MessageNames, RoundTrip) {
  for (MessageCategory c :
       {MessageCategory::kConsultation, MessageCategory::kSuggestion, MessageCategory::kComplaint,
        MessageCategory::kHelp, MessageCategory::kOther}) {
    EXPECT_EQ(ParseMessageCategory(MessageCategoryName(c)), c);
    EXPECT_EQ(ParseMessageCategory(MessageCategoryLabel(c)), c);
  }
  EXPECT_EQ(ParseMessageCategory("投诉"), MessageCategory::kComplaint);
  EXPECT_FALSE(ParseMessageCategory("表扬"));
  for (MessageState s :
       {MessageState::kReceived, MessageState::kAssigned, MessageState::kReplied,
        MessageState::kPublished, MessageState::kClosed, MessageState::kTransferred}) {
    EXPECT_EQ(ParseMessageState(MessageStateName(s)), s);
    EXPECT_EQ(ParseMessageState(MessageStateLabel(s)), s);
  }
  EXPECT_EQ(ParseMessageAction("transfer"), MessageAction::kTransfer);
}

TEST(MessageWorkflow, TheHandlingPath) {
  MessageState s = MessageState::kReceived;
  for (MessageAction a : {MessageAction::kAssign, MessageAction::kReply, MessageAction::kPublish}) {
    Message m = InState(s);
    ASSERT_TRUE(CheckMessageAction(m, a).ok()) << MessageActionName(a);
    s = MessageStateAfter(s, a);
  }
  EXPECT_EQ(s, MessageState::kPublished);
  EXPECT_FALSE(IsOpen(s));
}

TEST(MessageWorkflow, ReplyNeedsAnAssignment) {
  Status st = CheckMessageAction(InState(MessageState::kReceived), MessageAction::kReply);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("请先交办"), std::string::npos) << st.message();
  EXPECT_FALSE(CheckMessageAction(InState(MessageState::kReplied), MessageAction::kReply).ok());
}

TEST(MessageWorkflow, PublicationNeedsTheWritersConsent) {
  Message m = InState(MessageState::kReplied);
  m.consent = false;
  Status st = CheckMessageAction(m, MessageAction::kPublish);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("未同意公开"), std::string::npos) << st.message();
  EXPECT_TRUE(CheckMessageAction(m, MessageAction::kClose).ok());
  EXPECT_FALSE(CheckMessageAction(InState(MessageState::kAssigned), MessageAction::kPublish).ok());
}

TEST(MessageWorkflow, FinalStatesTakeNoAction) {
  for (MessageState s :
       {MessageState::kPublished, MessageState::kClosed, MessageState::kTransferred}) {
    for (MessageAction a :
         {MessageAction::kAssign, MessageAction::kReply, MessageAction::kExtend,
          MessageAction::kTransfer, MessageAction::kClose, MessageAction::kPublish}) {
      EXPECT_FALSE(CheckMessageAction(InState(s), a).ok())
          << MessageStateName(s) << " " << MessageActionName(a);
    }
  }
}

TEST(MessageWorkflow, ExtendOnceAndTransferWhileOpen) {
  Message m = InState(MessageState::kAssigned);
  EXPECT_TRUE(CheckMessageAction(m, MessageAction::kExtend).ok());
  m.extended = true;
  Status again = CheckMessageAction(m, MessageAction::kExtend);
  EXPECT_NE(again.message().find("已延期一次"), std::string::npos) << again.message();
  EXPECT_TRUE(CheckMessageAction(m, MessageAction::kTransfer).ok());
  EXPECT_FALSE(CheckMessageAction(InState(MessageState::kReplied), MessageAction::kTransfer).ok());
  EXPECT_FALSE(CheckMessageAction(InState(MessageState::kReplied), MessageAction::kAssign).ok());
}

TEST(MessageWorkflow, Dates) {
  Message m = InState(MessageState::kAssigned);
  m.assigned_on = D("2024-09-30");
  EXPECT_FALSE(CheckMessageDate(m, MessageAction::kAssign, D("2024-09-26")).ok());
  EXPECT_FALSE(CheckMessageDate(m, MessageAction::kReply, D("2024-09-29")).ok());
  EXPECT_TRUE(CheckMessageDate(m, MessageAction::kReply, D("2024-09-30")).ok());
  EXPECT_TRUE(CheckMessageDate(m, MessageAction::kExtend, D("2024-10-16")).ok());
  Status late = CheckMessageDate(m, MessageAction::kExtend, D("2024-10-17"));
  EXPECT_NE(late.message().find("已于 2024-10-16 届满"), std::string::npos) << late.message();
  m.replied_on = D("2024-10-10");
  EXPECT_FALSE(CheckMessageDate(m, MessageAction::kPublish, D("2024-10-09")).ok());
}

// 收到 Friday 2024-09-27: the make-up Sunday 09-29 counts, 国庆 (10-01…07)
// does not, the make-up Saturday 10-12 counts.
TEST(MessageDeadlines, OnTheOfficialCalendar) {
  Result<MessageDeadlines> d =
      ComputeMessageDeadlines(D("2024-09-27"), false, MailboxSettings{}, ShippedCalendar());
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->ack_due_on, D("2024-09-30"));
  EXPECT_EQ(d->alert_on, D("2024-10-14"));  // day 8 of 10
  EXPECT_EQ(d->reply_due_on, D("2024-10-16"));
  Result<MessageDeadlines> ext =
      ComputeMessageDeadlines(D("2024-09-27"), true, MailboxSettings{}, ShippedCalendar());
  ASSERT_TRUE(ext.ok());
  EXPECT_EQ(ext->alert_on, D("2024-10-24"));  // day 16 of 20
  EXPECT_EQ(ext->reply_due_on, D("2024-10-30"));
  MailboxSettings shenyang;
  shenyang.reply_wd = 3;
  shenyang.alert_ratio = 0.5;  // 1.5 rounds up to day 2
  Result<MessageDeadlines> sy =
      ComputeMessageDeadlines(D("2024-09-27"), false, shenyang, ShippedCalendar());
  ASSERT_TRUE(sy.ok());
  EXPECT_EQ(sy->alert_on, D("2024-09-30"));
  EXPECT_EQ(sy->reply_due_on, D("2024-10-08"));
}

TEST(MessageDeadlines, AMissingCalendarYearIsNamed) {
  Result<MessageDeadlines> d =
      ComputeMessageDeadlines(D("2099-12-30"), false, MailboxSettings{}, ShippedCalendar());
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("2099"), std::string::npos) << d.status().message();
}

TEST(MessageDeadlines, BadSettingsAreNamed) {
  MailboxSettings s;
  s.alert_ratio = 1.5;
  Status st = ValidateMailboxSettings(s);
  EXPECT_NE(st.message().find("alert_ratio"), std::string::npos);
  EXPECT_TRUE(ValidateMailboxSettings(MailboxSettings{}).ok());
}

TEST(MessageUrgency, DueSoonOverdueAndTheVetoLine) {
  const MailboxSettings s;
  Message m = InState(MessageState::kReceived);
  EXPECT_FALSE(UrgencyOf(m, D("2024-09-30"), s).ack_overdue);
  EXPECT_TRUE(UrgencyOf(m, D("2024-10-08"), s).ack_overdue);
  EXPECT_FALSE(UrgencyOf(m, D("2024-10-11"), s).due_soon);
  MessageUrgency soon = UrgencyOf(m, D("2024-10-14"), s);
  EXPECT_TRUE(soon.due_soon);
  EXPECT_FALSE(soon.overdue);
  MessageUrgency late = UrgencyOf(m, D("2024-10-17"), s);
  EXPECT_TRUE(late.overdue);
  EXPECT_FALSE(late.due_soon);
  EXPECT_FALSE(late.veto_risk);
  EXPECT_FALSE(UrgencyOf(m, D("2024-11-26"), s).veto_risk);  // day 60
  MessageUrgency risk = UrgencyOf(m, D("2024-11-27"), s);    // day 61
  EXPECT_TRUE(risk.veto_risk);
  EXPECT_FALSE(risk.veto);
  EXPECT_EQ(risk.days_open, 61);
  EXPECT_FALSE(UrgencyOf(m, D("2024-12-27"), s).veto);
  EXPECT_TRUE(UrgencyOf(m, D("2024-12-28"), s).veto);
  // Answered: nothing is urgent any more.
  Message answered = InState(MessageState::kReplied);
  answered.replied_on = D("2024-10-16");
  EXPECT_FALSE(UrgencyOf(answered, D("2025-06-01"), s).veto);
  EXPECT_TRUE(RepliedOnTime(answered));
  answered.replied_on = D("2024-10-17");
  EXPECT_FALSE(RepliedOnTime(answered));
}

TEST(MessageUrgency, ThreeMonthsAfterEndOfMonth) {
  EXPECT_EQ(ThreeMonthsAfter(D("2024-11-30")), D("2025-02-28"));
  EXPECT_EQ(ThreeMonthsAfter(D("2023-11-30")), D("2024-02-29"));
  EXPECT_EQ(ThreeMonthsAfter(D("2024-10-31")), D("2025-01-31"));
}

}  // namespace
}  // namespace gongkai::domain
