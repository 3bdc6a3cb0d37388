#include "formats/report_outline.h"

#include "formats/table_layout.h"

namespace gongkai::formats {

std::vector<OutlinePart> ReportOutline(const report::AnnualReport& r) {
  std::vector<OutlinePart> out;
  using Kind = OutlinePart::Kind;
  for (const report::Paragraph& p : r.preamble) out.push_back({Kind::kParagraph, p.text, 0});
  const bool present[5] = {false, false, r.table2.present, r.table3.present, r.table4.present};
  bool drawn[5] = {};
  for (const report::Section& s : r.sections) {
    const bool official = s.number >= 1 && s.number <= report::kSectionCount;
    out.push_back({Kind::kHeading,
                   official ? SectionHeading(s.number) : (s.heading.empty() ? s.title : s.heading),
                   official ? s.number : 0});
    for (const report::Paragraph& p : s.paragraphs) out.push_back({Kind::kParagraph, p.text, 0});
    if (s.number >= 2 && s.number <= 4 && present[s.number] && !drawn[s.number]) {
      out.push_back({Kind::kTable, "", s.number});
      drawn[s.number] = true;
    }
  }
  for (int n = 2; n <= 4; ++n) {
    if (present[n] && !drawn[n]) out.push_back({Kind::kTable, "", n});
  }
  return out;
}


}  // namespace gongkai::formats
