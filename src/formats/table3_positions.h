// Table 3 rows whose label cells were lost (OCR and Markdown transcripts, some
// CMS exports): runs of unlabelled seven-value rows, placed by the official
// row order when their count is exactly the count of rows missing between
// their labelled neighbours (the note then says whether the table's sums
// agree); otherwise left unplaced, with a note naming the rows that could
// not be read — a value in the wrong row would be worse than a blank.
#pragma once

#include <array>
#include <vector>

#include "formats/document.h"
#include "report/annual_report.h"

namespace gongkai::formats {

using T3Values = std::array<report::CountCell, report::kT3Columns>;

// Unlabelled rows found between two labelled ones.
struct UnlabelledRun {
  int after = -1;   // the labelled Table 3 row before the run (-1: none)
  int before = report::kT3Rows;  // the labelled row after it (kT3Rows: none)
  std::vector<T3Values> rows;
  SourceRef src;    // the first row's position
};

// Fills `table` from the runs where their place is certain; `seen` marks the
// rows already read by label and is updated. Appends a note for every run,
// placed or not. A single run of 23 rows in a table with no labelled row is
// the 2019 layout (one （六）其他处理 row), and sets table.single_other_row.
void PlaceUnlabelledRuns(const std::vector<UnlabelledRun>& runs, report::Table3& table,
                         std::array<bool, report::kT3Rows>& seen, std::vector<ParseNote>& notes);

}  // namespace gongkai::formats
