// The vocabulary of an application's event log (依申请公开, application-
// workflow.md §2–§7). Each kind has a stable snake_case name: the storage layer
// stores it as a string, with the kind's data as a JSON object.
//
// The law layer reads only the legal facts of an event (its date and data);
// who recorded it and when is the domain's business.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.h"
#include "core/status.h"
#include "law/fee.h"
#include "law/reply_type.h"

namespace gongkai::law {

enum class ProcedureEventKind {
  kSubmitted,             // the applicant sent or filed the application (before receipt)
  kArrived,               // it physically reached the agency; confirmation still missing
  kReceiptConfirmed,      // online / fax: both sides confirm; ordinary post: the agency confirms (第三十一条)
  kSignedFor,             // registered post: the agency signed for it (第三十一条第二项)
  kHandedIn,              // in person (incl. oral application written down) (第三十一条第一项)
  kAnsweredOnSpot,        // answered on the spot (第三十三条第一款); data: reply_type
  kCorrectionRequested,   // 补正 notice, once only (第三十条); data: days, received_on
  kCorrectionReceived,    // the corrected application arrived: the clock restarts (第三十条)
  kCorrectionLapsed,      // no correction in time: 视为放弃 (第三十条) → R21
  kConsultationSent,      // letter to a third party (第三十二条) or agency (第三十四条); data: consultee, party, received_on
  kConsultationAnswered,  // its opinion arrived; data: party
  kConsultationLapsed,    // its 15 工作日 ran out without an opinion; data: party
  kExtensionApproved,     // extension (第三十三条第二款); data: approver, days (≤ 20)
  kFeeNoticeReceived,     // the applicant received the fee notice (109号); data: sent_on, method,
                          // quantity, first_piece, amount_fen
  kFeePaid,               // the fee was paid
  kFeeLapsed,             // not paid within 20 工作日: 视为放弃 (109号) → R22
  kReasonsRequested,      // asked for the reasons of excessive requests (第三十五条)
  kReasonsAccepted,       // reasons found reasonable; data: deadline (a notified later due date)
  kReplied,               // the final reply (第三十六条 etc.); data: reply_type
  kWithdrawn,             // the applicant withdrew → R23
};

inline constexpr int kProcedureEventKindCount = 20;

const char* ProcedureEventKindName(ProcedureEventKind k);   // "correction_requested" …
const char* ProcedureEventKindLabel(ProcedureEventKind k);  // 发出补正通知 …
std::optional<ProcedureEventKind> ParseProcedureEventKind(std::string_view name);

// Whom an application is referred to for an opinion.
enum class Consultee {
  kThirdParty,   // 第三方 (第三十二条)
  kOtherAgency,  // 其他机关 (第三十四条)
};
const char* ConsulteeName(Consultee c);   // "third_party", "other_agency"
const char* ConsulteeLabel(Consultee c);  // 第三方（条例第三十二条）…

struct ProcedureEvent {
  ProcedureEventKind kind = ProcedureEventKind::kSubmitted;
  CivilDate on;  // the legal date of the event

  // answered_on_spot, replied: how the application was answered.
  std::optional<ReplyType> reply_type;
  // extension_approved: the 工作机构负责人 who consented.
  std::string approver;
  // extension_approved: extra 工作日 (1–20); correction_requested: the period
  // given for the correction in 工作日 (0 = none stated).
  int days = 0;
  // consultation_sent: when the third party/agency received the letter;
  // correction_requested: when the applicant received the notice.
  // Defaults to `on`.
  std::optional<CivilDate> received_on;
  // fee_notice_received: when the notice was issued (defaults to `on`).
  std::optional<CivilDate> sent_on;
  // reasons_accepted: the notified reasonable later deadline (第三十五条), if any.
  std::optional<CivilDate> deadline;
  // consultation_*: who was asked; party names one consultation among several.
  Consultee consultee = Consultee::kThirdParty;
  std::string party;
  // fee_notice_received: the method and amount notified; the quantity it was
  // computed from (pages for 按量, the 件 this application counts as for 按件)
  // and, for 按件, the ordinal of its first 件 in the applicant's month.
  std::optional<FeeMethod> fee_method;
  int64_t fee_quantity = 0;
  int64_t fee_first_piece = 0;
  int64_t fee_fen = 0;
};

// Builds an event from its stored form: the kind's name, its date and its
// data as a JSON object text ("" or "{}" for none). Unknown keys are errors,
// so a typo is not silently ignored.
Result<ProcedureEvent> ParseProcedureEvent(std::string_view kind_name, CivilDate on,
                                           std::string_view data_json);

// The data of an event as a JSON object text (only the fields its kind uses).
std::string ProcedureEventDataJson(const ProcedureEvent& event);

}  // namespace gongkai::law
