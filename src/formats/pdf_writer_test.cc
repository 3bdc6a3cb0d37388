#include "formats/pdf_writer.h"

#include <ctime>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include "formats/table_layout.h"

namespace gongkai::formats {
namespace {

using report::AnnualReport;
using report::CountCell;

AnnualReport SampleReport(int paragraphs_per_section) {
  AnnualReport r;
  r.agency = "示例市生态环境局";
  r.year = 2024;
  r.preamble.push_back({"本报告根据《中华人民共和国政府信息公开条例》要求编制。", {}});
  for (int n = 1; n <= 6; ++n) {
    report::Section s;
    s.number = n;
    s.heading = SectionHeading(n);
    for (int p = 0; p < paragraphs_per_section; ++p) {
      s.paragraphs.push_back({"（" + std::to_string(p + 1) +
                                  "）示例段落：本机关坚持以公开为常态、不公开为例外，"
                                  "持续推进决策、执行、管理、服务、结果公开，"
                                  "全年主动公开政府信息一千余条，及时回应社会关切。",
                              {}});
    }
    r.sections.push_back(s);
  }
  r.table2.normative[0] = {CountCell::Of(1), CountCell::Of(0), CountCell::Of(11)};
  r.table2.normative[1] = {CountCell::Of(8), CountCell::Of(26), CountCell::Of(66)};
  r.table2.licensing = CountCell::Of(447228);
  r.table2.punishment = CountCell::Of(3985758);
  r.table2.enforcement = CountCell::Of(88283);
  r.table2.fees = report::AmountCell::Of(Decimal(961716, 1));
  for (int i = 0; i < report::kT3Rows; ++i) {
    for (int c = 0; c < report::kT3Columns; ++c) r.table3.cells[i][c] = CountCell::Of(i + c);
  }
  r.table3.cells[report::kR01][6] = CountCell::Of(3119);
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = CountCell::Of(i);
  r.table2.present = r.table3.present = r.table4.present = true;
  return r;
}

std::string PdfText(const std::string& pdf, int* pages, std::string* title, std::string* author) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) return "";
  *pages = doc->pages();
  const auto utf8 = [](const poppler::ustring& u) {
    poppler::byte_array b = u.to_utf8();
    return std::string(b.begin(), b.end());
  };
  *title = utf8(doc->info_key("Title"));
  *author = utf8(doc->info_key("Author"));
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) text += utf8(page->text()) + "\f";
  }
  return text;
}

std::string NoSpaces(std::string s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

TEST(PdfWriter, WritesTheReportWithItsTables) {
  Result<std::string> pdf = WritePdf(SampleReport(2));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  ASSERT_EQ(pdf->substr(0, 5), "%PDF-");
  int pages = 0;
  std::string title, author;
  const std::string text = PdfText(*pdf, &pages, &title, &author);
  EXPECT_EQ(title, "示例市生态环境局2024年政府信息公开工作年度报告");
  EXPECT_EQ(author, "示例市生态环境局");
  EXPECT_GE(pages, 3);
  const std::string flat = NoSpaces(text);
  for (const char* expected :
       {"示例市生态环境局2024年政府信息公开工作年度报告", "一、总体情况", "六、其他需要报告的事项",
        "本年新收政府信息公开申请数量", "（本列数据的勾稽关系为", "3119", "96171.6", "447228",
        "3985758", "第二十条第（八）项", "未经复议直接起诉", "结转下年度继续办理", "-1-"}) {
    EXPECT_NE(flat.find(expected), std::string::npos) << expected;
  }
  // Table 2 comes after section 二's text and before section 三.
  EXPECT_LT(flat.find("二、主动公开政府信息情况"), flat.find("第二十条第（一）项"));
  EXPECT_LT(flat.find("447228"), flat.find("三、收到和处理政府信息公开申请情况"));
  // One page number per page, counted from 1.
  EXPECT_NE(flat.find("-" + std::to_string(pages) + "-"), std::string::npos);
}

// A long report: many pages, tables pushed across page breaks with their
// headers repeated.
TEST(PdfWriter, BreaksPagesAndRepeatsTableHeaders) {
  for (int paragraphs : {5, 6, 7, 8, 9, 10, 11}) {
    Result<std::string> pdf = WritePdf(SampleReport(paragraphs));
    ASSERT_TRUE(pdf.ok()) << pdf.status().message();
    int pages = 0;
    std::string title, author;
    const std::string flat = NoSpaces(PdfText(*pdf, &pages, &title, &author));
    EXPECT_NE(flat.find("-" + std::to_string(pages) + "-"), std::string::npos);
    EXPECT_EQ(flat.find("-" + std::to_string(pages + 1) + "-"), std::string::npos);
    EXPECT_NE(flat.find("3119"), std::string::npos);
  }
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// With two paragraphs per section Table 3 starts low on a page and goes on
// to the next, where its three header rows are drawn again; with three it
// moves whole to a fresh page.
TEST(PdfWriter, RepeatsHeaderRowsOnTheNextPage) {
  int pages = 0;
  std::string title, author;
  Result<std::string> split = WritePdf(SampleReport(2));
  ASSERT_TRUE(split.ok());
  const std::string split_text = NoSpaces(PdfText(*split, &pages, &title, &author));
  EXPECT_EQ(Count(split_text, "申请人情况"), 2u);
  EXPECT_EQ(Count(split_text, "法人或其他组织"), 2u);
  EXPECT_EQ(Count(split_text, "本年新收政府信息公开申请数量"), 1u);
  EXPECT_EQ(Count(split_text, "结转下年度继续办理"), 1u);

  Result<std::string> whole = WritePdf(SampleReport(3));
  ASSERT_TRUE(whole.ok());
  const std::string whole_text = NoSpaces(PdfText(*whole, &pages, &title, &author));
  EXPECT_EQ(Count(whole_text, "申请人情况"), 1u);
}

TEST(PdfWriter, WritesAnEmptyReportAndOddText) {
  AnnualReport r;
  r.title = std::string("标题\x01\xff") + "结束";
  report::Section s;
  s.number = 9;
  s.paragraphs.push_back({std::string(5000, 'x'), {}});
  r.sections.push_back(s);
  Result<std::string> pdf = WritePdf(r);
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  int pages = 0;
  std::string title, author;
  const std::string flat = NoSpaces(PdfText(*pdf, &pages, &title, &author));
  EXPECT_EQ(title, "标题\xEF\xBF\xBD结束");
  // A report without tables gets none drawn (so it reads back the same).
  EXPECT_EQ(flat.find("本年新收政府信息公开申请数量"), std::string::npos);
  EXPECT_NE(flat.find("xxxxxxxxxx"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::formats
