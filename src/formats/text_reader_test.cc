#include "formats/text_reader.h"

#include <gtest/gtest.h>

#include <iconv.h>

namespace gongkai::formats {
namespace {

std::vector<std::string> Row(const DocTable& t, size_t i) {
  std::vector<std::string> out;
  for (const DocCell& c : t.rows.at(i)) out.push_back(c.text);
  return out;
}

TEST(TextReader, FlattenedTableKeepsBlankCellsAndWrappedText) {
  const Document d = ReadTextDocument(
      "标题\n\n\t信息内容\n\t商业\n企业\n\t\n\n\t规章\n\t1\n\t\n\t3\n\n\n正文段落。\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[0].text, "标题");
  ASSERT_EQ(d.blocks[1].kind, DocBlock::Kind::kTable);
  const DocTable& t = d.blocks[1].table;
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(Row(t, 0), (std::vector<std::string>{"信息内容", "商业\n企业", ""}));
  EXPECT_EQ(Row(t, 1), (std::vector<std::string>{"规章", "1", "", "3"}));
  EXPECT_EQ(t.rows[1][3].src.line, 11);
  EXPECT_EQ(d.blocks[2].text, "正文段落。");
  EXPECT_EQ(d.blocks[2].src.line, 14);
}

TEST(TextReader, TabAndSpaceSeparatedRows) {
  const Document d = ReadTextDocument(
      "（七）总计\t\t0\t0\n行政规范性文件  4  1  2\n2024 年的工作\n0 0 0 0 0\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(Row(d.blocks[0].table, 0), (std::vector<std::string>{"（七）总计", "", "0", "0"}));
  EXPECT_EQ(Row(d.blocks[0].table, 1), (std::vector<std::string>{"行政规范性文件", "4", "1", "2"}));
  EXPECT_EQ(d.blocks[1].kind, DocBlock::Kind::kParagraph);  // "2024 年" is prose
  EXPECT_EQ(Row(d.blocks[2].table, 0).size(), 5u);          // a label-less data row
}

TEST(TextReader, MarkdownHeadingsAndPipeTables) {
  const Document d = ReadTextDocument(
      "# 某市人民政府2025年政府信息公开工作年度报告\n\n## 一、总体情况\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 2 |\n| a\\|b | x<br>y |\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[0].text, "某市人民政府2025年政府信息公开工作年度报告");
  EXPECT_EQ(d.blocks[1].text, "一、总体情况");
  ASSERT_EQ(d.blocks[2].table.rows.size(), 3u);
  EXPECT_EQ(Row(d.blocks[2].table, 1), (std::vector<std::string>{"规章", "2"}));
  EXPECT_EQ(Row(d.blocks[2].table, 2), (std::vector<std::string>{"a|b", "x\ny"}));
}

TEST(TextReader, BomCrLfAndArtefacts) {
  const Document d = ReadTextDocument("\xEF\xBB\xBF第一行\r\n[bookmark: _GoBack]年度报告\r\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].text, "第一行");
  EXPECT_EQ(d.blocks[1].text, "年度报告");
}

TEST(TextReader, Gb18030IsConvertedWithANote) {
  const std::string utf8 = "一、总体情况\n";
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  ASSERT_NE(cd, reinterpret_cast<iconv_t>(-1));
  std::string gbk(64, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* out = gbk.data();
  size_t out_left = gbk.size();
  ASSERT_NE(iconv(cd, &in, &in_left, &out, &out_left), static_cast<size_t>(-1));
  iconv_close(cd);
  gbk.resize(gbk.size() - out_left);
  const Document d = ReadTextDocument(gbk);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].text, "一、总体情况");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_NE(d.notes[0].message.find("GB18030"), std::string::npos);
}

TEST(TextReader, InvalidBytesAreReplacedNotLost) {
  const Document d = ReadTextDocument("\xFF\xFE\x80" "abc\n");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_NE(d.blocks[0].text.find("abc"), std::string::npos);
  EXPECT_FALSE(d.notes.empty());
}

}  // namespace
}  // namespace gongkai::formats
