// The front matter of a published report: title, agency, year, and the
// statistical period the preamble states.
#pragma once

#include <optional>
#include <string>

#include "core/civil_date.h"

namespace gongkai::formats {

struct TitleParts {
  std::string agency;  // 喀什市人民政府
  int year = 0;        // 2023
};

// Splits "喀什市人民政府2023年政府信息公开工作年度报告" (also with 二〇二三年, or the
// year after the name on its own line). Missing parts stay empty / 0.
TitleParts ParseTitle(const std::string& title);

// True for a line that belongs to a report title (short, no sentence
// punctuation, e.g. "2024年政府信息公开工作年度报告").
bool LooksLikeTitleLine(const std::string& line);

struct Period {
  CivilDate start;
  CivilDate end;
};

// Finds "统计期限为2023年1月1日到2023年12月31日" / "自2024年1月1日至2024年12月31日".
std::optional<Period> FindPeriod(const std::string& text);

}  // namespace gongkai::formats
