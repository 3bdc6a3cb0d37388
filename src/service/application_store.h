// Port: applications and their append-only event logs.
//
// Contract for every adapter:
// - Events are never updated or deleted. AppendEvent assigns seq 1, 2, 3 …
//   per application; a correction is a new event whose corrects_seq names an
//   earlier one.
// - AppendEvent stores the event AND the application's new summary in ONE
//   transaction: after a failure nothing of either is written.
// - Writes that touch a year whose report is locked (ReportLockStore) fail
//   with kInvalidInput unless that year was unlocked first.
#pragma once

#include <cstdint>
#include <optional>
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
  // application's new summary, atomically. Returns the assigned seq. An empty
  // recorded_at is filled with the current UTC time, an empty data with "{}".
  virtual Result<int64_t> AppendEvent(int64_t application_id,
                                      const domain::ApplicationEvent& event,
                                      const ApplicationSummary& summary) = 0;

  virtual Result<ApplicationRecord> Get(int64_t id) = 0;
  virtual Result<std::vector<domain::Application>> List(const ApplicationFilter& filter) = 0;

  // Table 3 of the annual report for `year`, summed over `agency_ids`, by the
  // rule of application-workflow.md §6 (see table3_counts.h).
  virtual Result<Table3Grid> CountTable3(const std::vector<int64_t>& agency_ids, int year) = 0;
};

}  // namespace gongkai::service
