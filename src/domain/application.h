// An application for disclosure (政府信息公开申请) and its append-only event
// log. The summary fields (received_on, due_on, closed_on, outcome …) are
// derived from the events by law/ and stored when an event is recorded, so
// that reports and deadline lists are plain queries.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "domain/applicant.h"
#include "law/channel.h"
#include "law/reply_type.h"

namespace gongkai::domain {

// One event in an application's history. Nothing is ever updated or deleted:
// a correction is a new event that names the one it corrects.
struct ApplicationEvent {
  int64_t application_id = 0;
  int64_t seq = 0;             // 1, 2, … per application, assigned by the store
  std::string kind;            // law/ event kind name, e.g. "correction_requested"
  CivilDate occurred_on;       // the legal date of the event
  std::string recorded_at;     // UTC timestamp when it was written, ISO 8601
  std::string actor;           // user who recorded it
  std::string data;            // kind-specific details as a JSON object text
  std::string note;            // free text for people; a correction's reason
  std::optional<int64_t> corrects_seq;  // set when this event corrects an earlier one
};

// The kind of a correction that strikes the corrected event out of the
// history (it was recorded by mistake) instead of replacing it.
inline constexpr const char* kVoidEventKind = "voided";

enum class ApplicationState {
  kSubmitted,            // not yet received (confirmation pending)
  kInProgress,           // the clock runs
  kCorrectionRequested,  // 补正: clock stopped until the corrected application arrives
  kConsulting,           // third party / other agency: clock paused
  kFeePending,           // fee notice sent: clock paused
  kClosed,               // final reply or closure: outcome set
};

const char* ApplicationStateName(ApplicationState s);
const char* ApplicationStateLabel(ApplicationState s);  // 办理中, 待补正, …

struct Application {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t applicant_id = 0;
  ApplicantKind applicant_kind = ApplicantKind::kNaturalPerson;  // copied for reports
  law::Channel channel = law::Channel::kOnline;
  std::string subject;          // 申请公开的政府信息的名称、文号或特征描述
  std::string query_code;       // the applicant's code to follow the application online
  // 申请编号 in the agency's own ledger or system (empty: none). Unique per
  // agency, so that importing the same ledger twice registers nothing twice.
  std::string external_id;
  // The ledger row the application was imported from, in a canonical form
  // (empty when registered otherwise): a re-import of the same row is
  // recognised, a row with the same 申请编号 but other content is refused.
  std::string imported_row;
  std::optional<CivilDate> submitted_on;
  // Derived from the events (law/clock), stored when an event is recorded:
  ApplicationState state = ApplicationState::kSubmitted;
  std::optional<CivilDate> received_on;  // 收到申请之日 (第三十一条): decides the report year
  std::optional<CivilDate> due_on;       // current reply deadline
  std::optional<CivilDate> closed_on;    // final reply or closure
  std::optional<law::ReplyType> outcome; // decides the Table 3 row
};

}  // namespace gongkai::domain
