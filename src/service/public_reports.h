// The published annual reports as the portal shows them (年报 column): the
// newest published version of each agency's report per year, never a draft.
// Reads only — no transaction, so a reader never waits for a writer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/database.h"

namespace gongkai::service {

struct PublicReportEntry {
  int64_t agency_id = 0;
  std::string agency_name;
  int year = 0;
  int version = 0;
  bool children = false;
  std::string title;
  std::string published_on;  // YYYY-MM-DD (UTC date of publication)
};

// Newest year first, then by agency id (the city first).
Result<std::vector<PublicReportEntry>> ListPublicReports(Database& db);

// The newest published version of (agency, year); NotFound when none.
Result<PublishedReport> GetPublicReport(Database& db, int64_t agency_id, int year);

}  // namespace gongkai::service
