// The rules of a mailbox message as pure functions: which action the state
// allows, the state it leads to, the dates an action may carry, and the
// deadlines with the reminders they give (portal-and-catalogue.md §5).
//
// Deadlines count 工作日 on the mailbox agency's calendar from 收到之日 (the
// day itself not counted, as law::WorkdayCalendar::AddWorkingDays does):
//   受理 (assignment)  within ack_wd;
//   答复 (reply)       within reply_wd, + extend_wd after the one extension;
//   "due soon"        from alert_ratio of the reply limit (8 of 10 days);
// and, in calendar days, an open message older than veto_risk_days is a
// "3-month veto risk": 国办秘函〔2019〕19号 vetoes a site (互动回应差) when a
// valid message stayed unanswered for over 3 months.
#pragma once

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/message.h"
#include "law/calendar.h"

namespace gongkai::domain {

// The mailbox settings. All [I]: the spec's defaults (§5 "Defaults [I]"),
// configurable because local rules differ (沈阳 3 工作日, 贵州 10 …).
struct MailboxSettings {
  int ack_wd = 2;            // [I] 受理 within 2 工作日 of receipt
  int reply_wd = 10;         // [I] reply within 10 工作日 of receipt
  int extend_wd = 10;        // [I] one extension of 10 工作日, its reason published
  double alert_ratio = 0.8;  // [I] "due soon" at 80% of the reply limit
  int veto_risk_days = 60;   // [I] open > 60 days: reported as the 3-month veto risk
};

// OK, or kInvalidInput naming the setting and the range expected.
Status ValidateMailboxSettings(const MailboxSettings& s);

// OK when `action` is allowed on `m` now; else kInvalidInput (zh-CN) naming
// the message, its state and what is possible instead.
Status CheckMessageAction(const Message& m, MessageAction action);

// The state after `action` (which CheckMessageAction allowed).
MessageState MessageStateAfter(MessageState state, MessageAction action);

// OK when `on` fits the message's dates for `action`: never before 收到之日;
// a reply not before the assignment; publication not before the reply; an
// extension only while the reply period runs (on ≤ reply_due_on).
Status CheckMessageDate(const Message& m, MessageAction action, CivilDate on);

struct MessageDeadlines {
  CivilDate ack_due_on;
  CivilDate alert_on;
  CivilDate reply_due_on;
};

// The deadlines of a message received on `received_on`, extended or not.
// Fails when the calendar lacks a year the count reaches (naming the year).
Result<MessageDeadlines> ComputeMessageDeadlines(CivilDate received_on, bool extended,
                                                 const MailboxSettings& settings,
                                                 const law::WorkdayCalendar& calendar);

// Where an open message stands on `as_of` (all false once it is answered,
// closed or transferred).
struct MessageUrgency {
  int days_open = 0;         // calendar days from 收到之日 to as_of
  bool ack_overdue = false;  // still not assigned after ack_due_on
  bool due_soon = false;     // alert_on ≤ as_of ≤ reply_due_on
  bool overdue = false;      // as_of > reply_due_on
  bool veto_risk = false;    // days_open > veto_risk_days
  bool veto = false;         // unanswered for over 3 months (19号 互动回应差)
};
MessageUrgency UrgencyOf(const Message& m, CivilDate as_of, const MailboxSettings& settings);

// The day 3 calendar months after `d` (the last day of the month when that
// month is shorter): unanswered after it is "over 3 months".
CivilDate ThreeMonthsAfter(CivilDate d);

// Answered by reply_due_on (false when not answered).
bool RepliedOnTime(const Message& m);

}  // namespace gongkai::domain
