#include "app/attachment_reader_adapter.h"

#include <memory>

#include <gtest/gtest.h>

#include "formats/zip_archive.h"

namespace gongkai::app {
namespace {

using service::AttachmentType;

TEST(AttachmentReaderAdapterTest, MapsEveryKind) {
  using formats::AttachmentKind;
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kPdf), AttachmentType::kPdf);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kDocx), AttachmentType::kDocx);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kXlsx), AttachmentType::kXlsx);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kText), AttachmentType::kText);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kHtml), AttachmentType::kHtml);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kJpeg), AttachmentType::kJpeg);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kPng), AttachmentType::kPng);
  EXPECT_EQ(ToAttachmentType(AttachmentKind::kOther), AttachmentType::kOther);
}

TEST(AttachmentReaderAdapterTest, NamesAndMimeTypes) {
  EXPECT_STREQ(service::AttachmentTypeName(AttachmentType::kDocx), "Word文档");
  EXPECT_STREQ(service::AttachmentTypeName(AttachmentType::kOther), "其他文件");
  EXPECT_STREQ(service::AttachmentMimeType(AttachmentType::kXlsx),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_STREQ(service::AttachmentMimeType(AttachmentType::kText), "text/plain; charset=utf-8");
  EXPECT_STREQ(service::AttachmentMimeType(AttachmentType::kOther), "application/octet-stream");
}

TEST(AttachmentReaderAdapterTest, ServesThePortThroughItsInterface) {
  const std::unique_ptr<service::AttachmentReader> reader =
      std::make_unique<DocumentAttachmentReader>();
  formats::ZipWriter zip;
  ASSERT_TRUE(
      zip.Add(
             "word/document.xml",
             R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
             "<w:body><w:p><w:r><w:t>身份证号11010519491231002X</w:t></w:r></w:p></w:body>"
             "</w:document>")
          .ok());
  const Result<std::string> docx = zip.Finish();
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(reader->Detect(*docx, "a.bin"), AttachmentType::kDocx);
  const Result<std::vector<service::TextPiece>> pieces = reader->Text(*docx, "名单.docx");
  ASSERT_TRUE(pieces.ok()) << pieces.status().message();
  ASSERT_EQ(pieces->size(), 1u);
  EXPECT_EQ((*pieces)[0].where, "第1段");
  EXPECT_EQ((*pieces)[0].text, "身份证号11010519491231002X");

  const Result<std::vector<service::TextPiece>> broken = reader->Text("%PDF-1.4 x", "坏.pdf");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("附件“坏.pdf”"), std::string::npos);

  EXPECT_EQ(reader->SanitizeHtml("<p onclick=x>通知<script>x</script></p>"), "<p>通知</p>");
  EXPECT_EQ(reader->HtmlText("<p>第一段</p><p>第二段</p>"), "第一段\n第二段");
}

}  // namespace
}  // namespace gongkai::app
