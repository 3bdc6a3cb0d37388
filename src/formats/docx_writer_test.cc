#include "formats/docx_writer.h"

#include <gtest/gtest.h>

#include "formats/docx_reader.h"
#include "formats/table_layout.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;
using report::CountCell;

// A report with made-up figures: every cell distinct so that a value in the
// wrong place shows.
AnnualReport SampleReport() {
  AnnualReport r;
  r.agency = "示例市人民政府";
  r.year = 2024;
  r.preamble = {{"本报告根据《中华人民共和国政府信息公开条例》编制。", {}}};
  for (int n = 1; n <= 6; ++n) {
    report::Section s;
    s.number = n;
    s.paragraphs = {{"第" + std::to_string(n) + "节正文。", {}}};
    r.sections.push_back(s);
  }
  r.sections[0].paragraphs.push_back({"（一）主动公开。\n第二行<&>\"'", {}});
  for (int i = 0; i < 2; ++i) {
    for (int c = 0; c < 3; ++c) r.table2.normative[i][c] = CountCell::Of(10 * (i + 1) + c);
  }
  r.table2.licensing = CountCell::Of(301);
  r.table2.punishment = CountCell::Of(302);
  r.table2.enforcement = CountCell::Of(303);
  r.table2.fees = report::AmountCell::Of(Decimal(283625, 2));
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      r.table3.cells[row][c] = CountCell::Of(1000 + 10 * row + c);
    }
  }
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = CountCell::Of(500 + i);
  r.table2.present = r.table3.present = r.table4.present = true;
  return r;
}

Document WriteAndRead(const AnnualReport& r) {
  Result<std::string> bytes = WriteDocx(r);
  EXPECT_TRUE(bytes.ok()) << bytes.status().message();
  if (!bytes.ok()) return {};
  Result<Document> doc = ReadDocxDocument(*bytes);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? *doc : Document();
}

std::vector<const DocTable*> Tables(const Document& doc) {
  std::vector<const DocTable*> out;
  for (const DocBlock& b : doc.blocks) {
    if (b.kind == DocBlock::Kind::kTable) out.push_back(&b.table);
  }
  return out;
}

TEST(DocxWriterTest, BlocksComeInTheOfficialOrder) {
  const Document doc = WriteAndRead(SampleReport());
  std::vector<std::string> seen;
  for (const DocBlock& b : doc.blocks) {
    seen.push_back(b.kind == DocBlock::Kind::kTable
                       ? "[表" + std::to_string(b.table.rows.size()) + "]"
                       : b.text);
  }
  const std::vector<std::string> want = {
      "示例市人民政府2024年政府信息公开工作年度报告",
      "本报告根据《中华人民共和国政府信息公开条例》编制。",
      "一、总体情况",
      "第1节正文。",
      "（一）主动公开。\n第二行<&>\"'",
      "二、主动公开政府信息情况",
      "第2节正文。",
      "[表14]",
      "三、收到和处理政府信息公开申请情况",
      "第3节正文。",
      "[表28]",
      "四、政府信息公开行政复议、行政诉讼情况",
      "第4节正文。",
      "[表4]",
      "五、存在的主要问题及改进情况",
      "第5节正文。",
      "六、其他需要报告的事项",
      "第6节正文。",
  };
  EXPECT_EQ(seen, want);
  EXPECT_TRUE(doc.notes.empty());
}

TEST(DocxWriterTest, ExplicitTitleWins) {
  AnnualReport r = SampleReport();
  r.title = "示例市2024年度政府信息公开工作年度报告";
  const Document doc = WriteAndRead(r);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].text, "示例市2024年度政府信息公开工作年度报告");
}

TEST(DocxWriterTest, Table2HasItsBlocksAndValues) {
  const Document doc = WriteAndRead(SampleReport());
  const auto tables = Tables(doc);
  ASSERT_EQ(tables.size(), 3u);
  const DocTable& t = *tables[0];
  ASSERT_EQ(t.rows.size(), 14u);
  for (const auto& row : t.rows) ASSERT_EQ(row.size(), 4u);
  EXPECT_EQ(t.rows[0][0].text, "第二十条第（一）项");
  EXPECT_TRUE(t.rows[0][3].covered);
  EXPECT_EQ(t.rows[1][1].text, "本年制发件数");
  EXPECT_EQ(t.rows[2][0].text, "规章");
  EXPECT_EQ(t.rows[2][1].text, "10");
  EXPECT_EQ(t.rows[3][0].text, "行政规范性文件");
  EXPECT_EQ(t.rows[3][3].text, "22");
  EXPECT_EQ(t.rows[4][0].text, "第二十条第（五）项");
  EXPECT_EQ(t.rows[5][1].text, "本年处理决定数量");
  EXPECT_TRUE(t.rows[5][2].covered);
  EXPECT_EQ(t.rows[6][0].text, "行政许可");
  EXPECT_EQ(t.rows[6][1].text, "301");
  EXPECT_EQ(t.rows[9][0].text, "行政处罚");
  EXPECT_EQ(t.rows[9][1].text, "302");
  EXPECT_EQ(t.rows[10][1].text, "303");
  EXPECT_EQ(t.rows[11][0].text, "第二十条第（八）项");
  EXPECT_EQ(t.rows[12][1].text, "本年收费金额（单位：万元）");
  EXPECT_EQ(t.rows[13][0].text, "行政事业性收费");
  EXPECT_EQ(t.rows[13][1].text, "2836.25");
  EXPECT_TRUE(t.rows[13][3].covered);
}

TEST(DocxWriterTest, Table3HasTenColumnsWithMergedHeaders) {
  const Document doc = WriteAndRead(SampleReport());
  const auto tables = Tables(doc);
  ASSERT_EQ(tables.size(), 3u);
  const DocTable& t = *tables[1];
  ASSERT_EQ(t.rows.size(), 28u);
  for (const auto& row : t.rows) ASSERT_EQ(row.size(), 10u);
  // Header: caption 3×3, 申请人情况 1×7, 自然人 and 总计 2×1, 法人或其他组织 1×5.
  EXPECT_EQ(t.rows[0][0].text, report::kT3Caption);
  EXPECT_TRUE(t.rows[0][1].covered);
  EXPECT_TRUE(t.rows[2][2].covered);
  EXPECT_EQ(t.rows[0][3].text, "申请人情况");
  EXPECT_TRUE(t.rows[0][9].covered);
  EXPECT_EQ(t.rows[1][3].text, "自然人");
  EXPECT_TRUE(t.rows[2][3].covered);
  EXPECT_EQ(t.rows[1][4].text, "法人或其他组织");
  EXPECT_TRUE(t.rows[1][8].covered);
  EXPECT_EQ(t.rows[1][9].text, "总计");
  EXPECT_TRUE(t.rows[2][9].covered);
  const std::vector<std::string> orgs = {"商业企业", "科研机构", "社会公益组织", "法律服务机构",
                                         "其他"};
  for (int c = 0; c < 5; ++c) EXPECT_EQ(t.rows[2][4 + c].text, orgs[c]);
  // Body rows: every value in place.
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      EXPECT_EQ(t.rows[3 + row][3 + c].text, std::to_string(1000 + 10 * row + c))
          << report::kT3RowSpecs[row].id << " column " << c;
      EXPECT_FALSE(t.rows[3 + row][3 + c].covered);
    }
  }
  EXPECT_EQ(t.rows[3][0].text, "一、本年新收政府信息公开申请数量");
  EXPECT_TRUE(t.rows[3][1].covered);
  EXPECT_TRUE(t.rows[3][2].covered);
  EXPECT_EQ(t.rows[5][0].text, "三、本年度办理结果");
  EXPECT_EQ(t.rows[5][1].text, "（一）予以公开");
  EXPECT_TRUE(t.rows[6][0].covered);
  EXPECT_EQ(t.rows[7][1].text, "（三）不予公开");
  EXPECT_EQ(t.rows[7][2].text, "1.属于国家秘密");
  EXPECT_TRUE(t.rows[8][1].covered);
  EXPECT_EQ(t.rows[14][2].text, "8.属于行政查询事项");
  EXPECT_EQ(t.rows[15][1].text, "（四）无法提供");
  EXPECT_EQ(t.rows[23][1].text, "（六）其他处理");
  EXPECT_EQ(t.rows[26][1].text, "（七）总计");
  EXPECT_TRUE(t.rows[26][0].covered);
  EXPECT_EQ(t.rows[27][0].text, "四、结转下年度继续办理");
  EXPECT_EQ(t.rows[27][9].text, "1246");
}

TEST(DocxWriterTest, Table4HasFifteenColumns) {
  const Document doc = WriteAndRead(SampleReport());
  const auto tables = Tables(doc);
  ASSERT_EQ(tables.size(), 3u);
  const DocTable& t = *tables[2];
  ASSERT_EQ(t.rows.size(), 4u);
  for (const auto& row : t.rows) ASSERT_EQ(row.size(), 15u);
  EXPECT_EQ(t.rows[0][0].text, "行政复议");
  EXPECT_TRUE(t.rows[0][4].covered);
  EXPECT_EQ(t.rows[0][5].text, "行政诉讼");
  EXPECT_TRUE(t.rows[0][14].covered);
  EXPECT_EQ(t.rows[1][0].text, "结果维持");
  EXPECT_TRUE(t.rows[2][0].covered);
  EXPECT_EQ(t.rows[1][5].text, "未经复议直接起诉");
  EXPECT_EQ(t.rows[1][10].text, "复议后起诉");
  EXPECT_EQ(t.rows[2][9].text, "总计");
  EXPECT_EQ(t.rows[2][14].text, "总计");
  for (int i = 0; i < 15; ++i) EXPECT_EQ(t.rows[3][i].text, std::to_string(500 + i)) << i;
}

TEST(DocxWriterTest, BlankCellsStayEmpty) {
  AnnualReport r;
  r.agency = "某局";
  r.year = 2023;
  r.table2.present = r.table3.present = r.table4.present = true;  // present, every cell blank
  const Document doc = WriteAndRead(r);
  const auto tables = Tables(doc);
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_EQ(tables[1]->rows[3][3].text, "");
  EXPECT_FALSE(tables[1]->rows[3][3].covered);
  EXPECT_EQ(tables[2]->rows[3][0].text, "");
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].text, "某局2023年政府信息公开工作年度报告");
}

TEST(DocxWriterTest, PackageHasTheOfficialMarkup) {
  Result<std::string> bytes = WriteDocx(SampleReport());
  ASSERT_TRUE(bytes.ok());
  Result<ZipReader> zip = ZipReader::Open(*bytes);
  ASSERT_TRUE(zip.ok());
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                           "word/styles.xml", "word/settings.xml", "docProps/core.xml"}) {
    EXPECT_TRUE(zip->Contains(part)) << part;
  }
  Result<std::string> xml = zip->Read("word/document.xml");
  ASSERT_TRUE(xml.ok());
  const auto count = [&](std::string_view needle) {
    size_t n = 0;
    for (size_t at = xml->find(needle); at != std::string::npos; at = xml->find(needle, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<w:tblHeader/>"), 6u);  // 3 header rows each in Tables 3 and 4
  EXPECT_EQ(count("<w:tbl>"), 3u);
  // 6 headings + the paragraphs of header-only rows: Table 2 14, Table 3 14, Table 4 24.
  EXPECT_EQ(count("<w:keepNext/>"), 58u);
  EXPECT_EQ(count(R"(<w:pgSz w:w="11906" w:h="16838"/>)"), 1u);
  EXPECT_EQ(count(R"(<w:vMerge w:val="restart"/>)"), 13u);  // T3: 8, T4: 5
  EXPECT_GT(count(R"(w:eastAsia="黑体")"), 5u);
  EXPECT_GT(count(R"(w:eastAsia="宋体")"), 100u);
  EXPECT_EQ(count("&lt;&amp;&gt;"), 1u);
  Result<std::string> core = zip->Read("docProps/core.xml");
  ASSERT_TRUE(core.ok());
  EXPECT_NE(core->find("<dc:title>示例市人民政府2024年政府信息公开工作年度报告</dc:title>"),
            std::string::npos);
}

TEST(DocxWriterTest, OutputIsDeterministicAndCleansText) {
  AnnualReport r = SampleReport();
  r.preamble.push_back({std::string("控制\x01字符\xFF\x0B"), {}});
  Result<std::string> one = WriteDocx(r);
  Result<std::string> two = WriteDocx(r);
  ASSERT_TRUE(one.ok() && two.ok());
  EXPECT_EQ(*one, *two);
  Result<Document> doc = ReadDocxDocument(*one);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->blocks[2].text, "控制字符\uFFFD");
}

}  // namespace
}  // namespace gongkai::formats
