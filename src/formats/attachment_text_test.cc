#include "formats/attachment_text.h"

#include <string>

#include <gtest/gtest.h>

#include "core/utf8.h"
#include "formats/pdf_writer.h"
#include "formats/sheet_workbook.h"
#include "formats/xlsx_cells.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

constexpr const char* kId = "11010519491231002X";

std::string Zip(std::initializer_list<std::pair<std::string, std::string>> entries) {
  ZipWriter w;
  for (const auto& [name, data] : entries) EXPECT_TRUE(w.Add(name, data).ok());
  Result<std::string> bytes = w.Finish();
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : std::string();
}

std::string P(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }
std::string Tc(const std::string& text) { return "<w:tc>" + P(text) + "</w:tc>"; }

std::string Docx(const std::string& body) {
  return Zip(
      {{"[Content_Types].xml", "<Types/>"},
       {"word/document.xml",
        R"(<?xml version="1.0" encoding="UTF-8"?><w:document )"
        R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
            body + "</w:body></w:document>"}});
}

std::vector<AttachmentPiece> TextOk(std::string_view bytes, std::string_view name) {
  Result<std::vector<AttachmentPiece>> pieces = AttachmentText(bytes, name);
  EXPECT_TRUE(pieces.ok()) << pieces.status().message();
  return pieces.ok() ? *pieces : std::vector<AttachmentPiece>();
}

// The `where` of the first piece whose text holds `needle`, or "".
std::string WhereIs(const std::vector<AttachmentPiece>& pieces, std::string_view needle) {
  for (const AttachmentPiece& p : pieces) {
    if (utf8::StripSpaces(p.text).find(needle) != std::string::npos) return p.where;
  }
  return "";
}

TEST(AttachmentTextTest, DocxParagraphsAndTableCells) {
  const std::string docx = Docx(P("关于公布名单的通知") + "<w:p/>" + P("联系人：李四") +
                                "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                                "<w:tr>" +
                                Tc("姓名") + Tc("身份证号") +
                                "</w:tr>"
                                "<w:tr>" +
                                Tc("张三") + Tc(kId) + "</w:tr></w:tbl>" + P("特此公告。"));
  EXPECT_EQ(DetectAttachment(docx, "名单"), AttachmentKind::kDocx);
  const std::vector<AttachmentPiece> pieces = TextOk(docx, "名单.docx");
  EXPECT_EQ(WhereIs(pieces, kId), "表格1第2行第2列");
  EXPECT_EQ(WhereIs(pieces, "联系人"), "第2段");
  EXPECT_EQ(WhereIs(pieces, "特此公告"), "第3段");
  EXPECT_EQ(WhereIs(pieces, "姓名"), "表格1第1行第1列");
}

TEST(AttachmentTextTest, XlsxCellsSaySheetAndReference) {
  Sheet sheet;
  sheet.name = "名单";
  sheet.header = {"姓名", "身份证号"};
  for (int i = 0; i < 6; ++i) {
    sheet.rows.push_back(
        {SheetCell::Text("人员" + std::to_string(i)), SheetCell::Text(i == 5 ? kId : "无")});
  }
  sheet.rows.push_back({SheetCell::Text("合计"), SheetCell::Number(6)});
  Sheet other;
  other.name = "说明";
  other.header = {"备注"};
  const Result<std::string> xlsx = WriteSheetsXlsx({other, sheet});
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  EXPECT_EQ(DetectAttachment(*xlsx, "x.bin"), AttachmentKind::kXlsx);
  const std::vector<AttachmentPiece> pieces = TextOk(*xlsx, "名单.xlsx");
  EXPECT_EQ(WhereIs(pieces, kId), "工作表“名单”B7");
  EXPECT_EQ(WhereIs(pieces, "备注"), "工作表“说明”A1");
  EXPECT_EQ(WhereIs(pieces, "合计"), "工作表“名单”A8");
  ASSERT_FALSE(pieces.empty());
  EXPECT_EQ(pieces.back().where, "工作表“名单”B8");
  EXPECT_EQ(pieces.back().text, "6");
}

TEST(AttachmentTextTest, XlsxCellReferences) {
  EXPECT_EQ(XlsxCellRef(7, 1), "B7");
  EXPECT_EQ(XlsxCellRef(1, 0), "A1");
  EXPECT_EQ(XlsxCellRef(3, 25), "Z3");
  EXPECT_EQ(XlsxCellRef(3, 26), "AA3");
  EXPECT_EQ(XlsxCellRef(9, 16383), "XFD9");
}

TEST(AttachmentTextTest, PdfTextByPage) {
  report::AnnualReport r;
  r.agency = "示例县人民政府办公室";
  r.year = 2024;
  r.preamble.push_back({std::string("联系人身份证号") + kId + "。", {}});
  report::Section s;
  s.number = 1;
  s.heading = "一、总体情况";
  for (int i = 0; i < 80; ++i) s.paragraphs.push_back({"第" + std::to_string(i) + "段正文。", {}});
  s.paragraphs.push_back({"联系电话13800138000。", {}});
  r.sections.push_back(s);
  const Result<std::string> pdf = WritePdf(r);
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  EXPECT_EQ(DetectAttachment(*pdf, "a.docx"), AttachmentKind::kPdf);
  const std::vector<AttachmentPiece> pieces = TextOk(*pdf, "报告.pdf");
  EXPECT_EQ(WhereIs(pieces, kId), "第1页");
  const std::string last = WhereIs(pieces, "13800138000");
  EXPECT_TRUE(last.starts_with("第") && last.ends_with("页") && last != "第1页") << last;
}

TEST(AttachmentTextTest, GbkTextByLine) {
  const std::string gbk =
      "\xB9\xAB\xBF\xAA\xC3\xFB\xB5\xA5\r\n\r\n\xD5\xC5\xC8\xFD \xC9\xED\xB7\xDD\xD6\xA4\xBA\xC5" +
      std::string(kId) + "\r\n";
  EXPECT_EQ(DetectAttachment(gbk, "名单.txt"), AttachmentKind::kText);
  const std::vector<AttachmentPiece> pieces = TextOk(gbk, "名单.txt");
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].where, "第1行");
  EXPECT_EQ(pieces[0].text, "公开名单");
  EXPECT_EQ(pieces[1].where, "第3行");
  EXPECT_EQ(pieces[1].text, std::string("张三 身份证号") + kId);
}

TEST(AttachmentTextTest, HtmlByVisibleLine) {
  const std::string html =
      "<!DOCTYPE html>\n<html><head><meta charset=\"gbk\"><title>\xCD\xA8\xD6\xAA</title></head>\n"
      "<body>\n<p>\xCD\xA8\xD6\xAA</p>\n<table><tr><td>\xD5\xC5\xC8\xFD</td>\n<td>" +
      std::string(kId) + "</td></tr></table>\n<script>var id='x';</script></body></html>";
  EXPECT_EQ(DetectAttachment(html, "a.txt"), AttachmentKind::kHtml);
  const std::vector<AttachmentPiece> pieces = TextOk(html, "a.html");
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].where, "第4行");
  EXPECT_EQ(pieces[0].text, "通知");
  EXPECT_EQ(pieces[1].where, "第5行");
  EXPECT_EQ(pieces[1].text, std::string("张三 ") + kId);
}

TEST(AttachmentTextTest, DetectByContentNameOnlyForTies) {
  EXPECT_EQ(DetectAttachment(std::string_view("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10), "a.pdf"),
            AttachmentKind::kJpeg);
  EXPECT_EQ(DetectAttachment(std::string_view("\x89PNG\r\n\x1A\n\0\0", 10), "a.txt"),
            AttachmentKind::kPng);
  EXPECT_EQ(DetectAttachment(std::string_view("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13), "a.txt"),
            AttachmentKind::kOther);
  EXPECT_EQ(DetectAttachment("", "a.txt"), AttachmentKind::kOther);
  EXPECT_EQ(DetectAttachment(Zip({{"a.txt", "x"}}), "a.docx"), AttachmentKind::kOther);
  EXPECT_EQ(DetectAttachment("PK\x03\x04garbage", "a.docx"), AttachmentKind::kDocx);
  EXPECT_EQ(DetectAttachment("PK\x03\x04garbage", "a.zip"), AttachmentKind::kOther);
  EXPECT_EQ(DetectAttachment("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "a.xlsx"),
            AttachmentKind::kXlsx);
  EXPECT_EQ(DetectAttachment("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "a.doc"),
            AttachmentKind::kOther);
  // Plain text vs HTML: markup decides, the name breaks ties.
  EXPECT_EQ(DetectAttachment("通知\n全文", "a.html"), AttachmentKind::kHtml);
  EXPECT_EQ(DetectAttachment("通知\n全文", "a"), AttachmentKind::kText);
  EXPECT_EQ(DetectAttachment("<p>通知</p>", "a"), AttachmentKind::kHtml);
  EXPECT_EQ(DetectAttachment("<p>通知</p>", "a.txt"), AttachmentKind::kText);
  EXPECT_EQ(DetectAttachment("<html><p>通知</p>", "a.txt"), AttachmentKind::kHtml);
  EXPECT_EQ(DetectAttachment("a < b", "a"), AttachmentKind::kText);
  EXPECT_EQ(DetectAttachment(std::string_view("\xFF\xFE"
                                              "a\0b\0",
                                              6),
                             "a"),
            AttachmentKind::kText);
}

TEST(AttachmentTextTest, ImagesAndOtherFilesHaveNoText) {
  EXPECT_TRUE(TextOk("\xFF\xD8\xFF\xE0", "照片.jpg").empty());
  EXPECT_TRUE(TextOk(std::string_view("\x89PNG\r\n\x1A\n", 8), "图.png").empty());
  EXPECT_TRUE(TextOk(std::string_view("\x01\x02\x03\0", 4), "a.bin").empty());
}

TEST(AttachmentTextTest, DamagedFilesNameTheFile) {
  Result<std::vector<AttachmentPiece>> r = AttachmentText("%PDF-1.7\nbroken", "公告.pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message().rfind("附件“公告.pdf”：PDF文件已损坏", 0), 0u)
      << r.status().message();

  std::string docx = Docx(P("正文"));
  docx.resize(docx.size() / 2);
  r = AttachmentText(docx, "名单.docx");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("附件“名单.docx”"), std::string::npos);
  EXPECT_NE(r.status().message().find("DOCX"), std::string::npos) << r.status().message();

  r = AttachmentText(Zip({{"xl/workbook.xml", "<workbook"}}), "表.xlsx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message(), "附件“表.xlsx”：XLSX 文件已损坏：xl/workbook.xml 不是有效的 XML");

  r = AttachmentText("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "加密.docx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(r.status().message().find("附件“加密.docx”"), std::string::npos);
}

TEST(AttachmentTextTest, ArbitraryBytesNeverCrash) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 251));
  for (size_t cut : {0u, 1u, 5u, 100u, 4096u}) {
    for (std::string_view head : {"%PDF-", "PK\x03\x04", "<html>", ""}) {
      const std::string input = std::string(head) + bytes.substr(0, cut);
      (void)AttachmentText(input, "x");
    }
  }
}

}  // namespace
}  // namespace gongkai::formats
