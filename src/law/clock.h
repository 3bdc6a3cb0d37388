// The application clock (application-workflow.md §2–§6) as a pure function
// of an application's event log: 收到申请之日 by channel (条例第三十一条), the
// reply deadline (第三十三条) restarted by 补正 (第三十条), paused by
// consultation (第三十二条, 第三十四条, 第三十三条第三款) and by the fee period
// (109号), extended with approval, and the final reply → one Table 3 row.
//
// The caller passes the whole log (or a prefix of it, to learn what was due
// when an event was recorded) and the calendar; nothing reads a clock.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "law/calendar.h"
#include "law/channel.h"
#include "law/day_count.h"
#include "law/procedure_event.h"
#include "law/procedure_state.h"
#include "law/reply_type.h"

namespace gongkai::law {

// Statutory periods in 工作日.
inline constexpr int kReplyDays = 20;             // 条例第三十三条第二款
inline constexpr int kMaxExtensionDays = 20;      // 条例第三十三条第二款
inline constexpr int kCorrectionNoticeDays = 7;   // 条例第三十条
inline constexpr int kConsultationDays = 15;      // 条例第三十二条、第三十四条
inline constexpr int kFeePaymentDays = 20;        // 国办函〔2020〕109号 (provincial restatements)

struct ClockSettings {
  // Whether the start day of a period counts. [I] default false (day 1 is the
  // first 工作日 after it).
  DayCountSettings counting;
  // Whether the time from the fee notice to payment is left out of the reply
  // period. [R] default true (paused), per provincial restatements of 109号.
  bool fee_pauses_clock = true;
  // Whether an extension must be approved on or before the current due date.
  // [I] default true.
  bool extension_before_due = true;
  // How many extensions one application may have (条例第三十三条第二款 speaks
  // of one extension; the total is never above 20 工作日 whatever this says).
  // [I] default 1 (application-workflow.md §3).
  int max_extensions = 1;
};

// One consultation (第三十二条 third party, 第三十四条 other agency).
struct Consultation {
  Consultee consultee = Consultee::kThirdParty;
  std::string party;
  CivilDate sent_on;                 // the pause starts here (inclusive) [I]
  CivilDate window_end;              // 15 工作日 after the consultee received the letter
  std::optional<CivilDate> ended_on; // reply arrived, or window_end when it lapsed
  bool lapsed = false;
};

struct ClockResult {
  ProcedureState state = ProcedureState::kSubmitted;
  std::optional<CivilDate> submitted_on;
  std::optional<CivilDate> received_on;  // 收到申请之日 (第三十一条); decides the report year
  bool receipt_unconfirmed = false;      // no confirmation recorded: physical receipt used [I]
  std::optional<CivilDate> clock_start;  // received_on, or the day the correction arrived
  std::optional<CivilDate> due_on;       // the reply deadline
  bool due_provisional = false;          // an open pause is assumed to run to its limit
  std::optional<DayCount> due_count;     // how due_on was counted (absent for on-the-spot
                                         // replies and a notified 第三十五条 deadline)
  std::optional<CivilDate> correction_notice_due;  // 7 工作日 after received_on (第三十条)
  bool correction_notice_late = false;             // the 补正 notice went out after it
  std::optional<CivilDate> correction_deadline;    // the applicant's period, when one was set
  std::optional<CivilDate> fee_payment_due;        // 20 工作日 from the day after the notice
  int extension_days = 0;
  int extensions = 0;                     // how many were approved
  std::string extension_approver;
  std::optional<CivilDate> extension_approved_on;
  std::vector<Consultation> consultations;
  std::vector<DateRange> pauses;          // every range left out of the reply period
  std::optional<CivilDate> closed_on;     // final reply or closure
  std::optional<ReplyType> reply;         // how it ended
  std::optional<int> table3_row;          // 0-based Table 3 row of `reply`
  bool answered_late = false;             // decided after due_on
  std::string explanation;                // Chinese: how due_on was worked out
};

// Replays `events` (in the order recorded; dates must not go backwards).
// Errors name the event (its position, kind and date) and what was expected:
// an event after closure, a correction with no request, a second 补正 notice
// (一次性告知), an extension over 20 工作日 or after the due date, a reply
// while a fee is pending, a date outside the calendar's years, …
Result<ClockResult> ComputeClock(std::span<const ProcedureEvent> events,
                                 const WorkdayCalendar& calendar, Channel channel,
                                 const ClockSettings& settings = {});

}  // namespace gongkai::law
