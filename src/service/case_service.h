// Use cases of an application for disclosure: register it, record what
// happens to it, look at it. Every event is replayed with the whole log
// through law::ComputeClock before anything is written, so an event the
// procedure does not allow is refused with the law's message and nothing is
// stored; an accepted event is stored with the application's new summary in
// one transaction (ApplicationStore::AppendEvent).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/applicant.h"
#include "domain/application.h"
#include "law/clock.h"
#include "law/procedure_event.h"
#include "service/calendar_provider.h"
#include "service/database.h"
#include "service/ledger.h"

namespace gongkai::service {

struct NewCase {
  int64_t agency_id = 0;
  domain::ApplicantKind applicant_kind = domain::ApplicantKind::kNaturalPerson;
  domain::ApplicantContact contact;
  law::Channel channel = law::Channel::kOnline;
  std::string subject;
  CivilDate submitted_on;
  // 收到申请之日 when already known at registration (in person: the same day);
  // recorded as the receipt event of the channel (第三十一条).
  std::optional<CivilDate> received_on;
  std::string actor;
};

struct CaseView {
  ApplicationRecord record;
  law::ClockResult clock;
};

struct ImportSummary {
  int imported = 0;
  int closed = 0;
};

struct RecordedEvent {
  int64_t seq = 0;
  law::ClockResult clock;
};

class CaseService {
 public:
  // `make_query_code` returns a fresh unguessable code the applicant uses to
  // follow the application on the portal.
  CaseService(Database& db, CalendarProvider& calendars, law::ClockSettings settings,
              std::function<std::string()> make_query_code);

  Result<int64_t> Register(const NewCase& c);

  Result<RecordedEvent> Record(int64_t application_id, const law::ProcedureEvent& event,
                               const std::string& actor, const std::string& note = "");

  Result<CaseView> Show(int64_t application_id);

  // Imports ledger entries (service/ledger.h) as applications with their
  // receipt and, when closed, their reply. Every entry is first checked
  // through the law clock; all problems are returned together (each naming
  // its row) and nothing is written unless there are none; the writes then
  // happen in one transaction.
  Result<ImportSummary> Import(const std::vector<LedgerEntry>& entries, int64_t default_agency_id,
                               const std::string& actor);

  // The receipt event of a channel (第三十一条): handed_in, signed_for or
  // receipt_confirmed.
  static law::ProcedureEventKind ReceiptKind(law::Channel channel);

 private:
  Result<law::ClockResult> Replay(const ApplicationRecord& record,
                                  const law::ProcedureEvent* extra);

  Database& db_;
  CalendarProvider& calendars_;
  law::ClockSettings settings_;
  std::function<std::string()> make_query_code_;
};

// The domain's state for a procedure state.
domain::ApplicationState StateOf(law::ProcedureState s);

}  // namespace gongkai::service
