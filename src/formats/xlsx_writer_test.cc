#include "formats/xlsx_writer.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;

// A report with made-up figures.
AnnualReport SampleReport() {
  AnnualReport r;
  r.agency = "示例市人民政府";
  r.year = 2024;
  r.preamble.push_back({"本报告依据《中华人民共和国政府信息公开条例》编制。", {}});
  for (int n = 1; n <= 6; ++n) {
    report::Section s;
    s.number = n;
    s.heading = SectionHeading(n);
    s.paragraphs.push_back({"第" + std::to_string(n) + "部分正文。", {}});
    r.sections.push_back(s);
  }
  r.table2.present = true;
  r.table2.normative[0] = {report::CountCell::Of(1), report::CountCell::Of(0),
                           report::CountCell::Of(11)};
  r.table2.normative[1] = {report::CountCell::Of(8), report::CountCell::Of(26),
                           report::CountCell::Of(66)};
  r.table2.licensing = report::CountCell::Of(447228);
  r.table2.punishment = report::CountCell::Of(3985758);
  r.table2.enforcement = report::CountCell::Of(88283);
  r.table2.fees = report::AmountCell::Of(Decimal(961716, 1));
  r.table3.present = true;
  for (int i = 0; i < report::kT3Rows; ++i) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      r.table3.cells[i][c] = report::CountCell::Of(i * 10 + c);
    }
  }
  r.table3.cells[report::kR01][6] = report::CountCell::Of(3119);
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = report::CountCell::Of(i + 1);
  return r;
}

TEST(XlsxWriter, WritesAZipWorkbook) {
  Result<std::string> xlsx = WriteXlsx(SampleReport());
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  ASSERT_GT(xlsx->size(), 1000u);
  EXPECT_EQ(xlsx->substr(0, 4), std::string("PK\x03\x04", 4));
}

// Blank cells stay blank, and a report with no sections still gets its title.
TEST(XlsxWriter, WritesAnEmptyReport) {
  AnnualReport r;
  Result<std::string> xlsx = WriteXlsx(r);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
}

// openpyxl (what many users' scripts read XLSX with) sees the sheets,
// merged ranges, numeric cells and number formats.
TEST(XlsxWriter, OpenpyxlReadsIt) {
  if (access("/usr/bin/python3", X_OK) != 0 ||
      std::system("/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "/usr/bin/python3 with openpyxl is not installed";
  }
  const AnnualReport report = SampleReport();
  Result<std::string> xlsx = WriteXlsx(report);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  char path[] = "/tmp/gongkai-xlsx-test-XXXXXX.xlsx";
  int fd = mkstemps(path, 5);
  ASSERT_GE(fd, 0);
  close(fd);
  {
    std::ofstream f(path, std::ios::binary);
    f << *xlsx;
  }
  const std::string script =
      "import openpyxl,sys\n"
      "wb=openpyxl.load_workbook(sys.argv[1])\n"
      "print('|'.join(wb.sheetnames))\n"
      "t=wb['报告']\n"
      "print(t['A1'].value, t['A1'].font.b, t['A3'].value, t['A3'].font.b, t.max_row)\n"
      "for n in wb.sheetnames[1:]:\n"
      "  ws=wb[n]\n"
      "  print(n, ws.max_row, ws.max_column, len(ws.merged_cells.ranges))\n"
      "t2=wb['表二 主动公开']\n"
      "print(repr(t2['B14'].value), t2['B14'].number_format, repr(t2['D4'].value),"
      " t2['A1'].value, 'A1:D1' in [str(m) for m in t2.merged_cells.ranges])\n"
      "t3=wb['表三 依申请公开']\n"
      "print(repr(t3['J4'].value), t3['A6'].value, 'A6:A27' in [str(m) for m in "
      "t3.merged_cells.ranges], t3['D1'].font.b, t3['D1'].alignment.horizontal)\n"
      "t4=wb['表四 复议诉讼']\n"
      "print(repr(t4['O4'].value), t4['F1'].value)\n";
  const std::string cmd = "/usr/bin/python3 -c \"$GK_SCRIPT\" " + std::string(path);
  setenv("GK_SCRIPT", script.c_str(), 1);
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string output;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
  const int rc = pclose(p);
  unlink(path);
  ASSERT_EQ(rc, 0) << output;

  const auto merges = [](const TableLayout& t) {
    int m = 0;
    for (const LayoutCell& c : t.cells) m += (c.row_span > 1 || c.col_span > 1) ? 1 : 0;
    return std::to_string(m);
  };
  const std::string expected =
      "报告|表二 主动公开|表三 依申请公开|表四 复议诉讼\n"
      "示例市人民政府2024年政府信息公开工作年度报告 True 一、总体情况 True 14\n"
      "表二 主动公开 14 4 " +
      merges(Table2Layout(report)) +
      "\n"
      "表三 依申请公开 28 10 " +
      merges(Table3Layout(report)) +
      "\n"
      "表四 复议诉讼 4 15 " +
      merges(Table4Layout(report)) +
      "\n"
      "96171.6 0.0 66 第二十条第（一）项 True\n"
      "3119 三、本年度办理结果 True True center\n"
      "15 行政诉讼\n";
  EXPECT_EQ(output, expected);
}

}  // namespace
}  // namespace gongkai::formats
