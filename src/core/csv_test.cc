#include "core/csv.h"

#include <gtest/gtest.h>

namespace gongkai::csv {
namespace {

TEST(Csv, QuotedFieldsDoubledQuotesAndLineBreaks) {
  const Table t = Parse("\xEF\xBB\xBF申请人,内容\r\n张三,\"关于“公开”的\"\"申请\"\"\n第二行\"\r\n,\r\n李四,x\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"申请人", "内容"}));
  EXPECT_EQ(t.rows[1].fields[1], "关于“公开”的\"申请\"\n第二行");
  EXPECT_EQ(t.rows[1].line, 2);
  EXPECT_EQ(t.rows[2].line, 5);  // the empty row on line 4 is dropped
  EXPECT_TRUE(t.problems.empty());
}

TEST(Csv, DetectsTabAndSemicolonSeparators) {
  EXPECT_EQ(Parse("a\tb\tc\n1\t2\t3\n").rows[1].fields, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(Parse("a;b\n1;2\n").rows[1].fields, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(Parse("a,b\n1,\n").rows[1].fields, (std::vector<std::string>{"1", ""}));
}

TEST(Csv, UnterminatedQuoteIsReportedWithItsLine) {
  const Table t = Parse("a,b\n1,\"open\n2,3\n");
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_NE(t.problems[0].find("第2行"), std::string::npos);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].fields[1], "open\n2,3\n");
}

}  // namespace
}  // namespace gongkai::csv
