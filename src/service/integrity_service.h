// gongkai db check [--repair]: is what the database derives from the case
// records still what the records say?
//
// Check, on one snapshot:
// - every application's stored summary (state, 收到申请之日, due date,
//   closing date, outcome) against a replay of its event log through the law
//   clock — the log is the record, the summary is derived from it;
// - for every agency and every year the data touches, Table 3 as the store
//   counts it (the trigger-maintained counts of the SQL adapters) against a
//   recount of the application rows by the rule of table3_counts.h, and
//   Table 4 as the store counts it against a recount of the appeal rows.
// Each difference is one Chinese line naming the application or the agency,
// year, row and column, with both numbers.
//
// Repair, in one transaction: rewrites the summaries that differ from the
// replay and rebuilds the counts from the rows, then checks again. The event
// log itself is never touched; a log that does not replay is reported and
// left for a person (case correct).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "law/clock.h"
#include "service/actor.h"
#include "service/application_summary.h"
#include "service/calendar_provider.h"
#include "service/database.h"

namespace gongkai::service {

struct IntegrityReport {
  int64_t agencies = 0;
  int64_t applications = 0;
  int64_t appeals = 0;
  int first_year = 0;  // the years compared; 0 when there is no data
  int last_year = 0;
  std::vector<std::string> problems;  // empty: everything agrees
  // Repair only: what was rewritten.
  int64_t summaries_rewritten = 0;
  bool counts_rebuilt = false;
};

class IntegrityService {
 public:
  IntegrityService(Database& db, CalendarProvider& calendars, law::ClockSettings settings)
      : db_(db), calendars_(calendars), settings_(settings) {}

  Result<IntegrityReport> Check();
  // The report is that of the check after the repair, with what was rewritten.
  Result<IntegrityReport> Repair(const Actor& actor);

 private:
  // Fills `report`; the summaries a replay gives where they differ from the
  // stored ones go to `fixes` (id, summary).
  Status Inspect(IntegrityReport& report, std::vector<std::pair<int64_t, ApplicationSummary>>* fixes);

  Database& db_;
  CalendarProvider& calendars_;
  law::ClockSettings settings_;
};

}  // namespace gongkai::service
