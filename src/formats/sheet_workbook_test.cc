#include "formats/sheet_workbook.h"

#include <gtest/gtest.h>

#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

TEST(SheetWorkbook, CsvFieldQuotesAndDefusesFormulas) {
  EXPECT_EQ(CsvField("青山市人民政府"), "青山市人民政府");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("=1+1"), "'=1+1");
}

TEST(SheetWorkbook, XlsxHoldsOneSheetPerTableWithNumbersAsNumbers) {
  Sheet s;
  s.name = "报告汇总";
  s.header = {"文件", "错误数"};
  s.rows = {{SheetCell::Text("a.pdf"), SheetCell::Number(3)}};
  Sheet empty;
  empty.name = "全部问题";
  empty.header = {"文件"};
  const Result<std::string> x = WriteSheetsXlsx({s, empty});
  ASSERT_TRUE(x.ok()) << x.status().message();
  Result<ZipReader> zip = ZipReader::Open(*x);
  ASSERT_TRUE(zip.ok());
  const Result<std::string> book = zip->Read("xl/workbook.xml", 1 << 20);
  ASSERT_TRUE(book.ok());
  EXPECT_NE(book->find("报告汇总"), std::string::npos);
  EXPECT_NE(book->find("全部问题"), std::string::npos);
  const Result<std::string> sheet = zip->Read("xl/worksheets/sheet1.xml", 1 << 20);
  ASSERT_TRUE(sheet.ok());
  EXPECT_NE(sheet->find("<v>3</v>"), std::string::npos);  // a number, not a shared string
  EXPECT_NE(sheet->find("autoFilter"), std::string::npos);
}

TEST(SheetWorkbook, CsvHasBomHeaderAndCrlf) {
  Sheet s;
  s.header = {"文件", "错误数"};
  s.rows = {{SheetCell::Text("x, y"), SheetCell::Number(0)}};
  EXPECT_EQ(SheetCsv(s), "\xEF\xBB\xBF文件,错误数\r\n\"x, y\",0\r\n");
}

}  // namespace
}  // namespace gongkai::formats
