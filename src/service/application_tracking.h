// The applicant's view of an online (or any) application, by its query code
// and the phone number given with it: where it stands in words, the reply
// deadline with how it was worked out, and each step taken — never who
// handled it, never anyone's personal data, never internal notes. An
// unknown code and a phone that does not match get the same answer
// (kNotFound), so the page tells a guesser nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "service/case_service.h"
#include "service/database.h"

namespace gongkai::service {

struct TrackedStep {
  CivilDate on;
  std::string text;  // zh-CN, for the applicant
};

struct TrackedApplication {
  std::string agency;   // 受理机关
  std::string subject;  // what was asked for
  std::string channel;  // 互联网 …
  std::optional<CivilDate> submitted_on;
  std::optional<CivilDate> received_on;  // 收到申请之日, once confirmed
  std::string state;    // 待确认收到, 办理中, 待补正 … (law::ProcedureStateLabel in the applicant's words)
  bool closed = false;
  std::optional<CivilDate> due_on;
  bool due_provisional = false;  // a pause still open: the date may move
  std::string due_explanation;   // how due_on was worked out (law/clock)
  std::optional<CivilDate> correction_deadline;  // 补正 period, while the 补正 is awaited
  std::optional<CivilDate> closed_on;
  std::string reply;  // how it was answered (条例第三十六条 …), when closed
  std::vector<TrackedStep> steps;
};

Result<TrackedApplication> TrackApplication(Database& db, CaseService& cases,
                                            const std::string& query_code,
                                            const std::string& phone);

}  // namespace gongkai::service
