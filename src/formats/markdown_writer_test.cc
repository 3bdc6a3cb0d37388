#include "formats/markdown_writer.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;
using report::CountCell;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool HasLine(const std::vector<std::string>& lines, const std::string& line) {
  for (const std::string& l : lines) {
    if (l == line) return true;
  }
  return false;
}

AnnualReport MakeReport() {
  AnnualReport r;
  r.agency = "青石县交通运输局";
  r.year = 2023;
  r.preamble = {{"本报告依据条例编制。", {}}};
  for (int n = 1; n <= report::kSectionCount; ++n) {
    report::Section s;
    s.number = n;
    s.paragraphs = {{"第" + std::to_string(n) + "部分。", {}}};
    r.sections.push_back(s);
  }
  r.sections[0].paragraphs.push_back({"1. 以数字开头\n# 井号 a|b *星* <b>标签</b> 1~3月", {}});
  r.table2.present = true;
  r.table2.normative[0] = {CountCell::Of(1), CountCell::Of(0), CountCell::Of(5)};
  r.table2.fees = report::AmountCell::Of(Decimal(15, 1));
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = CountCell::Of(i);
  return r;
}

TEST(MarkdownWriterTest, HeadingsParagraphsAndEscapes) {
  const std::string md = WriteMarkdown(MakeReport());
  const std::vector<std::string> lines = Lines(md);
  ASSERT_GE(lines.size(), 8u);
  EXPECT_EQ(lines[0], "# 青石县交通运输局2023年政府信息公开工作年度报告");
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(lines[2], "本报告依据条例编制。");
  EXPECT_EQ(lines[3], "");
  EXPECT_EQ(lines[4], "## 一、总体情况");
  EXPECT_EQ(lines[6], "第1部分。");
  EXPECT_EQ(lines[8], "1\\. 以数字开头\\");
  EXPECT_EQ(lines[9], "\\# 井号 a|b \\*星\\* \\<b>标签\\</b> 1\\~3月");
  EXPECT_TRUE(HasLine(lines, "## 三、收到和处理政府信息公开申请情况"));
  EXPECT_TRUE(HasLine(lines, "## 六、其他需要报告的事项"));
  EXPECT_EQ(md.back(), '\n');
  EXPECT_NE(md.substr(md.size() - 2), "\n\n");
}

TEST(MarkdownWriterTest, TablesAreFullGrids) {
  const std::vector<std::string> lines = Lines(WriteMarkdown(MakeReport()));
  EXPECT_TRUE(HasLine(lines, "| 第二十条第（一）项 |  |  |  |"));
  EXPECT_TRUE(HasLine(lines, "| --- | --- | --- | --- |"));
  EXPECT_TRUE(HasLine(lines, "| 规章 | 1 | 0 | 5 |"));
  EXPECT_TRUE(HasLine(lines, "| 行政规范性文件 |  |  |  |"));
  EXPECT_TRUE(HasLine(lines, "| 信息内容 | 本年收费金额（单位：万元） |  |  |"));
  EXPECT_TRUE(HasLine(lines, "| 行政事业性收费 | 1.5 |  |  |"));
  EXPECT_TRUE(HasLine(lines, "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |"));
  EXPECT_TRUE(HasLine(lines,
                      "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  "
                      "|  |  | 复议后起诉 |  |  |  |  |"));
  EXPECT_TRUE(HasLine(lines,
                      "|  |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | "
                      "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |"));
  EXPECT_TRUE(HasLine(lines, "| 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 |"));
  // Table 3 is absent from this report.
  EXPECT_FALSE(HasLine(lines, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
}

TEST(MarkdownWriterTest, PipesAreEscapedLikeInCells) {
  AnnualReport r;
  r.title = "甲|乙";  // the title goes through the table-cell escaping
  const std::vector<std::string> lines = Lines(WriteMarkdown(r));
  EXPECT_EQ(lines[0], "# 甲\\|乙");
}

}  // namespace
}  // namespace gongkai::formats
