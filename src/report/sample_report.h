// Consistent annual reports made from a seed: for property tests, round
// trips, fuzz seeds, benchmarks and the bundled demo. Every table rule holds
// and the narrative quotes the tables' own figures. Pure and deterministic.
#pragma once

#include <cstdint>
#include <string>

#include "report/annual_report.h"

namespace gongkai::report {

struct SampleOptions {
  std::string agency = "青山市人民政府";  // a fictional city
  int year = 2025;
  // Rough size of the year's caseload (applications received).
  int64_t applications = 400;
};

AnnualReport MakeSampleReport(uint64_t seed, const SampleOptions& options = {});

// For demonstrations built from records: fills Table 2 with made-up figures,
// and the preamble, the stated period and the six sections with sample
// narrative that quotes the report's own Tables 2, 3 and 4 (which must be
// present). Uses r.agency and r.year.
void FillSampleTable2(uint64_t seed, AnnualReport& r);
void WriteSampleNarrative(uint64_t seed, AnnualReport& r);

}  // namespace gongkai::report
