// Use cases of an application for disclosure: register it, record what
// happens to it, correct a mistaken record, import a ledger, look at it.
//
// Every write is one Database::Transaction: the application is read with
// ApplicationStore::GetForUpdate (so concurrent writers of the same
// application wait for each other), its whole log — with the new event, or
// with the correction in place — is replayed through law::ComputeClock, and
// only an event the procedure allows is stored, together with the summary
// the replay gives. An event refused by the law, the lock rule or a store
// check leaves the database exactly as it was. Should another writer append
// between the read and the write anyway (kConflict), the use case is run
// again once on the new log, then refused.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/applicant.h"
#include "domain/application.h"
#include "law/clock.h"
#include "law/fee_calculation.h"
#include "law/procedure_event.h"
#include "service/actor.h"
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
  // 收到申请之日 when already known at registration; recorded as the receipt
  // event of the channel (第三十一条). In person it is the submission day
  // (第三十一条第一项): taken as such when absent, refused when different.
  std::optional<CivilDate> received_on;
  std::string external_id;   // 申请编号 of the agency's ledger or system, if any
  std::string imported_row;  // set by Import
};

struct CaseView {
  ApplicationRecord record;
  law::ClockResult clock;  // the replay of the history in force
};

struct RecordedEvent {
  int64_t seq = 0;
  law::ClockResult clock;
  // A fee notice: how its amount was worked out (109号), for the clerk.
  std::optional<law::FeeCalculation> fee;
};

// A correction of event `seq`: `replacement` is what should have been
// recorded (kind, date, data); none strikes the event out (it was recorded
// by mistake). The reason is required and kept with the correction.
struct Correction {
  int64_t seq = 0;
  std::optional<law::ProcedureEvent> replacement;
  std::string reason;
};

struct ImportSummary {
  int imported = 0;   // new applications registered
  int closed = 0;     // of which already answered
  int skipped = 0;    // rows already imported before (same 申请编号, same content)
  int without_id = 0; // imported rows without 申请编号: a re-import cannot recognise them
};

class CaseService {
 public:
  // `make_query_code` returns a fresh unguessable code the applicant uses to
  // follow the application on the portal.
  CaseService(Database& db, CalendarProvider& calendars, law::ClockSettings settings,
              std::function<std::string()> make_query_code);

  // The applicant, the application and its first events, or nothing.
  Result<int64_t> Register(const NewCase& c, const Actor& actor);

  // A fee notice (fee_notice_received) with a method gets its amount from
  // 109号 here: 按量 from fee_quantity pages; 按件 from the 件 this
  // application counts as (fee_quantity, default 1) placed after the
  // applicant's other applications to the agency received earlier in the
  // same 自然月 [I: the month of 收到申请之日]. A notice of 0 元 is refused.
  Result<RecordedEvent> Record(int64_t application_id, const law::ProcedureEvent& event,
                               const Actor& actor, const std::string& note = "");

  // Appends a correction superseding event `c.seq` (of a correction: the
  // event it corrected). The history with the correction in place must
  // replay; the lock rule applies to the year of both dates and to the
  // Table 3 counts the correction changes.
  Result<RecordedEvent> Correct(int64_t application_id, const Correction& c, const Actor& actor);

  Result<CaseView> Show(int64_t application_id);

  // Imports ledger entries (service/ledger.h) as applications with their
  // receipt and, when closed, their reply, in one transaction. A row whose
  // 申请编号 was imported before with the same content is skipped; with other
  // content it is an error. Every problem is returned together (each naming
  // its row) and nothing is written unless there are none.
  Result<ImportSummary> Import(const std::vector<LedgerEntry>& entries, int64_t default_agency_id,
                               const Actor& actor);

  // The receipt event of a channel (第三十一条): handed_in, signed_for or
  // receipt_confirmed.
  static law::ProcedureEventKind ReceiptKind(law::Channel channel);

  // The events in force of a log (corrections applied, struck-out events
  // left out), as the clock reads them.
  static Result<std::vector<law::ProcedureEvent>> EventsInForce(
      const std::vector<domain::ApplicationEvent>& log);

  // Replays `events` on the calendar of `agency_id` for an application
  // received by `channel`.
  Result<law::ClockResult> Replay(int64_t agency_id, law::Channel channel,
                                  const std::vector<law::ProcedureEvent>& events);

 private:
  // The body of Record/Correct inside a transaction: what to append to the
  // application as read for update.
  Result<RecordedEvent> AppendInTransaction(int64_t application_id,
                                            const law::ProcedureEvent& event,
                                            const Actor& actor, const std::string& note);
  Result<RecordedEvent> CorrectInTransaction(int64_t application_id, const Correction& c,
                                             const Actor& actor);
  // Fills the amount of a fee notice that names its method (109号).
  Result<std::optional<law::FeeCalculation>> PriceFeeNotice(const ApplicationRecord& record,
                                                            law::ProcedureEvent& event);
  Status CheckImportRow(const LedgerEntry& e, const domain::Agency& agency,
                        std::vector<std::string>& problems, bool& already);

  Database& db_;
  CalendarProvider& calendars_;
  law::ClockSettings settings_;
  std::function<std::string()> make_query_code_;
  std::map<int64_t, domain::Agency> agencies_;  // read once each (agencies are never changed)
};

// The domain's state for a procedure state.
domain::ApplicationState StateOf(law::ProcedureState s);

// The summary an accepted replay gives, as the store keeps it.
ApplicationSummary SummaryOfClock(const law::ClockResult& clock);

}  // namespace gongkai::service
