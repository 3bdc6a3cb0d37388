#include "formats/html_writer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "formats/html_reader.h"
#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;
using report::CountCell;

// A report with made-up figures; each table cell holds a distinct value.
AnnualReport MakeReport() {
  AnnualReport r;
  r.agency = "青石县交通运输局";
  r.year = 2023;
  r.preamble = {{"本报告依据《中华人民共和国政府信息公开条例》编制。", {}}};
  for (int n = 1; n <= report::kSectionCount; ++n) {
    report::Section s;
    s.number = n;
    s.heading = SectionHeading(n);
    s.paragraphs = {{"第" + std::to_string(n) + "部分的说明。", {}}};
    r.sections.push_back(s);
  }
  r.sections[0].paragraphs.push_back({"特殊字符<script>alert(1)</script> & \"引号\"\n第二行", {}});
  r.table2.present = true;
  r.table2.normative[0] = {CountCell::Of(1), CountCell::Of(0), CountCell::Of(5)};
  r.table2.normative[1] = {CountCell::Of(3), CountCell::Of(1), CountCell::Of(20)};
  r.table2.licensing = CountCell::Of(120);
  r.table2.punishment = CountCell::Of(45);
  r.table2.enforcement = CountCell::Of(2);
  r.table2.fees = report::AmountCell::Of(Decimal(283625, 2));
  r.table3.present = true;
  for (int i = 0; i < report::kT3Rows; ++i) {
    for (int c = 0; c < report::kT3Columns; ++c) r.table3.cells[i][c] = CountCell::Of(i * 10 + c);
  }
  r.table3.cells[report::kR25][0] = CountCell{};  // one blank cell stays blank
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = CountCell::Of(100 + i);
  return r;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(HtmlWriterTest, DocumentSkeleton) {
  const std::string html = WriteHtml(MakeReport());
  EXPECT_EQ(
      html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n", 0),
      0u);
  EXPECT_TRUE(Contains(html, "<title>青石县交通运输局2023年政府信息公开工作年度报告</title>"));
  EXPECT_TRUE(Contains(html, "<h1>青石县交通运输局2023年政府信息公开工作年度报告</h1>"));
  EXPECT_TRUE(Contains(html, "@page { size: A4;"));
  EXPECT_TRUE(Contains(html, "<h2 id=\"section-1\">一、总体情况</h2>"));
  EXPECT_TRUE(Contains(html, "<h2 id=\"section-6\">六、其他需要报告的事项</h2>"));
  EXPECT_TRUE(Contains(
      html,
      "<p>特殊字符&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;<br>\n第二行</p>"));
  EXPECT_FALSE(Contains(html, "<script"));
  EXPECT_EQ(html.substr(html.size() - 16), "</body>\n</html>\n");
}

TEST(HtmlWriterTest, TablesHaveRealSpansAndHeaderScopes) {
  const std::string html = WriteHtml(MakeReport());
  EXPECT_TRUE(
      Contains(html,
               "<caption id=\"table-3\" "
               "class=\"visually-hidden\">三、收到和处理政府信息公开申请情况</"
               "caption>\n<thead>\n<tr><th scope=\"col\" rowspan=\"3\" "
               "colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<"
               "/th><th scope=\"col\" colspan=\"7\">申请人情况</th></tr>\n"));
  EXPECT_TRUE(Contains(html,
                       "</thead>\n<tbody>\n<tr><th scope=\"row\" "
                       "colspan=\"3\">一、本年新收政府信息公开申请数量</th><td "
                       "class=\"num\">0</td><td class=\"num\">1</td>"));
  EXPECT_TRUE(Contains(html, "<th scope=\"row\" rowspan=\"22\">三、本年度办理结果</th>"));
  EXPECT_TRUE(Contains(html,
                       "<tr><th scope=\"row\" colspan=\"3\">四、结转下年度继续办理</th><td "
                       "class=\"num\"></td><td class=\"num\">241</td>"));
  EXPECT_TRUE(Contains(html, "<tr><th scope=\"col\" colspan=\"4\">第二十条第（八）项</th></tr>"));
  EXPECT_TRUE(Contains(html,
                       "<tr><th scope=\"row\">行政事业性收费</th><td class=\"num\" "
                       "colspan=\"3\">2836.25</td></tr>"));
  EXPECT_TRUE(Contains(html,
                       "<tr><th scope=\"col\" colspan=\"5\">行政复议</th><th scope=\"col\" "
                       "colspan=\"10\">行政诉讼</th></tr>"));
}

TEST(HtmlWriterTest, TitleAndAbsentTables) {
  AnnualReport r;
  r.title = "某某<报告>";
  r.sections.push_back({});
  r.sections.back().number = 9;
  r.sections.back().heading = "七、附件";
  const std::string html = WriteHtml(r);
  EXPECT_TRUE(Contains(html, "<h1>某某&lt;报告&gt;</h1>"));
  EXPECT_FALSE(Contains(html, "<table"));
  EXPECT_TRUE(Contains(html, "<h2 id=\"section-1\">七、附件</h2>\n</section>\n</article>"));
}

// Texts of the paragraphs, "<table>" for tables.
std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const DocBlock& b : doc.blocks) {
    out.push_back(b.kind == DocBlock::Kind::kParagraph ? b.text : "<table>");
  }
  return out;
}

const DocCell& At(const DocTable& t, size_t row, size_t col) { return t.rows.at(row).at(col); }

TEST(HtmlWriterTest, RoundTripThroughTheReader) {
  const AnnualReport r = MakeReport();
  const Result<Document> read = ReadHtmlDocument(WriteHtml(r));
  ASSERT_TRUE(read.ok()) << read.status().message();
  const Document& doc = *read;
  EXPECT_TRUE(doc.notes.empty());
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{
                            "青石县交通运输局2023年政府信息公开工作年度报告",
                            "本报告依据《中华人民共和国政府信息公开条例》编制。", "一、总体情况",
                            "第1部分的说明。", "特殊字符<script>alert(1)</script> & \"引号\"",
                            "第二行", "二、主动公开政府信息情况", "第2部分的说明。", "<table>",
                            "三、收到和处理政府信息公开申请情况", "第3部分的说明。", "<table>",
                            "四、政府信息公开行政复议、行政诉讼情况", "第4部分的说明。", "<table>",
                            "五、存在的主要问题及改进情况", "第5部分的说明。",
                            "六、其他需要报告的事项", "第6部分的说明。"}));

  const DocTable& t2 = doc.blocks[8].table;
  ASSERT_EQ(t2.rows.size(), 14u);
  for (const auto& row : t2.rows) ASSERT_EQ(row.size(), 4u);
  EXPECT_EQ(At(t2, 0, 0).text, "第二十条第（一）项");
  EXPECT_TRUE(At(t2, 0, 3).covered);
  EXPECT_EQ(At(t2, 3, 0).text, "行政规范性文件");
  EXPECT_EQ(At(t2, 3, 1).text, "3");
  EXPECT_EQ(At(t2, 3, 3).text, "20");
  EXPECT_EQ(At(t2, 6, 1).text, "120");
  EXPECT_TRUE(At(t2, 6, 2).covered);
  EXPECT_EQ(At(t2, 10, 0).text, "行政强制");
  EXPECT_EQ(At(t2, 10, 1).text, "2");
  EXPECT_EQ(At(t2, 13, 1).text, "2836.25");

  const DocTable& t3 = doc.blocks[11].table;
  ASSERT_EQ(t3.rows.size(), 28u);
  for (const auto& row : t3.rows) ASSERT_EQ(row.size(), 10u);
  EXPECT_EQ(At(t3, 0, 0).text, std::string(report::kT3Caption));
  EXPECT_TRUE(At(t3, 2, 2).covered);
  EXPECT_EQ(At(t3, 1, 4).text, "法人或其他组织");
  EXPECT_EQ(At(t3, 2, 7).text, "法律服务机构");
  EXPECT_EQ(At(t3, 1, 9).text, "总计");
  EXPECT_TRUE(At(t3, 2, 9).covered);
  EXPECT_EQ(At(t3, 5, 0).text, "三、本年度办理结果");
  EXPECT_TRUE(At(t3, 26, 0).covered);
  EXPECT_EQ(At(t3, 7, 1).text, "（三）不予公开");
  EXPECT_EQ(At(t3, 7, 2).text, "1.属于国家秘密");
  EXPECT_TRUE(At(t3, 14, 1).covered);
  EXPECT_EQ(At(t3, 26, 1).text, "（七）总计");
  for (int i = 0; i < report::kT3Rows; ++i) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      const std::string expected = i == report::kR25 && c == 0 ? "" : std::to_string(i * 10 + c);
      EXPECT_EQ(At(t3, 3 + i, 3 + c).text, expected) << "R" << i + 1 << " C" << c + 1;
      EXPECT_FALSE(At(t3, 3 + i, 3 + c).covered);
    }
  }

  const DocTable& t4 = doc.blocks[14].table;
  ASSERT_EQ(t4.rows.size(), 4u);
  for (const auto& row : t4.rows) ASSERT_EQ(row.size(), 15u);
  EXPECT_EQ(At(t4, 0, 5).text, "行政诉讼");
  EXPECT_EQ(At(t4, 1, 10).text, "复议后起诉");
  EXPECT_TRUE(At(t4, 2, 0).covered);
  EXPECT_EQ(At(t4, 2, 14).text, "总计");
  for (int i = 0; i < report::kT4Cells; ++i) EXPECT_EQ(At(t4, 3, i).text, std::to_string(100 + i));
}

}  // namespace
}  // namespace gongkai::formats
