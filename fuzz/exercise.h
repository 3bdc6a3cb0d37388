// Shared by the fuzz targets: runs what follows a reader (assembly and every
// rule, with the report as its own previous year) so a fuzzed document
// reaches all of the code that consumes reader output.
#pragma once

#include "formats/assemble.h"
#include "fuzz/lsan_suppressions.h"
#include "formats/report_json.h"
#include "report/check.h"

namespace gongkai {

inline void Exercise(const formats::Document& doc) {
  const formats::AssembledReport a = formats::AssembleReport(doc);
  report::CheckOptions options;
  options.published_on = CivilDate{2026, 2, 1};
  (void)report::CheckReport(a.report, &a.report, options);
  (void)formats::WriteReportJson(a.report);
}

}  // namespace gongkai
