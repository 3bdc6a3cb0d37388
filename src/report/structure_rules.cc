// Structure of the document:
//   H7  all six sections present, once each, in the order of the format
//   H8  the template matches the year: reports for 2021 onward use the tables
//       of 国办公开办函〔2021〕30号 (no 2019 rows); a mix of both formats is never right
#include "report/rules.h"

#include <set>

#include "core/utf8.h"
#include "report/section_titles.h"

namespace gongkai::report::rules {
namespace {

// The present section whose heading also names section `n` (a merged
// heading such as 五、存在的主要问题及改进情况和其他需要报告的事项), or nullptr.
const Section* MergedInto(const AnnualReport& r, int n) {
  for (const Section& s : r.sections) {
    if (s.number == 0 || s.number == n) continue;
    for (int named : SectionsNamedBy(utf8::Decode(utf8::StripSpaces(s.title)))) {
      if (named == n) return &s;
    }
  }
  return nullptr;
}

}  // namespace

void CheckStructure(const AnnualReport& r, std::vector<Finding>& out) {
  std::set<int> seen;
  int last = 0;
  for (const Section& s : r.sections) {
    Finding f;
    f.rule = "H7";
    f.severity = Severity::kError;
    f.where.section = s.heading;
    f.where.src = s.src;
    if (s.number == 0) {
      f.message = "“" + s.heading + "”不是年度报告格式规定的六个部分之一。报告应当只有“一、总体情况”至“六、其他需要报告的事项”六个部分。";
      out.push_back(std::move(f));
      continue;
    }
    if (!seen.insert(s.number).second) {
      f.message = "第" + std::to_string(s.number) + "部分“" + SectionName(s.number) + "”重复出现。";
      out.push_back(std::move(f));
      continue;
    }
    if (s.number < last) {
      f.message = "“" + SectionName(s.number) + "”出现在“" + SectionName(last) +
                  "”之后，六个部分的顺序应与格式一致。";
      out.push_back(std::move(f));
    }
    if (s.number > last) last = s.number;
  }
  for (int n = 1; n <= kSectionCount; ++n) {
    if (seen.count(n) != 0) continue;
    Finding f;
    f.rule = "H7";
    f.severity = Severity::kError;
    f.where.section = SectionName(n);
    const Section* merged = MergedInto(r, n);
    if (merged != nullptr) {
      f.where.src = merged->src;
      f.values = {{"标题", merged->heading}};
      f.message = "报告缺少第" + std::to_string(n) + "部分“" + SectionName(n) + "”：它与其他部分合并在标题“" +
                  merged->heading + "”之下。年度报告应包括格式规定的全部六个部分，各部分应单独成章，合并不符合要求。";
    } else {
      f.message = "报告缺少第" + std::to_string(n) + "部分“" + SectionName(n) +
                  "”。年度报告应包括格式规定的全部六个部分，缺项或合并都不符合要求。";
    }
    out.push_back(std::move(f));
  }

  const bool hybrid = r.format == FormatVersion::kHybrid;
  const bool old_format = r.format == FormatVersion::kV2019 ||
                          r.format == FormatVersion::kLegacyPre2019;
  // Rows the 2021 layout does not have, in a report whose format was not
  // told (an interchange file saying "unknown" or "2021"): the 2019 rows.
  const bool extra_rows = !hybrid && !old_format && !r.table2_extra_rows.empty();
  if (extra_rows && r.year >= 2021) {
    std::string labels;
    for (const ExtraTableRow& row : r.table2_extra_rows) {
      labels += (labels.empty() ? "“" : "、“") + row.label + "”";
    }
    Finding f;
    f.rule = "H8";
    f.severity = Severity::kError;
    f.where.section = SectionName(2);
    f.where.table = kTable2;
    f.where.src = r.table2_extra_rows.front().src;
    f.values = {{"报告年度", std::to_string(r.year)}, {"多出的栏目", labels}};
    f.message = std::string(kTable2) + "含有2021年格式没有的栏目" + labels +
                "（2019年试行格式国办公开办函〔2019〕60号的栏目）。2021年度起表二只有规章、行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费六行。";
    out.push_back(std::move(f));
  }
  if (hybrid || (old_format && r.year >= 2021)) {
    Finding f;
    f.rule = "H8";
    f.severity = Severity::kError;
    f.where.section = SectionName(2);
    f.where.table = kTable2;
    f.values = {{"报告年度", std::to_string(r.year)}, {"识别出的格式", FormatVersionName(r.format)}};
    if (hybrid) {
      f.message = "表格同时使用了2019年试行格式（国办公开办函〔2019〕60号）和2021年格式（国办公开办函〔2021〕30号）的栏目，应统一使用" +
                  std::string(r.year >= 2021 || r.year == 0 ? "2021年格式" : "当年适用的格式") + "。";
    } else if (r.format == FormatVersion::kV2019) {
      f.message = std::to_string(r.year) +
                  "年度报告仍使用2019年试行格式（国办公开办函〔2019〕60号）的表格。2021年度起应使用国办公开办函〔2021〕30号规定的格式（如“本年制发件数”“本年废止件数”“现行有效件数”和（六）其他处理的三个子项）。";
    } else {
      f.message = std::to_string(r.year) +
                  "年度报告使用的是2019年以前的旧格式。2021年度起应使用国办公开办函〔2021〕30号规定的格式。";
    }
    out.push_back(std::move(f));
  }
}

}  // namespace gongkai::report::rules
