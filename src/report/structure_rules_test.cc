// H7 and H8 on reports built by hand: merged sections, and 2019 rows in a
// report whose format an interchange file did not tell.
#include <gtest/gtest.h>

#include "report/check.h"
#include "report/sample_report.h"

namespace gongkai::report {
namespace {

std::vector<Finding> Only(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const Finding& f : all) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

TEST(StructureRules, AMergedHeadingNamesTheSectionItSwallowed) {
  AnnualReport r = MakeSampleReport(3);
  ASSERT_EQ(r.sections.size(), 6u);
  r.sections[4].title = "存在的主要问题及改进情况和其他需要报告的事项";
  r.sections[4].heading = "五、" + r.sections[4].title;
  r.sections.pop_back();
  const auto h7 = Only(CheckReport(r, nullptr, {}), "H7");
  ASSERT_EQ(h7.size(), 1u);
  EXPECT_NE(h7[0].message.find("第6部分"), std::string::npos);
  EXPECT_NE(h7[0].message.find("合并在标题“五、存在的主要问题及改进情况和其他需要报告的事项”之下"),
            std::string::npos)
      << h7[0].message;
}

TEST(StructureRules, AMissingSectionIsNotCalledMerged) {
  AnnualReport r = MakeSampleReport(3);
  r.sections.erase(r.sections.begin() + 4);
  const auto h7 = Only(CheckReport(r, nullptr, {}), "H7");
  ASSERT_EQ(h7.size(), 1u);
  EXPECT_EQ(h7[0].message.find("合并在"), std::string::npos);
}

TEST(StructureRules, Rows2019InAReportOfUntoldFormatAreH8) {
  SampleOptions options;
  options.year = 2022;
  AnnualReport r = MakeSampleReport(3, options);
  r.format = FormatVersion::kUnknown;
  ExtraTableRow row;
  row.label = "政府集中采购";
  row.cells = {CountCell::Of(5)};
  r.table2_extra_rows.push_back(row);
  const auto h8 = Only(CheckReport(r, nullptr, {}), "H8");
  ASSERT_EQ(h8.size(), 1u);
  EXPECT_NE(h8[0].message.find("“政府集中采购”"), std::string::npos);
  r.table2_extra_rows.clear();
  EXPECT_TRUE(Only(CheckReport(r, nullptr, {}), "H8").empty());
}

}  // namespace
}  // namespace gongkai::report
