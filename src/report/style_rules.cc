// S9: section headings numbered 一、…六、 and titled exactly as the format
// writes them (evaluators mark Arabic numerals, （1）, reworded titles).
#include "core/utf8.h"
#include "report/rules.h"

namespace gongkai::report::rules {

void CheckHeadingStyle(const AnnualReport& r, std::vector<Finding>& out) {
  for (const Section& s : r.sections) {
    if (s.number < 1 || s.number > kSectionCount) continue;
    const std::string expected = SectionName(s.number);
    std::vector<std::string> problems;
    if (s.numbering != HeadingNumbering::kChinese) {
      problems.push_back("编号应为“" + expected.substr(0, expected.find("、")) + "、”");
    }
    const std::string title = utf8::StripSpaces(s.title);
    if (title != kSectionTitles[s.number - 1]) {
      problems.push_back("标题应为“" + std::string(kSectionTitles[s.number - 1]) + "”");
    }
    if (problems.empty()) continue;
    Finding f;
    f.rule = "S9";
    f.severity = Severity::kWarning;
    f.where.section = expected;
    f.where.src = s.src;
    f.values = {{"标题", s.heading}};
    std::string detail;
    for (const std::string& p : problems) detail += (detail.empty() ? "" : "，") + p;
    f.message = "标题“" + s.heading + "”不符合格式：" + detail + "，即“" + expected + "”。";
    out.push_back(std::move(f));
  }
}

}  // namespace gongkai::report::rules
