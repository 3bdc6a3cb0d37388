#include "formats/xlsx_reader.h"

#include <string>

#include <gtest/gtest.h>

#include "formats/table_layout.h"
#include "formats/xlsx_writer.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;
using report::CountCell;

AnnualReport SampleReport() {
  AnnualReport r;
  r.agency = "示例县交通运输局";
  r.year = 2023;
  r.preamble.push_back({"本报告由示例县交通运输局编制。", {}});
  for (int n = 1; n <= 6; ++n) {
    report::Section s;
    s.number = n;
    s.heading = SectionHeading(n);
    s.paragraphs.push_back({"第" + std::to_string(n) + "部分第一段。", {}});
    s.paragraphs.push_back({"第" + std::to_string(n) + "部分第二段。", {}});
    r.sections.push_back(s);
  }
  r.table2.normative[0] = {CountCell::Of(2), CountCell::Of(1), CountCell::Of(17)};
  r.table2.normative[1] = {CountCell::Of(5), CountCell::Of(0), CountCell::Of(30)};
  r.table2.licensing = CountCell::Of(3119);
  r.table2.punishment = CountCell::Of(12);
  // enforcement left blank on purpose
  r.table2.fees = report::AmountCell::Of(Decimal(283625, 2));  // 2836.25
  for (int i = 0; i < report::kT3Rows; ++i) {
    for (int c = 0; c < report::kT3Columns; ++c) r.table3.cells[i][c] = CountCell::Of(100 * i + c);
  }
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = CountCell::Of(20 + i);
  r.table2.present = r.table3.present = r.table4.present = true;
  return r;
}

// Every layout cell is found at its place: origin with the text, the rest of
// its span covered and empty; line = sheet row, page = sheet index.
void ExpectTableMatchesLayout(const DocBlock& block, const TableLayout& t, int page) {
  ASSERT_EQ(block.kind, DocBlock::Kind::kTable);
  const DocTable& table = block.table;
  ASSERT_EQ(static_cast<int>(table.rows.size()), t.rows) << t.caption;
  EXPECT_EQ(table.src, (SourceRef{1, page}));
  for (const auto& row : table.rows) ASSERT_EQ(static_cast<int>(row.size()), t.columns);
  for (const LayoutCell& c : t.cells) {
    for (int r = c.row; r < c.row + c.row_span; ++r) {
      for (int k = c.col; k < c.col + c.col_span; ++k) {
        const DocCell& cell = table.rows[r][k];
        const bool origin = r == c.row && k == c.col;
        EXPECT_EQ(cell.text, origin ? c.text : "") << t.caption << " r" << r << " c" << k;
        EXPECT_EQ(cell.covered, !origin) << t.caption << " r" << r << " c" << k;
        EXPECT_EQ(cell.src, (SourceRef{r + 1, page}));
      }
    }
  }
}

TEST(XlsxReader, ReadsBackWhatTheWriterWrote) {
  const AnnualReport report = SampleReport();
  Result<std::string> xlsx = WriteXlsx(report);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  Result<Document> doc = ReadXlsxDocument(*xlsx);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_TRUE(doc->notes.empty());

  // Title, preamble, then per section its heading and two paragraphs.
  ASSERT_EQ(doc->blocks.size(), 2u + 6 * 3 + 3);
  EXPECT_EQ(doc->blocks[0].text, "示例县交通运输局2023年政府信息公开工作年度报告");
  EXPECT_EQ(doc->blocks[0].src, (SourceRef{1, 1}));
  EXPECT_EQ(doc->blocks[1].text, "本报告由示例县交通运输局编制。");
  EXPECT_EQ(doc->blocks[2].text, "一、总体情况");
  EXPECT_EQ(doc->blocks[2].src, (SourceRef{3, 1}));
  EXPECT_EQ(doc->blocks[4].text, "第1部分第二段。");
  EXPECT_EQ(doc->blocks[17].text, "六、其他需要报告的事项");
  EXPECT_EQ(doc->blocks[19].text, "第6部分第二段。");
  EXPECT_EQ(doc->blocks[19].src, (SourceRef{20, 1}));
  for (int i = 0; i < 20; ++i) EXPECT_EQ(doc->blocks[i].kind, DocBlock::Kind::kParagraph);

  ExpectTableMatchesLayout(doc->blocks[20], Table2Layout(report), 2);
  ExpectTableMatchesLayout(doc->blocks[21], Table3Layout(report), 3);
  ExpectTableMatchesLayout(doc->blocks[22], Table4Layout(report), 4);

  // A few values spelled out, so the test does not only trust the layout.
  const DocTable& t2 = doc->blocks[20].table;
  EXPECT_EQ(t2.rows[6][0].text, "行政许可");
  EXPECT_EQ(t2.rows[6][1].text, "3119");
  EXPECT_TRUE(t2.rows[6][2].covered);
  EXPECT_EQ(t2.rows[10][1].text, "");  // 行政强制 blank
  EXPECT_EQ(t2.rows[13][1].text, "2836.25");
  const DocTable& t3 = doc->blocks[21].table;
  EXPECT_EQ(t3.rows[0][0].text, report::kT3Caption);
  EXPECT_EQ(t3.rows[5][0].text, "三、本年度办理结果");
  EXPECT_TRUE(t3.rows[26][0].covered);
  EXPECT_EQ(t3.rows[27][0].text, "四、结转下年度继续办理");
  EXPECT_EQ(t3.rows[27][9].text, "2406");
  EXPECT_EQ(doc->blocks[22].table.rows[3][14].text, "34");
}

// A workbook assembled by hand, the way other programs write them.
std::string Workbook(const std::string& sheet1, const std::string& shared = "",
                     const std::string& sheet2 = "") {
  ZipWriter zip;
  EXPECT_TRUE(zip.Add("[Content_Types].xml", "<Types/>").ok());
  std::string sheets = R"(<sheet name="甲" sheetId="1" r:id="rId1"/>)";
  std::string rels =
      R"(<Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/a.xml"/>)";
  if (!sheet2.empty()) {
    sheets += R"(<sheet name="乙" sheetId="2" r:id="rId2"/>)";
    rels += R"(<Relationship Id="rId2" Type="http://x/worksheet" Target="/xl/worksheets/b.xml"/>)";
  }
  EXPECT_TRUE(zip.Add("xl/workbook.xml",
                      R"(<workbook xmlns:r="http://r"><sheets>)" + sheets + "</sheets></workbook>")
                  .ok());
  EXPECT_TRUE(
      zip.Add("xl/_rels/workbook.xml.rels", "<Relationships>" + rels + "</Relationships>").ok());
  EXPECT_TRUE(zip.Add("xl/worksheets/a.xml", sheet1).ok());
  if (!sheet2.empty()) {
    EXPECT_TRUE(zip.Add("xl/worksheets/b.xml", sheet2).ok());
  }
  if (!shared.empty()) {
    EXPECT_TRUE(zip.Add("xl/sharedStrings.xml", shared).ok());
  }
  Result<std::string> bytes = zip.Finish();
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : "";
}

TEST(XlsxReader, ReadsStringsNumbersAndMerges) {
  const std::string shared =
      R"(<sst><si><t>信息内容</t></si><si><r><t>行政</t></r><r><t xml:space="preserve">许可 </t></r>)"
      R"(<rPh><t>ぎょうせい</t></rPh></si><si><t>甲_x000D_
乙</t></si></sst>)";
  const std::string sheet =
      R"(<x:worksheet xmlns:x="http://main"><x:sheetData>)"
      R"(<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>本年处理决定数量</x:t></x:is></x:c></x:row>)"
      R"(<x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c r="C3"><x:v>96171.600000000006</x:v></x:c>)"
      R"(<x:c r="D3"><x:v>3119</x:v></x:c><x:c r="E3"><x:v>1E-3</x:v></x:c></x:row>)"
      R"(<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:v>=合计</x:v></x:c></x:row>)"
      R"(</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C2:E2"/></x:mergeCells></x:worksheet>)";
  Result<Document> doc = ReadXlsxDocument(Workbook(sheet, shared));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->blocks.size(), 1u);
  const DocTable& t = doc->blocks[0].table;
  EXPECT_EQ(t.src, (SourceRef{2, 1}));
  ASSERT_EQ(t.rows.size(), 3u);     // rows 2 … 4
  ASSERT_EQ(t.rows[0].size(), 5u);  // columns A … E
  const auto text = [&](int r, int c) { return t.rows[r][c].text; };
  EXPECT_EQ(text(0, 0), "");
  EXPECT_EQ(text(0, 1), "信息内容");
  EXPECT_EQ(text(0, 2), "本年处理决定数量");
  EXPECT_TRUE(t.rows[0][3].covered);
  EXPECT_TRUE(t.rows[0][4].covered);
  EXPECT_FALSE(t.rows[1][3].covered);
  EXPECT_EQ(text(1, 1), "行政许可 ");  // rich text runs joined, phonetic run dropped
  EXPECT_EQ(text(1, 2), "96171.6");
  EXPECT_EQ(text(1, 3), "3119");
  EXPECT_EQ(text(1, 4), "0.001");
  EXPECT_EQ(text(2, 0), "甲\n乙");  // _x000D_ + line feed is one line break
  EXPECT_EQ(text(2, 1), "TRUE");
  EXPECT_EQ(text(2, 2), "=合计");
  EXPECT_EQ(t.rows[2][0].src, (SourceRef{4, 1}));
}

TEST(XlsxReader, SingleCellRowsAreParagraphs) {
  const std::string text_sheet =
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度报告</t></is></c></row>)"
      R"(<row r="5"><c r="C5" t="inlineStr"><is><t>  一、总体情况
（一）主动公开。

</t></is></c></row></sheetData></worksheet>)";
  const std::string table_sheet =
      R"(<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>)"
      R"(</sheetData></worksheet>)";
  Result<Document> doc = ReadXlsxDocument(Workbook(text_sheet, "", table_sheet));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->blocks.size(), 4u);
  EXPECT_EQ(doc->blocks[0].text, "年度报告");
  EXPECT_EQ(doc->blocks[1].text, "一、总体情况");
  EXPECT_EQ(doc->blocks[1].src, (SourceRef{5, 1}));
  EXPECT_EQ(doc->blocks[2].text, "（一）主动公开。");
  EXPECT_EQ(doc->blocks[3].kind, DocBlock::Kind::kTable);
  EXPECT_EQ(doc->blocks[3].src, (SourceRef{1, 2}));
  ASSERT_EQ(doc->blocks[3].table.rows.size(), 1u);
  EXPECT_EQ(doc->blocks[3].table.rows[0][1].text, "2");
}

TEST(XlsxReader, CutsOversizedSheetsWithANote) {
  const std::string sheet =
      R"(<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>)"
      R"(<c r="GT1"><v>3</v></c></row><row r="10001"><c r="A10001"><v>4</v></c></row>)"
      R"(<row r="2"><c r="A2" t="s"><v>99</v></c></row></sheetData>)"
      R"(<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>)";
  Result<Document> doc = ReadXlsxDocument(Workbook(sheet));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->blocks.size(), 1u);
  const DocTable& t = doc->blocks[0].table;
  // The merge is clipped to the caps, then the grid to kXlsxMaxGridCells.
  EXPECT_EQ(t.rows[0].size(), static_cast<size_t>(kXlsxMaxColumns));
  EXPECT_EQ(t.rows.size(), kXlsxMaxGridCells / kXlsxMaxColumns);
  EXPECT_EQ(t.rows[0][0].text, "1");
  EXPECT_TRUE(t.rows[0][1].covered);
  EXPECT_EQ(t.rows[0][1].text, "");
  ASSERT_EQ(doc->notes.size(), 4u);
  EXPECT_EQ(doc->notes[0].message, "工作表“甲”超过 10000 行，其余行已忽略");
  EXPECT_EQ(doc->notes[1].message, "工作表“甲”超过 200 列，其余列已忽略");
  EXPECT_EQ(doc->notes[2].message, "工作表“甲”引用了不存在的共享字符串，相应单元格按空白处理");
  EXPECT_EQ(doc->notes[3].message, "工作表“甲”的表格过大，第 5001 行起已忽略");
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook) {
  Result<Document> empty = ReadXlsxDocument("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(empty.status().message(), "不是 XLSX 文件：不是ZIP压缩包（内容为空）");

  Result<Document> text = ReadXlsxDocument("hello, world");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), StatusCode::kInvalidInput);

  Result<Document> ole =
      ReadXlsxDocument(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "xxxx");
  ASSERT_FALSE(ole.ok());
  EXPECT_EQ(ole.status().code(), StatusCode::kUnsupported);

  ZipWriter zip;
  ASSERT_TRUE(zip.Add("word/document.xml", "<w:document/>").ok());
  Result<Document> docx = ReadXlsxDocument(*zip.Finish());
  ASSERT_FALSE(docx.ok());
  EXPECT_EQ(docx.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(docx.status().message(), "XLSX 文件已损坏：缺少 xl/workbook.xml");

  Result<Document> bad_xml = ReadXlsxDocument(Workbook("<worksheet><sheetData><row>"));
  ASSERT_FALSE(bad_xml.ok());
  EXPECT_EQ(bad_xml.status().message(),
            "XLSX 文件已损坏：工作表“甲”（xl/worksheets/a.xml）不是有效的 XML");

  std::string truncated = Workbook("<worksheet/>");
  truncated.resize(truncated.size() / 2);
  Result<Document> cut = ReadXlsxDocument(truncated);
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().code(), StatusCode::kDamaged);
}

// Bytes flipped all over a real workbook never crash the reader.
TEST(XlsxReader, SurvivesCorruptedWorkbooks) {
  Result<std::string> xlsx = WriteXlsx(SampleReport());
  ASSERT_TRUE(xlsx.ok());
  int failures = 0;
  for (size_t step = 0; step < 200; ++step) {
    std::string bytes = *xlsx;
    const size_t at = (step * 7919) % bytes.size();
    bytes[at] = static_cast<char>(bytes[at] ^ 0x5A);
    Result<Document> doc = ReadXlsxDocument(bytes);
    if (!doc.ok()) {
      ++failures;
      EXPECT_FALSE(doc.status().message().empty());
    }
  }
  EXPECT_GT(failures, 0);
}

}  // namespace
}  // namespace gongkai::formats
