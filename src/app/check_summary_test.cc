#include "app/check_summary.h"

#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

TEST(CheckSummary, CsvFieldQuotesPerRfc4180) {
  EXPECT_EQ(formats::CsvField("plain"), "plain");
  EXPECT_EQ(formats::CsvField("青山市人民政府"), "青山市人民政府");
  EXPECT_EQ(formats::CsvField(""), "");
  EXPECT_EQ(formats::CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(formats::CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(formats::CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(formats::CsvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(formats::CsvField(" padded "), "\" padded \"");
  EXPECT_EQ(formats::CsvField("表三“二、上年结转”行"), "表三“二、上年结转”行");  // curly quotes are text
}

TEST(CheckSummary, CsvFieldDefusesFormulas) {
  EXPECT_EQ(formats::CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(formats::CsvField("+1"), "'+1");
  EXPECT_EQ(formats::CsvField("@cmd"), "'@cmd");
  EXPECT_EQ(formats::CsvField("-2"), "'-2");
}

BatchFileResult Sample() {
  BatchFileResult r;
  r.path = "报告/a,b.pdf";
  r.output.read = true;
  r.output.errors = true;
  r.agency = "青山市人民政府";
  r.year = 2025;
  r.format = formats::InputFormat::kPdf;
  r.previous_path = "报告/2024.pdf";
  report::Finding x1;
  x1.rule = "X1";
  x1.where = {"三、收到和处理政府信息公开申请情况", "表三", "二、上年结转政府信息公开申请数量",
              "总计", {12, 3}};
  x1.message = "本年“二、上年结转”为5，但2024年报告为6，两者应当相等。";
  report::Finding h2 = x1;
  h2.rule = "H2";
  report::Finding s2;
  s2.rule = "S2";
  s2.severity = report::Severity::kWarning;
  s2.where.section = "二、主动公开政府信息情况";
  s2.message = "正文写“12件”。";
  r.findings = {h2, x1, s2, x1};
  r.errors = 3;
  r.warnings = 1;
  return r;
}

BatchFileResult Unreadable() {
  BatchFileResult r;
  r.path = "坏.pdf";
  r.error = "坏.pdf：文件已损坏";
  return r;
}

TEST(CheckSummary, ReportsTableRowPerFile) {
  const SummaryTable t = ReportsTable({Sample(), Unreadable()});
  EXPECT_EQ(t.name, "报告汇总");
  ASSERT_EQ(t.header.size(), 9u);
  EXPECT_EQ(t.widths.size(), t.header.size());
  ASSERT_EQ(t.rows.size(), 2u);
  const auto& a = t.rows[0];
  EXPECT_EQ(a[0].text, "报告/a,b.pdf");
  EXPECT_EQ(a[1].text, "青山市人民政府");
  EXPECT_EQ(a[2].number, 2025);
  EXPECT_EQ(a[3].text, formats::InputFormatLabel(formats::InputFormat::kPdf));
  EXPECT_EQ(a[4].number, 3);
  EXPECT_EQ(a[5].number, 1);
  EXPECT_EQ(a[6].text, "H2、X1、S2");
  EXPECT_EQ(a[7].text, "报告/2024.pdf");
  EXPECT_EQ(a[8].text, "已核对");
  const auto& b = t.rows[1];
  EXPECT_FALSE(b[2].number);
  EXPECT_FALSE(b[4].number);
  EXPECT_EQ(b[8].text, "无法读取：坏.pdf：文件已损坏");
}

TEST(CheckSummary, FindingsTableRowPerFinding) {
  const SummaryTable t = FindingsTable({Sample(), Unreadable()});
  EXPECT_EQ(t.name, "全部问题");
  ASSERT_EQ(t.rows.size(), 4u);
  const auto& x1 = t.rows[1];
  EXPECT_EQ(x1[3].text, "X1");
  EXPECT_EQ(x1[4].text, "错误");
  EXPECT_EQ(x1[5].text,
            "三、收到和处理政府信息公开申请情况 表三“二、上年结转政府信息公开申请数量”行“总计”列");
  EXPECT_EQ(x1[6].text, "第3页第12行");
  EXPECT_EQ(t.rows[2][4].text, "警告");
  EXPECT_EQ(t.rows[2][5].text, "二、主动公开政府信息情况");
  EXPECT_EQ(t.rows[2][6].text, "");
}

TEST(CheckSummary, TableCsvHasBomCrlfAndNumbers) {
  const std::string csv = formats::SheetCsv(ReportsTable({Sample()}));
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(csv.find("文件,机关,年度,格式,错误数,警告数,规则,上一年度报告,状态\r\n"), std::string::npos);
  EXPECT_NE(csv.find("\"报告/a,b.pdf\",青山市人民政府,2025,"), std::string::npos);
  EXPECT_NE(csv.find(",3,1,H2、X1、S2,报告/2024.pdf,已核对\r\n"), std::string::npos);
}

TEST(CheckSummary, FormatFromTheExtension) {
  EXPECT_EQ(SummaryFormatOf("out.xlsx"), SummaryFormat::kXlsx);
  EXPECT_EQ(SummaryFormatOf("OUT.XLSX"), SummaryFormat::kXlsx);
  EXPECT_EQ(SummaryFormatOf("d/out.Csv"), SummaryFormat::kCsv);
  EXPECT_FALSE(SummaryFormatOf("out.xls"));
  EXPECT_FALSE(SummaryFormatOf("out"));
  EXPECT_EQ(FindingsCsvPath("d/汇总.csv"), "d/汇总.findings.csv");
  EXPECT_EQ(FindingsCsvPath("d/X.CSV"), "d/X.findings.csv");
  EXPECT_FALSE(ValidateSummaryPath("out.txt").ok());
  EXPECT_FALSE(ValidateSummaryPath("/no/such/folder/out.xlsx").ok());
  EXPECT_TRUE(ValidateSummaryPath("out.xlsx").ok());
}

TEST(CheckSummary, XlsxIsAZip) {
  Result<std::string> x = formats::WriteSheetsXlsx({ReportsTable({Sample(), Unreadable()}),
                                       FindingsTable({Sample()})});
  ASSERT_TRUE(x.ok()) << x.status().message();
  EXPECT_EQ(x->rfind("PK", 0), 0u);
}

}  // namespace
}  // namespace gongkai::app
