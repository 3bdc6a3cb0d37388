// Recognises the six section headings of the annual report in a paragraph,
// whatever numbering the author used (一、 1、 （一） none) and however the
// title is reworded or mistyped (report/section_titles.h: key terms, then a
// small edit distance). A reworded title is still the section; rule S9
// quotes it.
#pragma once

#include <optional>
#include <string>

#include "report/annual_report.h"

namespace gongkai::formats {

struct HeadingMatch {
  int number = 0;  // 1 … 6; 0 = a top-level heading (七、…) the format does not have
  report::HeadingNumbering numbering = report::HeadingNumbering::kChinese;
  std::string title;  // the title part as written (numbering removed)
};

// Returns the heading a paragraph is, or nullopt for body text. Only short
// paragraphs qualify, so a sentence listing the six titles is not a heading.
std::optional<HeadingMatch> MatchSectionHeading(const std::string& paragraph);

}  // namespace gongkai::formats
