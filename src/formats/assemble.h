// Builds an AnnualReport from a Document: finds the title, the six sections
// and their narrative, the rows of Tables 2/3/4 by their labels, the stated
// period, and which national format the tables follow. Shared by every
// reader, so all inputs get the same recognition and the same notes.
#pragma once

#include <vector>

#include "formats/document.h"
#include "report/annual_report.h"

namespace gongkai::formats {

struct AssembledReport {
  report::AnnualReport report;
  std::vector<ParseNote> notes;  // the reader's notes followed by the assembler's
};

AssembledReport AssembleReport(const Document& doc);

}  // namespace gongkai::formats
