// The two real published reports in ../shared/examples: what the checker must
// say about each (annual-report-format.md §8, sources-and-defects.md §5).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "formats/report_io.h"
#include "report/check.h"

namespace gongkai {
namespace {

using report::Finding;
using report::Severity;

std::optional<std::string> ReadShared(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_SHARED_DIR) + "/examples/" + name, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::multiset<std::string> Keys(const std::vector<Finding>& fs, Severity severity) {
  std::multiset<std::string> out;
  for (const Finding& f : fs) {
    if (f.severity != severity) continue;
    out.insert(f.rule + "|" + f.where.row + "|" + f.where.column);
  }
  return out;
}

TEST(KashgarExample, FindsExactlyTheKnownDefects) {
  const auto text = ReadShared("kashgar-2023.txt");
  if (!text) GTEST_SKIP() << "../shared/examples/kashgar-2023.txt 不存在，跳过";
  auto read = formats::ReadReport(*text, "kashgar-2023.txt");
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->report.agency, "喀什市人民政府");
  EXPECT_EQ(read->report.year, 2023);
  EXPECT_EQ(read->report.format, report::FormatVersion::kV2021);
  const std::vector<Finding> f = report::CheckReport(read->report, nullptr, {});
  const std::multiset<std::string> errors = {
      "H1|（七）总计|自然人",
      "H1|四、结转下年度继续办理|自然人",
      "H1|四、结转下年度继续办理|商业企业",
      "H2|二、上年结转政府信息公开申请数量|总计",
      "H2|（七）总计|总计",
      "H3|（七）总计|总计",
      "H4||自然人",
      "H4||商业企业",
      "H4||其他",
  };
  EXPECT_EQ(Keys(f, Severity::kError), errors);
  std::set<std::string> warnings;
  for (const Finding& x : f) {
    if (x.severity == Severity::kWarning) warnings.insert(x.rule);
  }
  EXPECT_THAT(warnings, testing::IsSupersetOf({"S1", "S2", "S9"}));
  for (const Finding& x : f) {
    if (x.rule == "S2") {
      EXPECT_EQ(x.values[0].second, "11");
      EXPECT_EQ(x.values[1].second, "34");
    }
    if (x.rule == "S9") {
      EXPECT_THAT(x.where.section, testing::AnyOf("一、总体情况", "二、主动公开政府信息情况",
                                                  "五、存在的主要问题及改进情况"));
    }
    if (x.rule == "S1") {
      EXPECT_EQ(x.where.row, "行政规范性文件");
    }
  }
}

// The same report with its tables put right (every blank filled, totals and
// the narrative figure corrected) has no errors left.
TEST(KashgarExample, CorrectedCopyHasNoErrors) {
  const auto text = ReadShared("kashgar-2023.txt");
  if (!text) GTEST_SKIP() << "../shared/examples/kashgar-2023.txt 不存在，跳过";
  auto read = formats::ReadReport(*text, "kashgar-2023.txt");
  ASSERT_TRUE(read.ok());
  report::AnnualReport r = read->report;
  using report::CountCell;
  // 一 34 = 9,1,0,0,0,24; one carried in (自然人); all answered by disclosure.
  auto& t3 = r.table3.cells;
  t3[report::kR02][0] = CountCell::Of(1);
  const int64_t in[6] = {10, 1, 0, 0, 0, 24};
  for (int c = 0; c < 6; ++c) {
    t3[report::kR03][c] = CountCell::Of(in[c]);
    t3[report::kR24][c] = CountCell::Of(in[c]);
    t3[report::kR25][c] = CountCell::Of(0);
  }
  t3[report::kR03][6] = CountCell::Of(35);
  const std::vector<Finding> f = report::CheckReport(r, nullptr, {});
  EXPECT_FALSE(report::HasErrors(f));
}

TEST(HuaianExample, EveryFigureAsPublishedAndNoErrors) {
  const auto pdf = ReadShared("huaian-2024.pdf");
  const auto expected_text = ReadShared("huaian-2024.expected.json");
  if (!pdf || !expected_text) GTEST_SKIP() << "../shared/examples/huaian-2024.* 不存在，跳过";
  auto read = formats::ReadReport(*pdf, "huaian-2024.pdf");
  ASSERT_TRUE(read.ok()) << read.status().message();
  const report::AnnualReport& r = read->report;
  const nlohmann::ordered_json e = nlohmann::ordered_json::parse(*expected_text);
  EXPECT_EQ(r.agency, e["agency"].get<std::string>());
  EXPECT_EQ(r.year, e["year"].get<int>());
  EXPECT_EQ(report::FormatVersionName(r.format), e["format"].get<std::string>());
  // Table 2.
  for (int i = 0; i < 2; ++i) {
    const auto& row = e["table2"][std::string(report::kT2NormativeRows[i])];
    for (int c = 0; c < 3; ++c) {
      EXPECT_EQ(r.table2.normative[i][c].value, row[c].get<int64_t>()) << i << "," << c;
    }
  }
  EXPECT_EQ(r.table2.licensing.value, e["table2"]["行政许可"].get<int64_t>());
  EXPECT_EQ(r.table2.punishment.value, e["table2"]["行政处罚"].get<int64_t>());
  EXPECT_EQ(r.table2.enforcement.value, e["table2"]["行政强制"].get<int64_t>());
  ASSERT_TRUE(r.table2.fees.value);
  EXPECT_EQ(*r.table2.fees.value, *Decimal::Parse(e["table2"]["行政事业性收费"].get<std::string>()));
  // Table 3: the expected file keys rows by label; match them in order.
  ASSERT_EQ(e["table3"].size(), static_cast<size_t>(report::kT3Rows));
  int row = 0;
  for (const auto& [label, values] : e["table3"].items()) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      EXPECT_EQ(r.table3.cells[row][c].value, values[c].get<int64_t>())
          << label << " column " << c;
    }
    ++row;
  }
  for (int i = 0; i < report::kT4Cells; ++i) {
    EXPECT_EQ(r.table4.cells[i].value, e["table4"][i].get<int64_t>()) << "table4 " << i;
  }
  const std::vector<Finding> f = report::CheckReport(r, nullptr, {});
  EXPECT_FALSE(report::HasErrors(f));
  for (const Finding& x : f) EXPECT_NE(x.rule, "S2") << x.message;  // its text agrees with its tables
  EXPECT_EQ(r.sections.size(), 6u);
}

}  // namespace
}  // namespace gongkai
