// The front matter of a published report: title, agency, year, and the
// statistical period the preamble states.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

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

// Lines that portals and printouts put around a report and that are not its
// title: breadcrumbs (首页 > 政务公开 > …), 发布日期/来源/浏览次数 lines, the
// site's name, a bare date.
bool IsBoilerplateLine(const std::string& line);

struct TitleChoice {
  std::string title;   // "" when none was found
  size_t first = 0;    // the title's lines are lines[first, end)
  size_t end = 0;      // 0: the title is not in the body
  std::string where;   // "" for the body, else the hint's `where`
};

// Finds the title among the first lines before section 一 (skipping
// boilerplate, joining a title split over two or three lines), else in the
// hints (HTML <title>, DOCX/PDF properties, file name). A title that gives a
// year wins over one that does not; a body title without an agency takes
// the agency from a hint of the same year.
TitleChoice ChooseTitle(const std::vector<std::string>& lines,
                        const std::vector<std::pair<std::string, std::string>>& hints);

struct Period {
  CivilDate start;
  CivilDate end;
};

// Finds the statistical period in a sentence about it (统计期限/统计周期/统计时段/
// 统计时间 …): "统计期限为2023年1月1日到2023年12月31日", "自2023年1月1日起至
// 2023年12月31日止", "2024年1月1日至12月31日" (the end's year left out), with
// 至/到/—/-/～ between the dates.
std::optional<Period> FindPeriod(const std::string& text);

}  // namespace gongkai::formats
