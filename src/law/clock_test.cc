#include "law/clock.h"

#include <gtest/gtest.h>

#include "law/calendar_test_util.h"

namespace gongkai::law {
namespace {

using K = ProcedureEventKind;
using testing::D;
using testing::ShippedCalendar;

ProcedureEvent E(K kind, const char* on) {
  ProcedureEvent e;
  e.kind = kind;
  e.on = D(on);
  return e;
}

ProcedureEvent Reply(K kind, const char* on, ReplyType t) {
  ProcedureEvent e = E(kind, on);
  e.reply_type = t;
  return e;
}

ProcedureEvent Extension(const char* on, int days, const char* approver = "王主任") {
  ProcedureEvent e = E(K::kExtensionApproved, on);
  e.days = days;
  e.approver = approver;
  return e;
}

Result<ClockResult> Compute(const std::vector<ProcedureEvent>& events, Channel channel,
                        const ClockSettings& settings = {}) {
  return ComputeClock(events, ShippedCalendar(), channel, settings);
}

std::string ErrorOf(const std::vector<ProcedureEvent>& events, Channel channel) {
  Result<ClockResult> r = Compute(events, channel);
  return r.ok() ? "" : r.status().message();
}

// §8.1 条例第三十一条第三项 (online: the day both sides confirm), 第三十三条第二款
// (20 工作日, extension by 20 with the 负责人's consent).
TEST(ClockTest, OnlineReceiptOnMakeupSundayAndExtension) {
  std::vector<ProcedureEvent> ev = {E(K::kSubmitted, "2024-09-27"),
                                    E(K::kReceiptConfirmed, "2024-09-29")};
  Result<ClockResult> r = Compute(ev, Channel::kOnline);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kInReview);
  EXPECT_EQ(r->submitted_on, D("2024-09-27"));
  EXPECT_EQ(r->received_on, D("2024-09-29"));
  EXPECT_EQ(r->clock_start, D("2024-09-29"));
  EXPECT_EQ(r->due_on, D("2024-10-31"));
  EXPECT_FALSE(r->due_provisional);
  EXPECT_FALSE(r->receipt_unconfirmed);
  EXPECT_EQ(r->explanation,
            "收到申请之日为2024-09-29（互联网渠道，以双方确认之日为收到申请之日（条例第三十一条第三项））。"
            "答复期限为20个工作日（条例第三十三条第二款）。"
            "自2024-09-29起计算20个工作日（起算日不计入，次日起算），至2024-10-31（星期四）届满；"
            "跳过节假日2024-10-01至2024-10-07；计入调休上班日2024-10-12（星期六）。");

  ev.push_back(Extension("2024-10-30", 20, "王主任"));
  r = Compute(ev, Channel::kOnline);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->due_on, D("2024-11-28"));
  EXPECT_EQ(r->extension_days, 20);
  EXPECT_EQ(r->extension_approver, "王主任");
  EXPECT_NE(r->explanation.find("经王主任同意延长20个工作日（条例第三十三条第二款）"), std::string::npos);
}

// §8.2 条例第三十条: 补正 notice within 7 工作日; the clock restarts on the
// corrected application; no correction in time → 视为放弃 (R21).
TEST(ClockTest, CorrectionOverSpringFestival) {
  ProcedureEvent request = E(K::kCorrectionRequested, "2025-02-05");
  request.days = 15;
  request.received_on = D("2025-02-06");
  std::vector<ProcedureEvent> ev = {E(K::kReceiptConfirmed, "2025-01-20"), request};
  Result<ClockResult> r = Compute(ev, Channel::kOrdinaryPost);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->correction_notice_due, D("2025-02-05"));
  EXPECT_FALSE(r->correction_notice_late);
  EXPECT_EQ(r->correction_deadline, D("2025-02-26"));
  EXPECT_EQ(r->state, ProcedureState::kCorrectionRequested);
  EXPECT_FALSE(r->due_on.has_value());  // stopped until the correction arrives

  std::vector<ProcedureEvent> corrected = ev;
  corrected.push_back(E(K::kCorrectionReceived, "2025-02-10"));
  r = Compute(corrected, Channel::kOrdinaryPost);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kInReview);
  EXPECT_EQ(r->received_on, D("2025-01-20"));  // unchanged: decides the report year
  EXPECT_EQ(r->clock_start, D("2025-02-10"));
  EXPECT_EQ(r->due_on, D("2025-03-10"));
  EXPECT_NE(r->explanation.find("2025-02-10收到补正后的申请，答复期限自该日起重新计算（条例第三十条）"),
            std::string::npos);

  std::vector<ProcedureEvent> lapsed = ev;
  lapsed.push_back(E(K::kCorrectionLapsed, "2025-02-26"));
  EXPECT_EQ(ErrorOf(lapsed, Channel::kOrdinaryPost),
            "第3个事件“correction_lapsed”（逾期未补正，视为放弃申请，2025-02-26）：补正期限至2025-02-26尚未届满");
  lapsed.back().on = D("2025-02-27");
  r = Compute(lapsed, Channel::kOrdinaryPost);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kClosed);
  EXPECT_EQ(r->reply, ReplyType::kCorrectionLapsed);
  EXPECT_EQ(r->table3_row, 20);  // R21
  EXPECT_EQ(r->closed_on, D("2025-02-27"));
}

// §8.3 条例第三十二条 (15 工作日 for the third party), 第三十三条第三款 (not counted).
TEST(ClockTest, ThirdPartyConsultationPausesTheClock) {
  ProcedureEvent sent = E(K::kConsultationSent, "2025-03-10");
  sent.party = "某公司";
  std::vector<ProcedureEvent> ev = {E(K::kHandedIn, "2025-03-03"), sent};
  Result<ClockResult> r = Compute(ev, Channel::kInPerson);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kConsulting);
  ASSERT_EQ(r->consultations.size(), 1u);
  EXPECT_EQ(r->consultations[0].window_end, D("2025-03-31"));
  EXPECT_TRUE(r->due_provisional);  // assumes the window runs out

  ProcedureEvent answered = E(K::kConsultationAnswered, "2025-03-20");
  answered.party = "某公司";
  ev.push_back(answered);
  r = Compute(ev, Channel::kInPerson);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kInReview);
  EXPECT_EQ(r->due_on, D("2025-04-14"));
  EXPECT_FALSE(r->due_provisional);
  ASSERT_EQ(r->pauses.size(), 1u);
  EXPECT_EQ(r->pauses[0], (DateRange{D("2025-03-10"), D("2025-03-20")}));
  ASSERT_TRUE(r->due_count.has_value());
  EXPECT_EQ(r->due_count->paused_days.size(), 9u);
  EXPECT_NE(r->explanation.find("征求第三方（条例第三十二条）“某公司”意见，2025-03-10至2025-03-20不计入答复期限"),
            std::string::npos)
      << r->explanation;
  EXPECT_NE(r->explanation.find("跳过节假日2025-04-04至2025-04-06"), std::string::npos);

  // Without reply, the pause runs to the window's end (第三十二条: silence ⇒ decide).
  // The third party may still answer on the 15th 工作日 itself, so the lapse
  // is recorded only after it.
  ev.back() = E(K::kConsultationLapsed, "2025-03-31");
  EXPECT_EQ(ErrorOf(ev, Channel::kInPerson),
            "第3个事件“consultation_lapsed”（征求意见期限届满未答复，2025-03-31）：征求意见期限至2025-03-31"
            "（第15个工作日）届满，对方当日仍可答复，2025-03-31之后才能记录期限届满未答复");
  ev.back() = E(K::kConsultationLapsed, "2025-04-01");
  r = Compute(ev, Channel::kInPerson);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->consultations[0].lapsed);
  EXPECT_EQ(r->pauses[0].last, D("2025-03-31"));
  EXPECT_EQ(r->due_on, D("2025-04-23"));  // 4 before the pause, 16 from 04-01, 清明 skipped
}

// §8.6 109号: pay within 20 工作日 from the day after receiving the notice;
// unpaid ⇒ 视为放弃 (R22).
TEST(ClockTest, UnpaidFeeClosesTheApplication) {
  ProcedureEvent notice = E(K::kFeeNoticeReceived, "2025-09-26");
  notice.sent_on = D("2025-09-25");
  std::vector<ProcedureEvent> ev = {E(K::kReceiptConfirmed, "2025-09-15"), notice};
  Result<ClockResult> r = Compute(ev, Channel::kOnline);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kFeePending);
  EXPECT_EQ(r->fee_payment_due, D("2025-10-30"));

  ev.push_back(E(K::kFeeLapsed, "2025-10-30"));
  EXPECT_EQ(ErrorOf(ev, Channel::kOnline),
            "第3个事件“fee_lapsed”（逾期未缴纳信息处理费，视为放弃申请，2025-10-30）：缴费期限至2025-10-30尚未届满");
  ev.back().on = D("2025-10-31");
  r = Compute(ev, Channel::kOnline);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kClosed);
  EXPECT_EQ(r->reply, ReplyType::kFeeUnpaid);
  EXPECT_EQ(r->table3_row, 21);  // R22
  EXPECT_EQ(r->closed_on, D("2025-10-31"));
}

// 109号 [R]: the notice-to-payment time is not counted by default; a setting.
TEST(ClockTest, PaidFeePausesTheClockBySetting) {
  std::vector<ProcedureEvent> ev = {E(K::kReceiptConfirmed, "2025-03-03"),
                                    E(K::kFeeNoticeReceived, "2025-03-10"),
                                    E(K::kFeePaid, "2025-03-20")};
  Result<ClockResult> r = Compute(ev, Channel::kOnline);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->due_on, D("2025-04-14"));  // same pause as §8.3
  EXPECT_NE(r->explanation.find("收费通知至缴费期间2025-03-10至2025-03-20不计入答复期限（国办函〔2020〕109号）"),
            std::string::npos);
  ClockSettings s;
  s.fee_pauses_clock = false;
  r = Compute(ev, Channel::kOnline, s);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->due_on, D("2025-03-31"));
  EXPECT_TRUE(r->pauses.empty());
}

// §8.7: received 2023-12-15, due 2024-01-15 (元旦 skipped), answered
// 2024-01-10 by disclosure (第三十六条第二项) → R03; closed_on decides the year.
TEST(ClockTest, YearEndCarryOver) {
  std::vector<ProcedureEvent> ev = {E(K::kSignedFor, "2023-12-15")};
  Result<ClockResult> r = Compute(ev, Channel::kRegisteredPost);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->due_on, D("2024-01-15"));
  EXPECT_FALSE(r->closed_on.has_value());
  ev.push_back(Reply(K::kReplied, "2024-01-10", ReplyType::kDisclosed));
  r = Compute(ev, Channel::kRegisteredPost);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->state, ProcedureState::kDecided);
  EXPECT_EQ(r->closed_on, D("2024-01-10"));
  EXPECT_EQ(r->table3_row, 2);  // R03
  EXPECT_FALSE(r->answered_late);
}

// 条例第三十三条第一款: answer on the spot when possible.
TEST(ClockTest, AnsweredOnTheSpot) {
  std::vector<ProcedureEvent> ev = {E(K::kHandedIn, "2024-05-06"),
                                    Reply(K::kAnsweredOnSpot, "2024-05-06", ReplyType::kAlreadyPublic)};
  Result<ClockResult> r = Compute(ev, Channel::kInPerson);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kDecided);
  EXPECT_EQ(r->due_on, D("2024-05-06"));
  EXPECT_EQ(r->closed_on, D("2024-05-06"));
  EXPECT_EQ(r->table3_row, 2);
  ev.back().on = D("2024-05-07");
  EXPECT_EQ(ErrorOf(ev, Channel::kInPerson),
            "第2个事件“answered_on_spot”（当场答复，2024-05-07）：当场答复的日期应为收到申请之日2024-05-06");
}

// 条例第三十一条: the receipt event must fit the channel; a missing
// confirmation falls back to the physical receipt, flagged [I].
TEST(ClockTest, ReceiptByChannel) {
  EXPECT_EQ(ErrorOf({E(K::kHandedIn, "2024-05-06")}, Channel::kRegisteredPost),
            "第1个事件“handed_in”（当面提交申请，2024-05-06）：邮寄（需签收）的申请应记录“signed_for”"
            "（签收申请），以签收之日为收到申请之日（条例第三十一条第二项）");
  Result<ClockResult> r = Compute({E(K::kArrived, "2024-05-06"), E(K::kCorrectionRequested, "2024-05-08")},
                              Channel::kOrdinaryPost);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->receipt_unconfirmed);
  EXPECT_EQ(r->received_on, D("2024-05-06"));
  EXPECT_NE(r->explanation.find("未记录确认，暂按实际收到之日计算，请核实"), std::string::npos);
  EXPECT_EQ(ErrorOf({E(K::kSubmitted, "2024-05-06"), Reply(K::kReplied, "2024-05-08", ReplyType::kDisclosed)},
                    Channel::kOrdinaryPost),
            "第2个事件“replied”（作出答复，2024-05-08）：尚未记录收到申请（应先记录“receipt_confirmed”或“arrived”），不能记录作出答复");
  Result<ClockResult> pending = Compute({E(K::kSubmitted, "2024-05-06")}, Channel::kOnline);
  ASSERT_TRUE(pending.ok());
  EXPECT_EQ(pending->state, ProcedureState::kSubmitted);
  EXPECT_FALSE(pending->due_on.has_value());
  EXPECT_EQ(pending->explanation, "尚未收到申请，答复期限尚未开始计算。");
}

TEST(ClockTest, InvalidSequencesAreErrors) {
  const ProcedureEvent received = E(K::kReceiptConfirmed, "2024-09-29");
  // An event after closure.
  EXPECT_EQ(ErrorOf({received, Reply(K::kReplied, "2024-10-08", ReplyType::kDisclosed),
                     E(K::kWithdrawn, "2024-10-09")},
                    Channel::kOnline),
            "第3个事件“withdrawn”（申请人撤回申请，2024-10-09）：申请已于2024-10-08办结（已答复），不能再记录事件");
  // A correction received with no request.
  EXPECT_EQ(ErrorOf({received, E(K::kCorrectionReceived, "2024-10-08")}, Channel::kOnline),
            "第2个事件“correction_received”（收到补正后的申请，2024-10-08）：没有待补正的通知，不能记录收到补正后的申请");
  // 条例第三十条 一次性告知: a second notice.
  EXPECT_EQ(ErrorOf({received, E(K::kCorrectionRequested, "2024-09-30"),
                     E(K::kCorrectionReceived, "2024-10-08"), E(K::kCorrectionRequested, "2024-10-09")},
                    Channel::kOnline),
            "第4个事件“correction_requested”（发出补正通知，2024-10-09）：已于2024-09-30发出补正通知；"
            "补正应一次性告知（条例第三十条），不能再次要求补正");
  // 条例第三十三条第二款: at most 20 工作日, with an approver, before the due date.
  EXPECT_EQ(ErrorOf({received, Extension("2024-10-08", 21)}, Channel::kOnline),
            "第2个事件“extension_approved”（批准延长答复期限，2024-10-08）：延长的期限最长不得超过20个工作日"
            "（条例第三十三条第二款），已延长0个，本次申请21个");
  // One extension per application by default [I] (max_extensions) …
  EXPECT_EQ(ErrorOf({received, Extension("2024-10-08", 10), Extension("2024-10-09", 5)}, Channel::kOnline),
            "第3个事件“extension_approved”（批准延长答复期限，2024-10-09）：已于2024-10-08延长答复期限10个工作日；"
            "每件申请最多延长1次（条例第三十三条第二款；设置max_extensions），如延期记录有误，请用 case correct 更正");
  // … and where a province allows more, never above 20 工作日 in total.
  ClockSettings twice;
  twice.max_extensions = 2;
  EXPECT_EQ(Compute({received, Extension("2024-10-08", 10), Extension("2024-10-09", 10)}, Channel::kOnline, twice)
                ->extensions,
            2);
  EXPECT_EQ(Compute({received, Extension("2024-10-08", 10), Extension("2024-10-09", 11)}, Channel::kOnline, twice)
                .status()
                .message(),
            "第3个事件“extension_approved”（批准延长答复期限，2024-10-09）：延长的期限最长不得超过20个工作日"
            "（条例第三十三条第二款），已延长10个，本次申请11个");
  EXPECT_EQ(ErrorOf({received, Extension("2024-10-08", 5, "")}, Channel::kOnline),
            "第2个事件“extension_approved”（批准延长答复期限，2024-10-08）：延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人approver");
  EXPECT_EQ(ErrorOf({received, Extension("2024-11-01", 5)}, Channel::kOnline),
            "第2个事件“extension_approved”（批准延长答复期限，2024-11-01）：延长答复期限应在答复期限届满（2024-10-31）前批准");
  ClockSettings lenient;
  lenient.extension_before_due = false;
  EXPECT_EQ(Compute({received, Extension("2024-11-01", 5)}, Channel::kOnline, lenient)->due_on, D("2024-11-07"));
  // Dates going backwards.
  EXPECT_EQ(ErrorOf({received, Reply(K::kReplied, "2024-09-28", ReplyType::kDisclosed)}, Channel::kOnline),
            "第2个事件“replied”（作出答复，2024-09-28）：日期早于前一事件的日期2024-09-29，事件应按发生顺序记录");
  // A reply needs its type, and the lapse rows have their own events.
  EXPECT_NE(ErrorOf({received, E(K::kReplied, "2024-10-08")}, Channel::kOnline).find("须注明答复类型"),
            std::string::npos);
  EXPECT_NE(ErrorOf({received, Reply(K::kReplied, "2024-10-08", ReplyType::kFeeUnpaid)}, Channel::kOnline)
                .find("fee_lapsed"),
            std::string::npos);
  // No reply while the fee is pending.
  EXPECT_NE(ErrorOf({received, E(K::kFeeNoticeReceived, "2024-10-08"),
                     Reply(K::kReplied, "2024-10-09", ReplyType::kDisclosed)},
                    Channel::kOnline)
                .find("信息处理费尚未缴纳（缴费期限至"),
            std::string::npos);
  // A date past the calendar names the missing year.
  EXPECT_NE(ErrorOf({E(K::kReceiptConfirmed, "2026-12-20")}, Channel::kOnline).find("缺少2027年"),
            std::string::npos);
}

// 条例第三十五条: a notified reasonable deadline replaces the 第三十三条 one.
TEST(ClockTest, ReasonsAcceptedWithLaterDeadline) {
  ProcedureEvent accepted = E(K::kReasonsAccepted, "2024-10-10");
  accepted.deadline = D("2024-12-31");
  Result<ClockResult> r = Compute({E(K::kReceiptConfirmed, "2024-09-29"), E(K::kReasonsRequested, "2024-10-08"),
                               accepted},
                              Channel::kOnline);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->state, ProcedureState::kInReview);
  EXPECT_EQ(r->due_on, D("2024-12-31"));
  Result<ClockResult> excessive = Compute({E(K::kReceiptConfirmed, "2024-09-29"), E(K::kReasonsRequested, "2024-10-08"),
                                       Reply(K::kReplied, "2024-10-15", ReplyType::kExcessive)},
                                      Channel::kOnline);
  ASSERT_TRUE(excessive.ok());
  EXPECT_EQ(excessive->table3_row, 18);  // R19
}

TEST(ClockTest, LateReplyIsFlaggedAndWithdrawalIsR23) {
  Result<ClockResult> r = Compute({E(K::kReceiptConfirmed, "2024-09-29"),
                               Reply(K::kReplied, "2024-11-01", ReplyType::kDoesNotExist)},
                              Channel::kFax);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->answered_late);
  EXPECT_EQ(r->table3_row, 12);  // R13
  r = Compute({E(K::kReceiptConfirmed, "2024-09-29"), E(K::kWithdrawn, "2024-10-09")}, Channel::kFax);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->state, ProcedureState::kClosed);
  EXPECT_EQ(r->table3_row, 22);  // R23
}

// 条例第三十一条第一项: an application handed in is received the day it is
// submitted; a different receipt date is a recording mistake.
TEST(ClockTest, InPersonReceiptIsTheSubmissionDay) {
  const std::vector<ProcedureEvent> same = {E(K::kSubmitted, "2025-03-03"), E(K::kHandedIn, "2025-03-03")};
  EXPECT_EQ(Compute(same, Channel::kInPerson)->received_on, D("2025-03-03"));
  EXPECT_EQ(ErrorOf({E(K::kSubmitted, "2025-03-03"), E(K::kHandedIn, "2025-03-05")}, Channel::kInPerson),
            "第2个事件“handed_in”（当面提交申请，2025-03-05）：当面提交的申请，以提交之日为收到申请之日"
            "（条例第三十一条第一项），收到日期应为提交日期2025-03-03");
  // By post, receipt after submission is normal.
  EXPECT_EQ(Compute({E(K::kSubmitted, "2025-03-03"), E(K::kSignedFor, "2025-03-05")}, Channel::kRegisteredPost)
                ->received_on,
            D("2025-03-05"));
}

}  // namespace
}  // namespace gongkai::law
