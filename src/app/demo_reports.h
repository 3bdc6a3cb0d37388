// The demo city's published annual reports (demo seed --reports): every
// department's and township's own report for the year, then the city's (the
// sum of its subtree), each with the sample narrative, checked, its year
// locked and kept for the portal — the order offices publish in.
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "service/database.h"

namespace gongkai::app {

struct DemoReportsSummary {
  int published = 0;
  int warnings = 0;  // the checker's warnings over all of them
};

Result<DemoReportsSummary> SeedDemoReports(service::Database& db, int64_t root_agency_id, int year);

std::string DemoReportsSummaryText(const DemoReportsSummary& s, int year);

}  // namespace gongkai::app
