// A realistic generated year of disclosure work for the fictional city of
// 青山市: its government, ten departments and four townships/streets, a few
// thousand applications spread over them with the events a clerk records
// (补正, 征求意见, 延期, 收费, 答复 …) and some 行政复议/行政诉讼. Used by ./run.sh,
// the end-to-end tests and the benchmarks.
//
// Every event goes through service::CaseService, so every due date is the law
// clock's and every sequence is one the procedure accepts; event dates are
// chosen from the clock's own results. Events after 31 Dec of the year are not
// recorded, so the applications received late in the year stay open (结转下年度)
// and those received from mid-October of the year before and still open on
// 1 Jan are 上年结转.
//
// Deterministic for a given seed: the same options give the same counts
// (query codes come from `make_query_code` and count nowhere).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/status.h"
#include "service/calendar_provider.h"
#include "service/database.h"

namespace gongkai::app {

struct DemoSeedOptions {
  int year = 2025;            // the report year Y
  uint64_t seed = 1;
  int applications = 3000;    // 1 … 100000
};

struct DemoSeedSummary {
  int64_t root_agency_id = 0;  // 青山市人民政府: the city report's agency
  int agencies = 0;
  int applications = 0;
  int received_in_year = 0;    // Table 3 R01
  int carried_in = 0;          // R02 上年结转: received before Y, open on 1 Jan Y
  int closed = 0;              // closed on or before 31 Dec Y (any year)
  int open_at_year_end = 0;    // R25 结转下年度
  int appeals = 0;
  int appeals_pending = 0;     // undecided on 31 Dec Y
};

// Fills an empty database (no agencies; refused otherwise) in one
// transaction: on any failure nothing is written. The calendar must cover
// Y − 1, Y and Y + 1.
Result<DemoSeedSummary> SeedDemo(service::Database& db, service::CalendarProvider& calendars,
                                 const DemoSeedOptions& options,
                                 const std::function<std::string()>& make_query_code);

// The summary in Chinese, several lines, ending with a newline.
std::string DemoSeedSummaryText(const DemoSeedSummary& summary, int year);

}  // namespace gongkai::app
