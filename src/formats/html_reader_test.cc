#include "formats/html_reader.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::formats {
namespace {

Document Read(std::string_view html) {
  Result<Document> doc = ReadHtmlDocument(html);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? std::move(doc).value() : Document{};
}

// Paragraph texts (tables as "<table>").
std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const DocBlock& b : doc.blocks) {
    out.push_back(b.kind == DocBlock::Kind::kParagraph ? b.text : "<table>");
  }
  return out;
}

// A table as rows of "text" / "^" (covered).
std::vector<std::vector<std::string>> Grid(const DocTable& t) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : t.rows) {
    out.emplace_back();
    for (const DocCell& c : row) out.back().push_back(c.covered ? "^" : c.text);
  }
  return out;
}

const DocTable* FirstTable(const Document& doc) {
  for (const DocBlock& b : doc.blocks) {
    if (b.kind == DocBlock::Kind::kTable) return &b.table;
  }
  return nullptr;
}

using S = std::vector<std::string>;
using G = std::vector<std::vector<std::string>>;

TEST(HtmlReaderTest, BlockElementsBreakParagraphs) {
  const Document doc = Read(
      "<html><head><title>标题不算正文</title><meta charset=\"utf-8\"></head>\n"
      "<body><p>第一段</p><div>第二段<br>第三段<span>续</span></div>\n"
      "<h1>一、总体情况</h1><ul><li>甲</li><li>乙</li></ul>尾</body></html>");
  EXPECT_EQ(Texts(doc), (S{"第一段", "第二段", "第三段续", "一、总体情况", "甲", "乙", "尾"}));
  EXPECT_EQ(doc.blocks[0].src.line, 2);
  EXPECT_EQ(doc.blocks[3].src.line, 3);
  EXPECT_TRUE(doc.notes.empty());
}

TEST(HtmlReaderTest, WhiteSpaceCollapsesAndCjkLineBreaksVanish) {
  const Document doc = Read(
      "<p>\n  　　2023年，全市共收到\n      政府信息公开申请11件，\n  Open Data  "
      "portal&nbsp;&nbsp;上线。 </p>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "2023年，全市共收到政府信息公开申请11件， Open Data portal 上线。");
  EXPECT_EQ(doc.blocks[0].src.line, 2);
}

TEST(HtmlReaderTest, EntitiesCommentsAndScripts) {
  const Document doc = Read(
      "<p>A&amp;B&lt;C&gt; &#x4E00;&#20108; &ldquo;三&rdquo;</p><!-- <p>隐藏</p> -->"
      "<script>document.write('<p>脚本</p>')</script><style>p { color: red }</style><p>完</p>");
  EXPECT_EQ(Texts(doc), (S{"A&B<C> 一二 “三”", "完"}));
}

TEST(HtmlReaderTest, PreKeepsLines) {
  EXPECT_EQ(Texts(Read("<pre>甲  乙\n丙\n\n丁</pre>")), (S{"甲 乙", "丙", "丁"}));
}

TEST(HtmlReaderTest, RowspanAndColspanAreExpanded) {
  const Document doc = Read(
      "<p>表前</p>\n<table border=1>\n"
      "<tr><th rowspan=\"2\" colspan=\"2\">甲</th><th colspan=\"2\">乙</th></tr>\n"
      "<tr><th>丙</th><th>丁</th></tr>\n"
      "<tr><td>1</td><td rowspan=\"2\">2</td><td>3</td><td>4</td></tr>\n"
      "<tr><td>5</td><td>6</td><td>7</td></tr>\n"
      "</table>\n<p>表后</p>");
  EXPECT_EQ(Texts(doc), (S{"表前", "<table>", "表后"}));
  const DocTable& t = doc.blocks[1].table;
  EXPECT_EQ(Grid(t), (G{{"甲", "^", "乙", "^"},
                        {"^", "^", "丙", "丁"},
                        {"1", "2", "3", "4"},
                        {"5", "^", "6", "7"}}));
  EXPECT_EQ(t.src.line, 2);
  EXPECT_EQ(t.rows[0][0].src.line, 3);
  EXPECT_EQ(t.rows[3][2].src.line, 6);
  EXPECT_TRUE(doc.notes.empty());
}

TEST(HtmlReaderTest, ShortRowsArePaddedAndSpansPastTheEndAreCut) {
  const Document doc =
      Read("<table><tr><td>a</td><td>b</td><td rowspan=5>c</td></tr><tr><td>d</td></tr></table>");
  const DocTable* t = FirstTable(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(Grid(*t), (G{{"a", "b", "c"}, {"d", "", "^"}}));
  EXPECT_FALSE(t->rows[1][1].covered);
}

TEST(HtmlReaderTest, CellTextKeepsInnerLineBreaks) {
  const Document doc = Read(
      "<table><tr><td><p>第一行</p><p>第二行</p></td><td>甲<br/>乙</td><td> &nbsp; </td></tr>"
      "<tr><td>1</td><td>2</td><td>3</td></tr></table>");
  const DocTable* t = FirstTable(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(Grid(*t), (G{{"第一行\n第二行", "甲\n乙", ""}, {"1", "2", "3"}}));
}

TEST(HtmlReaderTest, UnclosedTagsAreClosedImplicitly) {
  const Document doc = Read("<p>甲<p>乙\n<table><tr><td>a<td>b<tr><td>c\n<p>丙");
  EXPECT_EQ(Texts(doc), (S{"甲", "乙", "<table>"}));
  EXPECT_EQ(Grid(doc.blocks[2].table), (G{{"a", "b"}, {"c\n丙", ""}}));
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "第 2 行开始的表格没有结束标记 </table>，已在页面末尾结束");
}

TEST(HtmlReaderTest, NestedTableIsFlattenedIntoTheCell) {
  const Document doc = Read(
      "<table><tr><td>项目</td><td>数量</td></tr>"
      "<tr><td>行政复议<table><tr><td>维持</td><td>1</td></tr><tr><td>纠正</td><td>2</td></tr>"
      "</table></td><td>3</td></tr></table>");
  EXPECT_EQ(Texts(doc), (S{"<table>"}));
  EXPECT_EQ(Grid(doc.blocks[0].table), (G{{"项目", "数量"}, {"行政复议\n维持 1\n纠正 2", "3"}}));
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message,
            "第 1 行开始的表格的单元格中嵌套了表格，已将嵌套表格的内容并入单元格文字");
}

TEST(HtmlReaderTest, LayoutTableIsUnwrapped) {
  const Document doc = Read(
      "<table width=\"100%\"><tr><td><a href=\"/\">首页</a></td><td>\n"
      "<h1>某局2023年政府信息公开工作年度报告</h1><p>正文。</p>\n"
      "<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>1</td><td>2</td><td>3</td></tr>"
      "</table><p>表后。</p></td></tr></table>");
  EXPECT_EQ(Texts(doc),
            (S{"首页", "某局2023年政府信息公开工作年度报告", "正文。", "<table>", "表后。"}));
  EXPECT_EQ(Grid(doc.blocks[3].table), (G{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_EQ(doc.blocks[1].src.line, 2);
  EXPECT_TRUE(doc.notes.empty());
}

TEST(HtmlReaderTest, SingleColumnTableIsReadAsParagraphs) {
  EXPECT_EQ(Texts(Read("<table><tr><td><p>甲</p><p>乙</p></td></tr><tr><td>丙</td></tr></table>")),
            (S{"甲", "乙", "丙"}));
}

TEST(HtmlReaderTest, CaptionIsNotBodyText) {
  const Document doc = Read("<table><caption>表一</caption><tr><td>a</td><td>b</td></tr></table>");
  EXPECT_EQ(Texts(doc), (S{"<table>"}));
  EXPECT_EQ(Grid(doc.blocks[0].table), (G{{"a", "b"}}));
}

TEST(HtmlReaderTest, HugeColspanIsCapped) {
  const Document doc =
      Read("<table>\n<tr><td colspan=\"100000\">宽</td><td>x</td></tr><tr><td>a</td></tr></table>");
  const DocTable* t = FirstTable(doc);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0].size(), 1000u);
  EXPECT_EQ(t->rows[1].size(), 1000u);
  EXPECT_EQ(t->rows[0][0].text, "宽");
  EXPECT_TRUE(t->rows[0][999].covered);
  EXPECT_EQ(t->rows[1][0].text, "a");
  EXPECT_FALSE(t->rows[1][1].covered);
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message,
            "第 2 行：单元格的 colspan 为 100000，超过上限 1000，已按 1000 处理");
}

TEST(HtmlReaderTest, TablePositionsAreCapped) {
  std::string html = "<table>";
  for (int i = 0; i < 1000; ++i) html += "<tr><td colspan=1000>x</td></tr>";
  html += "</table>";
  const Document doc = Read(html);
  const DocTable* t = FirstTable(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->rows.size(), 200u);
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "第 1 行开始的表格超过 200000 个单元格位置，其余行未读入");
}

TEST(HtmlReaderTest, TagCountIsCapped) {
  std::string html;
  for (int i = 0; i < 1000001; ++i) html += "<b>";
  html += "\n<p>末尾";
  const Document doc = Read(html);
  EXPECT_TRUE(doc.blocks.empty());
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "HTML 页面的标签超过 1000000 个，第 1 行起的内容未读入");
}

TEST(HtmlReaderTest, VeryDeepNestingIsHarmless) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "深处";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  EXPECT_EQ(Texts(Read(html)), (S{"深处"}));

  std::string tables;
  for (int i = 0; i < 100000; ++i) tables += "<table><tr><td>";
  tables += "核心";
  const Document doc = Read(tables);
  EXPECT_EQ(Texts(doc), (S{"核心"}));  // every level is a one-column layout table
  EXPECT_EQ(doc.notes.size(), 17u);    // one for the depth, one per unclosed table
}

TEST(HtmlReaderTest, DeepTablesKeepTheirText) {
  std::string html;
  for (int i = 0; i < 20; ++i) html += "<table><tr><td>" + std::to_string(i) + "</td><td>";
  for (int i = 0; i < 20; ++i) html += "</td></tr></table>";
  const Document doc = Read(html);
  const DocTable* t = FirstTable(doc);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->rows.size(), 1u);
  ASSERT_EQ(t->rows[0].size(), 2u);
  EXPECT_EQ(t->rows[0][0].text, "0");
  // Everything deeper ends up, flattened, in the second cell.
  EXPECT_NE(t->rows[0][1].text.find("19"), std::string::npos);
}

TEST(HtmlReaderTest, PublishedDateFromMeta) {
  const Document doc =
      Read("<head><meta name=\"PubDate\" content=\"2024-01-20 10:30\"></head><p>正文</p>");
  ASSERT_TRUE(doc.published_on.has_value());
  EXPECT_EQ(doc.published_on->ToString(), "2024-01-20");
}

TEST(HtmlReaderTest, GbkPageIsConverted) {
  const std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
      "</head><body><p>\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2\xB9\xAB\xBF\xAA</p></body></html>";
  const Document doc = Read(html);
  EXPECT_EQ(Texts(doc), (S{"政府信息公开"}));
  EXPECT_TRUE(doc.notes.empty());
}

TEST(HtmlReaderTest, UndeclaredGbkPageIsConvertedWithANote) {
  const Document doc = Read("<p>\xD5\xFE\xB8\xAE</p>");
  EXPECT_EQ(Texts(doc), (S{"政府"}));
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message,
            "HTML 页面未声明字符编码且不是 UTF-8 编码，已按 GB18030（GBK）编码读取");
}

TEST(HtmlReaderTest, MisdeclaredUtf8PageIsReadAsUtf8) {
  const Document doc = Read("<meta charset=\"GBK\"><p>政府</p>");
  EXPECT_EQ(Texts(doc), (S{"政府"}));
  ASSERT_EQ(doc.notes.size(), 1u);
}

TEST(HtmlReaderTest, UnknownCharsetIsUnsupported) {
  const Result<Document> doc =
      ReadHtmlDocument("<meta charset=\"shift_jis\"><p>\x93\xFA\x96\x7B</p>");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(doc.status().message(),
            "HTML 页面的字符编码为 shift_jis，暂不支持；请先将页面转换为 UTF-8 编码后再导入");
}

TEST(HtmlReaderTest, Utf16PageIsConverted) {
  const std::string html("\xFF\xFE<\0p\0>\0\x3F\x65\x9C\x5E<\0/\0p\0>\0", 20);
  EXPECT_EQ(Texts(Read(html)), (S{"政府"}));
}

TEST(HtmlReaderTest, InvalidUtf8IsReplaced) {
  const Document doc = Read("<meta charset=utf-8><p>好\xFF\xFE坏</p>");
  EXPECT_EQ(Texts(doc), (S{"好\uFFFD\uFFFD坏"}));
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "HTML 页面中有不符合 UTF-8 编码的字节，已替换为“\uFFFD”");
}

TEST(HtmlReaderTest, EmptyAndOversizedInput) {
  EXPECT_TRUE(Read("").blocks.empty());
  const std::string big((64u << 20) + 1, 'a');
  const Result<Document> doc = ReadHtmlDocument(big);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidInput);
}

TEST(HtmlReaderTest, GarbageNeverCrashes) {
  std::mt19937 rng(20240120);
  const std::string alphabet[] = {"<",
                                  ">",
                                  "/",
                                  "<table>",
                                  "<tr>",
                                  "<td rowspan=3>",
                                  "<td colspan=999>",
                                  "</td>",
                                  "</table>",
                                  "<p>",
                                  "&",
                                  "&#x",
                                  "<!--",
                                  "-->",
                                  "<script>",
                                  "\"",
                                  "'",
                                  "=",
                                  " ",
                                  "\n",
                                  "政",
                                  "\xE6",
                                  "\xFF",
                                  "\x00",
                                  "<caption>",
                                  "<pre>",
                                  "</tr>",
                                  "<th"};
  for (int round = 0; round < 300; ++round) {
    std::string html;
    const int pieces = static_cast<int>(rng() % 400);
    for (int i = 0; i < pieces; ++i) {
      if (rng() % 4 == 0) {
        html.push_back(static_cast<char>(rng() % 256));
      } else {
        html += alphabet[rng() % std::size(alphabet)];
      }
    }
    const Result<Document> doc = ReadHtmlDocument(html);
    if (!doc.ok()) continue;  // e.g. an undecodable declared charset
    for (const DocBlock& b : doc->blocks) {
      if (b.kind != DocBlock::Kind::kTable) continue;
      for (const auto& row : b.table.rows) ASSERT_EQ(row.size(), b.table.rows[0].size());
    }
  }
}

}  // namespace
}  // namespace gongkai::formats
