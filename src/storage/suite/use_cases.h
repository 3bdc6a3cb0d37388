// What the suite's tests of the service use cases share: the shipped
// calendar, events in a line, and the whole content of a database as text,
// read through the ports (so that "a refused command changed nothing" is
// one comparison on every adapter).
#pragma once

#include <string>

#include <optional>

#include "law/procedure_event.h"
#include "service/calendar_provider.h"
#include "service/case_service.h"
#include "service/database.h"
#include "service/table3_counts.h"
#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {

// data/cn-workdays.json of the source tree for every agency.
class ShippedCalendars final : public service::CalendarProvider {
 public:
  ShippedCalendars();
  Result<const law::WorkdayCalendar*> ForAgency(const domain::Agency& agency) override;

 private:
  Result<law::WorkdayCalendar> calendar_;
};

// An event of `kind` on `iso`.
law::ProcedureEvent Ev(law::ProcedureEventKind kind, const char* iso);
law::ProcedureEvent Reply(const char* iso, law::ReplyType type);

// Every agency, applicant (with personal data), application with its whole
// event log, appeal and lock-log entry, one line each, in id order, plus the
// locked years of every agency. Two equal strings: equal content.
std::string ContentOf(service::Database& db);

// Two applications of 2024 as gongkai wrote them at schema version 2 (SQL
// both engines accept): one answered (spec §8 example 1: due 2024-10-31),
// one still open at year end. For the upgrade tests.
inline constexpr const char* kVersion2Data = R"SQL(
INSERT INTO agencies (id, parent_id, name, kind, code) VALUES
  (1, NULL, '某市人民政府', 'government', 'city'), (2, 1, '某市财政局', 'department', 'cz');
INSERT INTO applicants (id, kind) VALUES (1, 0), (2, 1);
INSERT INTO applicant_contacts VALUES (1, '张三', '110101199003070011', '13800000000', '', ''),
  (2, '某公司', '', '', '', '');
INSERT INTO applications (id, agency_id, applicant_id, applicant_kind, channel, subject, query_code,
  submitted_on, state, received_on, due_on, closed_on, outcome, outcome_row, last_seq) VALUES
  (1, 2, 1, 0, 'online', '2024年部门预算', 'Q1', '2024-09-27', 'closed', '2024-09-29', '2024-10-31',
   '2024-10-20', 'disclosed', 2, 3),
  (2, 2, 2, 1, 'in_person', '采购合同', 'Q2', '2024-12-20', 'in_progress', '2024-12-20',
   '2025-01-20', NULL, NULL, NULL, 2);
INSERT INTO application_events VALUES
  (1, 1, 'submitted', '2024-09-27', '2024-09-27T01:00:00Z', 'clerk', '{}', '', NULL),
  (1, 2, 'receipt_confirmed', '2024-09-29', '2024-09-29T01:00:00Z', 'clerk', '{}', '', NULL),
  (1, 3, 'replied', '2024-10-20', '2024-10-20T01:00:00Z', 'clerk', '{"reply_type":"disclosed"}', '', NULL),
  (2, 1, 'submitted', '2024-12-20', '2024-12-20T01:00:00Z', 'clerk', '{}', '', NULL),
  (2, 2, 'handed_in', '2024-12-20', '2024-12-20T01:00:00Z', 'clerk', '{}', '', NULL);
)SQL";

// After an upgrade of kVersion2Data: what version 3 adds works on the old
// data (a ledger row with a 申请编号 imports, and a second import skips it).
void ExpectVersion3WorksOnUpgradedData(service::Database& db);

// A CaseService on the suite's database, with a city (某市人民政府) and one
// department (某市财政局) under it.
class UseCaseDesk {
 public:
  explicit UseCaseDesk(StoreSuite& suite);

  // An application to the department by 张三 (one ID number for all).
  service::NewCase Case(const char* submitted, std::optional<const char*> received = std::nullopt) const;
  // Case(received, received) registered (0 after a test failure).
  int64_t Registered(const char* received);
  // Table 3 of the city's subtree for `year`.
  service::Table3Grid T3(int year);

  service::Database& db;
  ShippedCalendars calendars;
  int64_t city = 0;
  int64_t dept = 0;
  service::CaseService cases;

 private:
  int codes_ = 0;
};

}  // namespace gongkai::storage::testing
