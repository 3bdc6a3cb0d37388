// The order in which every writer lays out a report: the title, the
// preamble, then each section as it stands in the report (the official
// heading for the six sections, the written one for any other), its
// paragraphs, and Table 2/3/4 after the paragraphs of section 二/三/四. A
// table the report has whose section is missing comes at the end; a table
// the report does not have is not drawn, so a rendered report reads back as
// the same report.
#pragma once

#include <string>
#include <vector>

#include "report/annual_report.h"

namespace gongkai::formats {

struct OutlinePart {
  enum class Kind { kHeading, kParagraph, kTable };
  Kind kind = Kind::kParagraph;
  std::string text;  // heading or paragraph text
  int number = 0;    // section number for a heading (0: not one of the six); 2…4 for a table
};

std::vector<OutlinePart> ReportOutline(const report::AnnualReport& r);

}  // namespace gongkai::formats
