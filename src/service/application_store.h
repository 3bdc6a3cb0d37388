// Port: applications and their append-only event logs.
//
// Contract for every adapter:
// - Events are never updated or deleted. AppendEvent assigns seq 1, 2, 3 …
//   per application; a correction is a new event whose corrects_seq names an
//   earlier one.
// - AppendEvent stores the event AND the application's new summary in ONE
//   transaction: after a failure nothing of either is written.
// - Writes that touch a year whose report is locked (ReportLockStore) fail
//   with kInvalidInput unless that year was unlocked first: the event's date,
//   the date of the event a correction supersedes, or the application's
//   Table 3 contribution to that year.
// - (agency_id, external_id) is unique; Create fails with kInvalidInput
//   naming the 申请编号 when it is taken.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/application.h"
#include "service/application_summary.h"
#include "service/table3_counts.h"

namespace gongkai::service {

struct ApplicationRecord {
  domain::Application application;
  std::vector<domain::ApplicationEvent> events;  // by seq
};

// List filters; every set field must hold. Results are ordered by id.
struct ApplicationFilter {
  std::vector<int64_t> agency_ids;  // empty: all agencies (use AgencyStore::Subtree)
  std::optional<domain::ApplicationState> state;
  // Open (not closed) applications with due_on in [as_of, as_of + N days].
  std::optional<int> due_within_days;
  // Open applications with due_on < as_of.
  bool overdue = false;
  // The day the deadline filters are evaluated on (the caller's "today");
  // required when due_within_days or overdue is set.
  std::optional<CivilDate> as_of;
};

class ApplicationStore {
 public:
  virtual ~ApplicationStore() = default;

  // Stores a new application (id ignored; its summary fields are stored as
  // given and validated) and returns its id. The agency and applicant must
  // exist; applicant_kind is copied from the applicant.
  virtual Result<int64_t> Create(const domain::Application& application) = 0;

  // Appends `event` (its seq and application_id decide nothing: seq is
  // assigned; the application is `application_id`) and stores `summary` as the
  // application's new summary, atomically. Returns the assigned seq, which
  // must be `expected_seq` — the seq after the last event the caller replayed:
  // when another writer appended first, fails with kConflict and writes
  // nothing. An empty recorded_at is filled with the current UTC time, an
  // empty data with "{}".
  virtual Result<int64_t> AppendEvent(int64_t application_id,
                                      const domain::ApplicationEvent& event,
                                      const ApplicationSummary& summary,
                                      int64_t expected_seq) = 0;

  virtual Result<ApplicationRecord> Get(int64_t id) = 0;
  // Get, and inside a Database::Transaction keep every other writer of this
  // application waiting until the transaction ends (PostgreSQL SELECT … FOR
  // UPDATE; SQLite's write transaction already excludes other writers).
  virtual Result<ApplicationRecord> GetForUpdate(int64_t id) = 0;
  // The application of `agency_id` with this 申请编号, if any.
  virtual Result<std::optional<domain::Application>> FindByExternalId(
      int64_t agency_id, const std::string& external_id) = 0;
  virtual Result<std::vector<domain::Application>> List(const ApplicationFilter& filter) = 0;
  // The ids of the applications with this query code (the applicant's way
  // in from the portal; codes are random, so normally one), by id.
  virtual Result<std::vector<int64_t>> FindByQueryCode(const std::string& query_code) = 0;

  // The applications of `agency_id` received in [from, to] by the same
  // applicant as `applicant_id` — the same 身份证明 number when it has one,
  // else the same name and phone number — itself included; ordered by
  // received_on, then id. (109号第四条: 按件 counts per applicant and month.)
  virtual Result<std::vector<domain::Application>> SameApplicantReceived(
      int64_t agency_id, int64_t applicant_id, CivilDate from, CivilDate to) = 0;

  // Table 3 of the annual report for `year`, summed over `agency_ids`, by the
  // rule of application-workflow.md §6 (see table3_counts.h).
  virtual Result<Table3Grid> CountTable3(const std::vector<int64_t>& agency_ids, int year) = 0;

  // Repair of derived data (gongkai db check --repair), outside the lock
  // rule because the event log — the record — does not change:
  // RewriteSummary stores `summary` as the application's summary (what a
  // replay of its log gives); RebuildDerivedCounts recomputes whatever the
  // adapter keeps to make CountTable3 fast from the applications' rows.
  virtual Status RewriteSummary(int64_t application_id, const ApplicationSummary& summary) = 0;
  virtual Status RebuildDerivedCounts() = 0;
};

}  // namespace gongkai::service
