#include "formats/docx_reader.h"

#include <gtest/gtest.h>

#include <random>

#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

constexpr const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string Zip(std::initializer_list<std::pair<std::string, std::string>> entries) {
  ZipWriter w;
  for (const auto& [name, data] : entries) EXPECT_TRUE(w.Add(name, data).ok());
  Result<std::string> bytes = w.Finish();
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : std::string();
}

std::string Docx(const std::string& body, const std::string& ns = kNs) {
  return Zip({{"[Content_Types].xml", "<Types/>"},
              {"word/document.xml",
               R"(<?xml version="1.0" encoding="UTF-8"?><w:document )" + ns + "><w:body>" + body +
                   "</w:body></w:document>"}});
}

Document ReadOk(const std::string& bytes) {
  Result<Document> doc = ReadDocxDocument(bytes);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? *doc : Document();
}

std::string P(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

TEST(DocxReaderTest, ParagraphsConcatenateRunsAndKeepBodyLines) {
  const Document doc = ReadOk(Docx(
      R"(<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>)"
      R"(<w:r><w:rPr><w:b/></w:rPr><w:t>一、</w:t></w:r><w:r><w:t>总体情况</w:t></w:r></w:p>)"
      "<w:p/>"  // empty: skipped but counted
      R"(<w:p><w:r><w:t xml:space="preserve">　　甲 </w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>)"
      R"(<w:p><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins>)"
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>)"
      R"(<w:hyperlink><w:r><w:t>链接&amp;&lt;文字&gt;</w:t></w:r></w:hyperlink></w:p>)"
      R"(<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>)" +
      P("控件内段落") + "</w:sdtContent></w:sdt>" +
      R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>)"));
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].kind, DocBlock::Kind::kParagraph);
  EXPECT_EQ(doc.blocks[0].text, "一、总体情况");
  EXPECT_EQ(doc.blocks[0].src, (SourceRef{1, 0}));
  EXPECT_EQ(doc.blocks[1].text, "甲 \t乙\n丙");
  EXPECT_EQ(doc.blocks[1].src, (SourceRef{3, 0}));
  EXPECT_EQ(doc.blocks[2].text, "插入链接&<文字>");
  EXPECT_EQ(doc.blocks[2].src.line, 4);
  EXPECT_EQ(doc.blocks[3].text, "控件内段落");
  EXPECT_EQ(doc.blocks[3].src.line, 5);
  EXPECT_TRUE(doc.notes.empty());
  EXPECT_FALSE(doc.published_on.has_value());
}

TEST(DocxReaderTest, ExpandsGridSpanAndVMerge) {
  // 3-column grid:
  //   | A (span 2)      | B (restart) |
  //   | C   | D         | (continue)  |
  //   | (continue span 2)| E          |   first cell continues a merge of nothing: still covered
  const std::string tbl =
      R"(<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>)"
      R"(<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>)" + P("A") + "</w:tc>" +
      R"(<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>)" + P("B") + "</w:tc></w:tr>" +
      "<w:tr><w:tc>" + P("C") + "</w:tc><w:tc>" + P("D") + "</w:tc>" +
      R"(<w:tc><w:tcPr><w:vMerge/></w:tcPr>)" + P("ignored") + "</w:tc></w:tr>" +
      R"(<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc>)" +
      "<w:tc>" + P("E") + "</w:tc></w:tr></w:tbl>";
  const Document doc = ReadOk(Docx(P("前") + tbl + P("后")));
  ASSERT_EQ(doc.blocks.size(), 3u);
  ASSERT_EQ(doc.blocks[1].kind, DocBlock::Kind::kTable);
  const DocTable& t = doc.blocks[1].table;
  EXPECT_EQ(t.src, (SourceRef{2, 0}));
  ASSERT_EQ(t.rows.size(), 3u);
  const std::vector<std::vector<std::pair<std::string, bool>>> want = {
      {{"A", false}, {"", true}, {"B", false}},
      {{"C", false}, {"D", false}, {"", true}},
      {{"", true}, {"", true}, {"E", false}},
  };
  for (size_t r = 0; r < 3; ++r) {
    ASSERT_EQ(t.rows[r].size(), 3u) << r;
    for (size_t c = 0; c < 3; ++c) {
      EXPECT_EQ(t.rows[r][c].text, want[r][c].first) << r << "," << c;
      EXPECT_EQ(t.rows[r][c].covered, want[r][c].second) << r << "," << c;
      EXPECT_EQ(t.rows[r][c].src.line, static_cast<int>(r) + 2);
    }
  }
  EXPECT_EQ(doc.blocks[2].text, "后");
  EXPECT_EQ(doc.blocks[2].src.line, 5);  // 前, three rows, 后
}

TEST(DocxReaderTest, PadsRowsAndFlattensCellContent) {
  // No tblGrid; row 1 has gridBefore 1, row 2 is short; a cell holds two
  // paragraphs, a line break and a nested table.
  const std::string nested = "<w:tbl><w:tr><w:tc>" + P("内1") + "</w:tc><w:tc>" + P("内2") +
                             "</w:tc></w:tr><w:tr><w:tc>" + P("内3") + "</w:tc></w:tr></w:tbl>";
  const std::string tbl =
      R"(<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>)" + P("x") +
      "</w:tc><w:tc>" + P("y") + "</w:tc></w:tr>" + "<w:tr><w:tc>" +
      R"(<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p><w:p/>)" + P("段二") +
      nested + "</w:tc></w:tr></w:tbl>";
  const Document doc = ReadOk(Docx(tbl));
  ASSERT_EQ(doc.blocks.size(), 1u);
  const DocTable& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 2u);
  ASSERT_EQ(t.rows[0].size(), 3u);
  ASSERT_EQ(t.rows[1].size(), 3u);
  EXPECT_EQ(t.rows[0][0].text, "");
  EXPECT_FALSE(t.rows[0][0].covered);
  EXPECT_EQ(t.rows[0][1].text, "x");
  EXPECT_EQ(t.rows[0][2].text, "y");
  EXPECT_EQ(t.rows[1][0].text, "第一行\n第二行\n段二\n内1\n内2\n内3");
  EXPECT_EQ(t.rows[1][1].text, "");
  EXPECT_FALSE(t.rows[1][1].covered);
  EXPECT_EQ(t.rows[1][2].src.line, 2);
}

TEST(DocxReaderTest, GridWiderThanRowsPadsToGrid) {
  const std::string tbl = R"(<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/>)"
                          R"(</w:tblGrid><w:tr><w:tc>)" + P("1") + "</w:tc></w:tr></w:tbl>";
  const Document doc = ReadOk(Docx(tbl));
  ASSERT_EQ(doc.blocks.size(), 1u);
  ASSERT_EQ(doc.blocks[0].table.rows.size(), 1u);
  EXPECT_EQ(doc.blocks[0].table.rows[0].size(), 4u);
}

std::string Tc(const std::string& text, int span = 1) {
  std::string pr = span > 1 ? R"(<w:tcPr><w:gridSpan w:val=")" + std::to_string(span) +
                                  R"("/></w:tcPr>)"
                            : "";
  return "<w:tc>" + pr + (text.empty() ? "<w:p/>" : P(text)) + "</w:tc>";
}

TEST(DocxReaderTest, SliverColumnsAreRemoved) {
  // As LibreOffice writes Table 4's first rows: a 1-twip grid column between
  // 总计 and the 行政诉讼 block.
  const std::string tbl =
      R"(<w:tbl><w:tblGrid><w:gridCol w:w="589"/><w:gridCol w:w="588"/><w:gridCol w:w="1"/>)"
      R"(<w:gridCol w:w="589"/><w:gridCol w:w="589"/></w:tblGrid>)"
      "<w:tr>" + Tc("复议", 2) + Tc("诉讼", 3) + "</w:tr>" +
      "<w:tr>" + Tc("维持") + Tc("总计", 2) + Tc("直接") + Tc("") + "</w:tr>" +
      "<w:tr>" + Tc("1") + Tc("2", 2) + Tc("3") + Tc("4") + "</w:tr></w:tbl>";
  const Document doc = ReadOk(Docx(tbl));
  ASSERT_EQ(doc.blocks.size(), 1u);
  const DocTable& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 3u);
  std::vector<std::string> got;
  for (const auto& row : t.rows) {
    std::string line;
    for (const DocCell& c : row) line += (c.covered ? "^" : c.text) + "|";
    got.push_back(line);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"复议|^|诉讼|^|", "维持|总计|直接||", "1|2|3|4|"}));
}

TEST(DocxReaderTest, SliverWithTextIsKept) {
  const std::string tbl =
      R"(<w:tbl><w:tblGrid><w:gridCol w:w="589"/><w:gridCol w:w="5"/><w:gridCol w:w="589"/>)"
      R"(</w:tblGrid><w:tr>)" + Tc("a") + Tc("b") + Tc("c") + "</w:tr></w:tbl>";
  const Document doc = ReadOk(Docx(tbl));
  ASSERT_EQ(doc.blocks.size(), 1u);
  ASSERT_EQ(doc.blocks[0].table.rows[0].size(), 3u);
  EXPECT_EQ(doc.blocks[0].table.rows[0][1].text, "b");
}

TEST(DocxReaderTest, RandomTablesAlwaysComeOutRectangular) {
  std::mt19937 rng(20240101);
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  for (int round = 0; round < 300; ++round) {
    std::string tbl = "<w:tbl>";
    if (pick(2) == 0) {
      tbl += "<w:tblGrid>";
      for (int c = pick(8); c > 0; --c) {
        tbl += R"(<w:gridCol w:w=")" + std::to_string(pick(3) == 0 ? pick(40) : 600) + R"("/>)";
      }
      tbl += "</w:tblGrid>";
    }
    for (int r = pick(6); r > 0; --r) {
      tbl += "<w:tr>";
      if (pick(4) == 0) tbl += R"(<w:trPr><w:gridBefore w:val=")" + std::to_string(pick(3)) + R"("/></w:trPr>)";
      for (int c = pick(7); c > 0; --c) {
        std::string pr;
        if (pick(3) == 0) pr += R"(<w:gridSpan w:val=")" + std::to_string(pick(4) - 1) + R"("/>)";
        if (pick(3) == 0) pr += pick(2) == 0 ? R"(<w:vMerge w:val="restart"/>)" : "<w:vMerge/>";
        if (pick(8) == 0) pr += "<w:hMerge/>";
        std::string content = pick(4) == 0 ? "<w:p/>" : P(std::to_string(pick(100)));
        if (pick(10) == 0) content += "<w:tbl><w:tr><w:tc>" + P("嵌") + "</w:tc></w:tr></w:tbl>";
        tbl += "<w:tc><w:tcPr>" + pr + "</w:tcPr>" + content + "</w:tc>";
      }
      tbl += "</w:tr>";
    }
    tbl += "</w:tbl>";
    const Document doc = ReadOk(Docx(tbl));
    for (const DocBlock& b : doc.blocks) {
      ASSERT_EQ(b.kind, DocBlock::Kind::kTable);
      for (const auto& row : b.table.rows) {
        ASSERT_EQ(row.size(), b.table.rows.front().size()) << tbl;
        for (const DocCell& c : row) {
          if (c.covered) {
            ASSERT_EQ(c.text, "") << tbl;
          }
        }
      }
    }
  }
}

TEST(DocxReaderTest, ToleratesOtherNamespacePrefixes) {
  const std::string body = R"(<x:p><x:r><x:t>别的前缀</x:t></x:r></x:p>)"
                           R"(<x:tbl><x:tr><x:tc><x:tcPr><x:gridSpan x:val="2"/></x:tcPr><x:p><x:r>)"
                           R"(<x:t>格</x:t></x:r></x:p></x:tc></x:tr></x:tbl>)";
  const std::string bytes = Zip(
      {{"word/document.xml",
        R"(<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>)" +
            body + "</x:body></x:document>"}});
  const Document doc = ReadOk(bytes);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "别的前缀");
  ASSERT_EQ(doc.blocks[1].table.rows.size(), 1u);
  ASSERT_EQ(doc.blocks[1].table.rows[0].size(), 2u);
  EXPECT_EQ(doc.blocks[1].table.rows[0][0].text, "格");
  EXPECT_TRUE(doc.blocks[1].table.rows[0][1].covered);
}

TEST(DocxReaderTest, FollowsTheOfficeDocumentRelationship) {
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/>)"
      R"(</Relationships>)";
  const std::string bytes =
      Zip({{"_rels/.rels", rels},
           {"word/document2.xml",
            std::string("<w:document ") + kNs + "><w:body>" + P("主文档") + "</w:body></w:document>"}});
  const Document doc = ReadOk(bytes);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "主文档");
}

TEST(DocxReaderTest, TextBoxesAreSkippedWithANote) {
  const Document doc = ReadOk(Docx(
      R"(<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:v"><v:textbox>)"
      R"(<w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>)"));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "正文");
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "文档中文本框内的文字未读取");
}

TEST(DocxReaderTest, DeepNestingIsBounded) {
  std::string deep;
  for (int i = 0; i < 50000; ++i) deep += "<w:hyperlink>";
  deep += "<w:r><w:t>深</w:t></w:r>";
  for (int i = 0; i < 50000; ++i) deep += "</w:hyperlink>";
  const Document doc = ReadOk(Docx(P("浅") + "<w:p>" + deep + "</w:p>"));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "浅");
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "文档嵌套层级超过 64 层，更深处的内容未读取");
}

TEST(DocxReaderTest, HugeGridSpansAreClamped) {
  std::string row = "<w:tr>";
  for (int i = 0; i < 10; ++i) {
    row += R"(<w:tc><w:tcPr><w:gridSpan w:val="99999999999"/></w:tcPr><w:p/></w:tc>)";
  }
  row += "</w:tr>";
  const Document doc = ReadOk(Docx("<w:tbl>" + row + row + "</w:tbl>"));
  ASSERT_EQ(doc.blocks.size(), 1u);
  ASSERT_EQ(doc.blocks[0].table.rows.size(), 2u);
  EXPECT_EQ(doc.blocks[0].table.rows[0].size(), 512u);
  EXPECT_EQ(doc.blocks[0].table.rows[1].size(), 512u);
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].message, "表格超过 512 列，其余列未读取");
}

TEST(DocxReaderTest, GarbageIsNotADocx) {
  Result<Document> r = ReadDocxDocument("这不是一个文件");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().message(), "不是DOCX文件（不是ZIP压缩包）");
  EXPECT_EQ(ReadDocxDocument("").status().message(), "不是DOCX文件（不是ZIP压缩包）");
}

TEST(DocxReaderTest, OldWordFileIsNamed) {
  Result<Document> r = ReadDocxDocument(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                        std::string(600, '\0'));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().message(),
            "不是DOCX文件（是旧版 Word 97-2003 .doc 文件或加密文档，请另存为 .docx 后再导入）");
}

TEST(DocxReaderTest, TruncatedDocxIsDamaged) {
  const std::string bytes = Docx(P(std::string(3000, 'x')));
  Result<Document> r = ReadDocxDocument(std::string_view(bytes).substr(0, bytes.size() / 2));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message(),
            "DOCX 文件已损坏：ZIP压缩包不完整（找不到中央目录，文件可能被截断）");
}

TEST(DocxReaderTest, MissingDocumentPartIsDamaged) {
  Result<Document> r = ReadDocxDocument(Zip({{"[Content_Types].xml", "<Types/>"}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message(), "DOCX 文件已损坏：缺少 word/document.xml");
}

TEST(DocxReaderTest, MalformedXmlIsDamaged) {
  Result<Document> r = ReadDocxDocument(
      Zip({{"word/document.xml", std::string("<w:document ") + kNs + "><w:body><w:p></w:body>"}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message().rfind("DOCX 文件已损坏：word/document.xml 不是有效的XML（", 0), 0u)
      << r.status().message();

  Result<Document> no_body =
      ReadDocxDocument(Zip({{"word/document.xml", std::string("<w:document ") + kNs + "/>"}}));
  EXPECT_EQ(no_body.status().message(), "DOCX 文件已损坏：word/document.xml 中缺少 w:body");
}

TEST(DocxReaderTest, EntitiesAreNotExpanded) {
  const std::string xml = R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">)"
                          R"(<!ENTITY y "展开">]><w:document )" + std::string(kNs) +
                          "><w:body><w:p><w:r><w:t>a&x;&y;b</w:t></w:r></w:p></w:body></w:document>";
  const Document doc = ReadOk(Zip({{"word/document.xml", xml}}));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text.find("root"), std::string::npos);
  EXPECT_EQ(doc.blocks[0].text.find("展开"), std::string::npos);
}

TEST(DocxReaderTest, OversizedDocumentPartIsRefused) {
  // 64 MiB + 1 byte of spaces: deflates to ~65 KB, must not be inflated.
  std::string xml = std::string("<w:document ") + kNs + "><w:body>";
  xml.resize(kZipMaxEntrySize + 1, ' ');
  Result<Document> r = ReadDocxDocument(Zip({{"word/document.xml", xml}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message(),
            "DOCX 文件已损坏：压缩包中的“word/document.xml”解压后为 67108865 字节，超过上限 64 MiB，拒绝读取");
}

}  // namespace
}  // namespace gongkai::formats
