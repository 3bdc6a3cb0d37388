// Which of the six official sections a printed heading title names. Real
// reports reword the titles (与 for 、, 明年工作计划 for 改进情况) and mistype
// them (行政法复议); a title is matched by the key terms of each section and,
// failing those, by a small edit distance to the official title.
#pragma once

#include <string_view>
#include <vector>

namespace gongkai::report {

// The section (1 … 6) that `title` (numbering removed, no white space) names,
// or 0. `printed_number` is the number written before it (0 when none): when
// the title could name several sections, the printed number decides.
int MatchSectionTitle(std::u32string_view title, int printed_number);

// Every section whose key terms `title` holds, in order: more than one means
// the heading covers merged sections (五、存在的主要问题及改进情况和其他需要报告的事项).
std::vector<int> SectionsNamedBy(std::u32string_view title);

}  // namespace gongkai::report
