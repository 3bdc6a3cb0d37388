#include "formats/pdf_layout.h"

#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "formats/pdf_lines.h"

namespace gongkai::formats {
namespace {

TEST(PdfText, TidySpacesKeepsOnlySpacesBetweenAsciiWords) {
  EXPECT_EQ(TidyPdfSpaces("申请 3119 件"), "申请3119件");
  EXPECT_EQ(TidyPdfSpaces("  WPS   Office 文字 "), "WPS Office文字");
  EXPECT_EQ(TidyPdfSpaces("第\u3000711\t号"), "第711号");
  std::string out = "Office";
  AppendPdfText(out, "2024");
  EXPECT_EQ(out, "Office 2024");
  AppendPdfText(out, "年");
  EXPECT_EQ(out, "Office 2024年");
}

TEST(PdfText, Numbers) {
  EXPECT_TRUE(IsPdfNumber("3119"));
  EXPECT_TRUE(IsPdfNumber("96171.6"));
  EXPECT_TRUE(IsPdfNumber("3,985,758"));
  EXPECT_TRUE(IsPdfNumber("３１１９"));
  EXPECT_FALSE(IsPdfNumber("1."));
  EXPECT_FALSE(IsPdfNumber("1.属于国家秘密"));
  EXPECT_FALSE(IsPdfNumber("39,85,758"));
  EXPECT_FALSE(IsPdfNumber("-3-"));
  EXPECT_FALSE(IsPdfNumber(""));
  EXPECT_TRUE(IsPdfPlaceholder("—"));
  EXPECT_TRUE(IsPdfPlaceholder("/"));
  EXPECT_FALSE(IsPdfPlaceholder("0"));
}

TEST(PdfText, PageNumbers) {
  for (const char* s : {"-3-", "- 3 -", "—12—", "3", "第3页", "第 3 页 共 6 页", "3/6", "－３－"}) {
    EXPECT_TRUE(IsPdfPageNumber(s)) << s;
  }
  for (const char* s : {"-3", "3119件", "第三页", "2024年", "-", "12345"}) {
    EXPECT_FALSE(IsPdfPageNumber(s)) << s;
  }
}

TEST(PdfText, Headings) {
  for (const char* s : {"一、总体情况", "（二）依申请公开情况。定期", "(3)其他", "1.属于国家秘密",
                        "2、重复申请", "十、附则"}) {
    EXPECT_TRUE(StartsWithPdfHeading(s)) << s;
  }
  for (const char* s : {"2024 年，我市", "1.5万元", "一是政策解读", "（本列数据"}) {
    EXPECT_FALSE(StartsWithPdfHeading(s)) << s;
  }
  EXPECT_TRUE(StartsWithPdfSectionHeading("三、收到和处理政府信息公开申请情况"));
  EXPECT_FALSE(StartsWithPdfSectionHeading("（三）不予公开"));
}

// Words made by hand: `size` points per character, CJK one em wide, ASCII
// digits half an em.
class PageBuilder {
 public:
  explicit PageBuilder(double size = 16) : size_(size) { page_.width = 595, page_.height = 842; }
  PageBuilder& Size(double size) {
    size_ = size;
    return *this;
  }
  // Adds one word whose top-left corner is (x, y); returns its right edge.
  double Word(double x, double y, const std::string& text) {
    double width = 0;
    for (size_t i = 0; i < text.size();) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      width += len == 1 ? size_ / 2 : size_;
      i += len;
    }
    page_.words.push_back({x, y, x + width, y + size_ * 1.1, size_, text});
    return x + width;
  }
  // Words separated by one space.
  void Line(double x, double y, const std::vector<std::string>& words) {
    for (const std::string& w : words) x = Word(x, y, w) + size_ / 4;
  }
  PdfPage Build() const { return page_; }

 private:
  double size_;
  PdfPage page_;
};

std::vector<std::string> Paragraphs(const Document& doc) {
  std::vector<std::string> out;
  for (const DocBlock& b : doc.blocks) {
    if (b.kind == DocBlock::Kind::kParagraph) out.push_back(b.text);
  }
  return out;
}

TEST(PdfLayout, ParagraphsJoinWrappedLinesAcrossPages) {
  PageBuilder p1, p2;
  p1.Line(106, 100, {"一、总体情况"});
  p1.Line(106, 128, {"2024", "年，全市共受理申请", "3119", "件，办理情况如下"});
  p1.Line(74, 156, {"继续写到页面末尾的这一行文字内容也比较长的"});
  p1.Size(13).Line(290, 790, {"-", "1", "-"});
  p2.Line(74, 88, {"一行，在这里结束。"});
  p2.Line(106, 116, {"新的段落。"});
  p2.Size(13).Line(290, 790, {"-2-"});
  const Document doc = LayoutPdfPages({p1.Build(), p2.Build()});
  EXPECT_EQ(Paragraphs(doc),
            (std::vector<std::string>{"一、总体情况",
                                      "2024年，全市共受理申请3119件，办理情况如下"
                                      "继续写到页面末尾的这一行文字内容也比较长的一行，在这里结束。",
                                      "新的段落。"}));
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].src.page, 1);
  EXPECT_EQ(doc.blocks[1].src.line, 2);
  EXPECT_EQ(doc.blocks[2].src.page, 2);
  EXPECT_EQ(doc.blocks[2].src.line, 2);
}

TEST(PdfLayout, RunningHeaderIsDropped) {
  std::vector<PdfPage> pages;
  for (int i = 0; i < 3; ++i) {
    PageBuilder p;
    p.Size(9).Line(200, 30, {"某某市人民政府办公室"});
    p.Size(16).Line(106, 100, {"第" + std::to_string(i + 1) + "页的正文。"});
    pages.push_back(p.Build());
  }
  const std::vector<std::string> paragraphs = Paragraphs(LayoutPdfPages(pages));
  ASSERT_FALSE(paragraphs.empty());
  for (const std::string& p : paragraphs) EXPECT_EQ(p.find("办公室"), std::string::npos) << p;
  EXPECT_EQ(paragraphs.front().rfind("第1页的正文。", 0), 0u);
}

// A Table-3-like fragment in small type: a group label set as vertical
// characters and another wrapped over two lines, both spanning rows; one item
// label wrapped around its numbers; one blank cell.
TEST(PdfLayout, SmallTypeTableWithGroupLabels) {
  PageBuilder p;
  p.Line(106, 52, {"正文的字号比表格大，这一行是表格前的一段说明文字。"});
  p.Line(106, 80, {"三、收到和处理政府信息公开申请情况"});
  p.Size(7.5);
  p.Word(260, 120, "自然人");
  p.Word(300, 120, "商业企业");
  p.Word(350, 120, "总计");
  const auto values = [&](double y, std::vector<std::string> v) {
    const double x[] = {265, 305, 352};
    for (size_t c = 0; c < v.size(); ++c) {
      if (!v[c].empty()) p.Word(x[c], y, v[c]);
    }
  };
  p.Word(77, 140, "一、本年新收政府信息公开申请数量");
  values(140.5, {"10", "2", "12"});
  const char* vertical[] = {"三、", "本", "年", "度"};
  for (int i = 0; i < 4; ++i) p.Word(77, 160 + 15 * i, vertical[i]);
  p.Word(101, 170, "（三）不");
  p.Word(101, 185, "予公开");
  p.Word(143, 160, "1.属于国家秘密");
  values(161, {"1", "", "1"});
  p.Word(143, 176, "2.其他法律行政法规禁止");
  values(184, {"3", "0", "3"});
  p.Word(143, 192, "公开");
  p.Word(143, 208, "3.危及“三安全一稳定”");
  values(208, {"0", "0", "0"});
  p.Size(16).Line(106, 260, {"四、政府信息公开行政复议、行政诉讼情况"});
  const Document doc = LayoutPdfPages({p.Build()});
  ASSERT_EQ(doc.blocks.size(), 4u);
  ASSERT_EQ(doc.blocks[2].kind, DocBlock::Kind::kTable);
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : doc.blocks[2].table.rows) {
    rows.emplace_back();
    for (const DocCell& c : row) rows.back().push_back(c.text);
  }
  EXPECT_EQ(rows, (std::vector<std::vector<std::string>>{
                      {"自然人", "商业企业", "总计"},
                      {"一、本年新收政府信息公开申请数量", "10", "2", "12"},
                      {"1.属于国家秘密", "1", "", "1"},
                      {"2.其他法律行政法规禁止公开", "3", "0", "3"},
                      {"3.危及“三安全一稳定”", "0", "0", "0"},
                  }));
  EXPECT_EQ(Paragraphs(doc).back(), "四、政府信息公开行政复议、行政诉讼情况");
}

TEST(PdfLayout, HostileCoordinatesAndEmptyInput) {
  EXPECT_TRUE(LayoutPdfPages({}).blocks.empty());
  PdfPage p;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  p.words.push_back({nan, 1, 2, 3, 12, "坏"});
  p.words.push_back({1, inf, 2, 3, 12, "坏"});
  p.words.push_back({5, 5, 5, 5, nan, "零"});
  p.words.push_back({1e300, -1e300, 1e300, 1e300, 1e300, "大"});
  p.words.push_back({10, 10, 20, 20, 10, "   "});
  p.words.push_back({10, 10, 20, 20, 10, std::string("\xff\xfe", 2)});
  const Document doc = LayoutPdfPages({p, PdfPage{}});
  size_t chars = 0;
  for (const DocBlock& b : doc.blocks) chars += b.text.size();
  EXPECT_GT(chars, 0u);  // the finite words survive, nothing crashes
}

}  // namespace
}  // namespace gongkai::formats
