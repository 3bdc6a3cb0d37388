#include "formats/pdf_reader.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "report/labels.h"

namespace gongkai::formats {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool IsNumberText(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789.") == std::string::npos;
}

// Rows whose last `n` cells are numbers, with exactly one label cell before.
std::vector<const std::vector<DocCell>*> DataRows(const DocTable& t, size_t n) {
  std::vector<const std::vector<DocCell>*> out;
  for (const auto& row : t.rows) {
    if (row.size() != n + 1) continue;
    bool numbers = true;
    for (size_t k = 1; k < row.size(); ++k) numbers = numbers && IsNumberText(row[k].text);
    if (numbers && !IsNumberText(row[0].text)) out.push_back(&row);
  }
  return out;
}

const DocTable* FindTable(const Document& doc, const std::string& word) {
  for (const DocBlock& b : doc.blocks) {
    if (b.kind != DocBlock::Kind::kTable) continue;
    for (const auto& row : b.table.rows) {
      for (const DocCell& c : row) {
        if (c.text.find(word) != std::string::npos) return &b.table;
      }
    }
  }
  return nullptr;
}

const std::vector<DocCell>* FindRow(const DocTable& t, const std::string& label) {
  for (const auto& row : t.rows) {
    if (!row.empty() && row[0].text == label) return &row;
  }
  return nullptr;
}

// The words that tell a Table 3 row apart: "三、（三）1.属于国家秘密" → "属于国家秘密".
std::string DistinguishingWords(std::string key) {
  const std::string results = "三、（";
  if (key.rfind(results, 0) == 0) key = key.substr(std::string("三、").size());
  const std::string close = "）";
  const size_t group_end = key.find(close);
  if (key.rfind("（", 0) == 0 && group_end != std::string::npos &&
      group_end + close.size() < key.size() &&
      isdigit(static_cast<unsigned char>(key[group_end + close.size()]))) {
    key = key.substr(group_end + close.size());
  }
  size_t i = 0;
  while (i < key.size() && isdigit(static_cast<unsigned char>(key[i]))) ++i;
  if (i > 0 && i < key.size() && key[i] == '.') key = key.substr(i + 1);
  return key;
}

class HuaianPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = std::string(GONGKAI_SHARED_DIR) + "/examples/";
    bytes_ = ReadFile(dir + "huaian-2024.pdf");
    const std::string json = ReadFile(dir + "huaian-2024.expected.json");
    if (bytes_.empty() || json.empty()) {
      GTEST_SKIP() << "shared/examples/huaian-2024.pdf or its expected JSON is absent";
    }
    expected_ = nlohmann::ordered_json::parse(json);
    auto doc = ReadPdfDocument(bytes_);
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    doc_ = std::move(doc).value();
  }
  std::string bytes_;
  nlohmann::ordered_json expected_;
  Document doc_;
};

TEST_F(HuaianPdf, Table3RowsHaveTheirLabelsAndSevenValues) {
  const DocTable* t = FindTable(doc_, "本年新收政府信息公开申请数量");
  ASSERT_NE(t, nullptr);
  const auto rows = DataRows(*t, 7);
  const auto& table3 = expected_["table3"];
  ASSERT_EQ(rows.size(), table3.size());
  size_t r = 0;
  for (const auto& [key, values] : table3.items()) {
    const std::vector<DocCell>& row = *rows[r++];
    EXPECT_NE(row[0].text.find(DistinguishingWords(key)), std::string::npos)
        << "row " << r << ": label " << row[0].text << " should contain " << key;
    for (size_t c = 0; c < 7; ++c) {
      EXPECT_EQ(row[c + 1].text, std::to_string(values[c].get<int>())) << key << " column " << c;
      EXPECT_EQ(row[c + 1].src.page, r <= 13 ? 4 : 5) << key;
      EXPECT_GT(row[c + 1].src.line, 0) << key;
    }
  }
  // The label wrapped over three lines is one cell.
  EXPECT_EQ((*rows[20])[0].text,
            "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
  EXPECT_EQ((*rows[3])[0].text, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
}

TEST_F(HuaianPdf, Table3HeaderNamesTheColumns) {
  const DocTable* t = FindTable(doc_, "本年新收政府信息公开申请数量");
  ASSERT_NE(t, nullptr);
  const std::vector<DocCell>* header = nullptr;
  for (const auto& row : t->rows) {
    if (row.size() == 8 && row[1].text == "自然人") header = &row;
  }
  ASSERT_NE(header, nullptr);
  EXPECT_EQ((*header)[0].text, report::kT3Caption);
  for (size_t c = 0; c < 7; ++c) EXPECT_EQ((*header)[c + 1].text, report::kT3ColumnLabels[c]);
}

TEST_F(HuaianPdf, Table2Values) {
  const DocTable* t = FindTable(doc_, "行政规范性文件");
  ASSERT_NE(t, nullptr);
  const auto& t2 = expected_["table2"];
  for (const char* label : {"规章", "行政规范性文件"}) {
    const auto* row = FindRow(*t, label);
    ASSERT_NE(row, nullptr) << label;
    ASSERT_EQ(row->size(), 4u) << label;
    for (size_t c = 0; c < 3; ++c) {
      EXPECT_EQ((*row)[c + 1].text, std::to_string(t2[label][c].get<int>())) << label;
    }
  }
  for (const char* label : {"行政许可", "行政处罚", "行政强制"}) {
    const auto* row = FindRow(*t, label);
    ASSERT_NE(row, nullptr) << label;
    ASSERT_EQ(row->size(), 2u) << label;
    EXPECT_EQ((*row)[1].text, std::to_string(t2[label].get<int>())) << label;
  }
  const auto* fees = FindRow(*t, "行政事业性收费");
  ASSERT_NE(fees, nullptr);
  ASSERT_EQ(fees->size(), 2u);
  EXPECT_EQ((*fees)[1].text, t2["行政事业性收费"].get<std::string>());
  ASSERT_NE(FindRow(*t, "第二十条第（一）项"), nullptr);
  ASSERT_NE(FindRow(*t, "第二十条第（八）项"), nullptr);
  const auto* header = FindRow(*t, "信息内容");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->size(), 4u);
  EXPECT_EQ((*header)[1].text, "本年制发件数");
}

TEST_F(HuaianPdf, Table4DataRowHasFifteenValues) {
  const DocTable* t = FindTable(doc_, "复议后起诉");
  ASSERT_NE(t, nullptr);
  std::vector<std::string> expected;
  for (const auto& v : expected_["table4"]) expected.push_back(std::to_string(v.get<int>()));
  bool found = false;
  for (const auto& row : t->rows) {
    if (row.size() != 15 || !IsNumberText(row[0].text)) continue;
    found = true;
    for (size_t c = 0; c < 15; ++c) EXPECT_EQ(row[c].text, expected[c]) << "column " << c;
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(t->rows.front()[0].text, "行政复议");
}

TEST_F(HuaianPdf, ParagraphsStartAtSectionHeadings) {
  std::vector<std::string> paragraphs;
  for (const DocBlock& b : doc_.blocks) {
    if (b.kind == DocBlock::Kind::kParagraph) paragraphs.push_back(b.text);
    EXPECT_GT(b.src.page, 0);
    EXPECT_GT(b.src.line, 0);
  }
  const char* numerals[] = {"一", "二", "三", "四", "五", "六"};
  for (int s = 0; s < report::kSectionCount; ++s) {
    const std::string heading = std::string(numerals[s]) + "、" + std::string(report::kSectionTitles[s]);
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), heading), paragraphs.end()) << heading;
  }
  const std::string figure = "共受理政府信息公开申请3119件";
  const std::string* narrative = nullptr;
  for (const std::string& p : paragraphs) {
    if (p.find(figure) != std::string::npos) narrative = &p;
  }
  ASSERT_NE(narrative, nullptr);
  EXPECT_EQ(narrative->rfind("（二）依申请公开情况。", 0), 0u);
  EXPECT_EQ(narrative->find(' '), std::string::npos);
  EXPECT_NE(narrative->find("尚未审结7件。"), std::string::npos);
  EXPECT_EQ(paragraphs.front(), "淮安市人民政府2024年政府信息公开工作年度报告");
  for (const std::string& p : paragraphs) EXPECT_EQ(p.find("-3-"), std::string::npos) << p;
}

TEST_F(HuaianPdf, TruncatedAndCorruptedCopiesDoNotCrash) {
  for (size_t cut : {bytes_.size() / 2, bytes_.size() - 200, size_t{2000}, size_t{9}}) {
    auto r = ReadPdfDocument(std::string_view(bytes_).substr(0, cut));
    if (!r.ok()) {
      EXPECT_FALSE(r.status().message().empty());
    }
  }
  std::mt19937 rng(7);
  for (int i = 0; i < 10; ++i) {
    std::string copy = bytes_;
    for (int k = 0; k < 50; ++k) copy[rng() % copy.size()] = static_cast<char>(rng());
    auto r = ReadPdfDocument(copy);
    if (!r.ok()) {
      EXPECT_FALSE(r.status().message().empty());
    }
  }
}

TEST(PdfReaderErrors, EmptyInput) {
  auto r = ReadPdfDocument("");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().message(), "PDF文件为空");
}

TEST(PdfReaderErrors, NotAPdf) {
  auto r = ReadPdfDocument("PK\x03\x04 this is a zip, not a pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().message().rfind("不是PDF文件", 0), 0u);
}

TEST(PdfReaderErrors, GarbageAfterHeaderIsDamaged) {
  std::string garbage = "%PDF-1.7\n";
  std::mt19937 rng(1);
  for (int i = 0; i < 5000; ++i) garbage.push_back(static_cast<char>(rng()));
  auto r = ReadPdfDocument(garbage);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message().rfind("PDF文件已损坏或无法解析", 0), 0u);
}

// ---- A PDF made here with cairo/pango: a table set in body-size type. ----

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

class PdfMaker {
 public:
  PdfMaker() {
    surface_ = cairo_pdf_surface_create_for_stream(AppendBytes, &bytes_, 595, 842);
    cr_ = cairo_create(surface_);
    layout_ = pango_cairo_create_layout(cr_);
    Font(12);
  }
  ~PdfMaker() {
    if (layout_ != nullptr) g_object_unref(layout_);
    if (cr_ != nullptr) cairo_destroy(cr_);
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
  }
  void Font(int points) {
    PangoFontDescription* fd =
        pango_font_description_from_string(("Noto Sans CJK SC " + std::to_string(points)).c_str());
    pango_layout_set_font_description(layout_, fd);
    pango_font_description_free(fd);
  }
  void Text(double x, double y, const std::string& text) {
    pango_layout_set_text(layout_, text.c_str(), -1);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, layout_);
  }
  void RightAligned(double right, double y, const std::string& text) {
    pango_layout_set_text(layout_, text.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout_, &w, &h);
    Text(right - static_cast<double>(w) / PANGO_SCALE, y, text);
  }
  void NextPage() { cairo_show_page(cr_); }
  std::string Finish() {
    cairo_show_page(cr_);
    g_object_unref(layout_);
    layout_ = nullptr;
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    return bytes_;
  }

 private:
  std::string bytes_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoLayout* layout_ = nullptr;
};

std::string MakeSyntheticReport() {
  PdfMaker pdf;
  pdf.Font(18);
  pdf.Text(110, 50, "测试县人民政府");
  pdf.Text(110, 76, "2025年政府信息公开工作年度报告");
  pdf.Font(12);
  pdf.Text(104, 120, "一、总体情况");
  pdf.Text(104, 148, "2025 年，本县共受理政府信息公开申请 12 件，全部在");
  pdf.Text(72, 176, "法定期限内答复，另有 3 件结转下年度办理，未发生行政复议。");
  pdf.Text(104, 204, "二、主动公开政府信息情况");
  // A table in body-size type: label column at 72, numbers right-aligned.
  const double right[] = {330, 420, 510};
  const char* heads[] = {"制发", "废止", "有效"};
  for (int c = 0; c < 3; ++c) pdf.RightAligned(right[c], 240, heads[c]);
  pdf.Text(72, 240, "信息内容");
  const auto row = [&](double y, const char* label, std::vector<std::string> values) {
    if (label != nullptr) pdf.Text(72, y, label);
    for (size_t c = 0; c < values.size(); ++c) {
      if (!values[c].empty()) pdf.RightAligned(right[c], y, values[c]);
    }
  };
  row(272, "规章", {"1", "0", "11"});
  row(304, "行政规范性文件", {"8", "", "66"});
  pdf.Text(72, 332, "（二）部分公开（区分处理的，");
  row(348, nullptr, {"447", "7", "0"});
  pdf.Text(72, 364, "只计这一情形）");
  pdf.Font(10);
  pdf.Text(290, 790, "- 1 -");
  pdf.NextPage();
  pdf.Font(12);
  row(60, "行政许可", {"5", "6", "7"});
  pdf.Text(104, 110, "三、其他需要报告的事项");
  pdf.Text(104, 138, "本年度未收取信息处理费。");
  pdf.Font(10);
  pdf.Text(290, 790, "- 2 -");
  return pdf.Finish();
}

std::vector<std::string> Texts(const std::vector<DocCell>& row) {
  std::vector<std::string> out;
  for (const DocCell& c : row) out.push_back(c.text);
  return out;
}

TEST(PdfReaderSynthetic, BodySizeTableAcrossPages) {
  const std::string bytes = MakeSyntheticReport();
  ASSERT_EQ(bytes.rfind("%PDF-", 0), 0u);
  auto doc = ReadPdfDocument(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  std::vector<std::string> paragraphs;
  const DocTable* table = nullptr;
  for (const DocBlock& b : doc->blocks) {
    if (b.kind == DocBlock::Kind::kParagraph) paragraphs.push_back(b.text);
    if (b.kind == DocBlock::Kind::kTable) {
      EXPECT_EQ(table, nullptr) << "one table expected";
      table = &b.table;
    }
  }
  EXPECT_EQ(paragraphs,
            (std::vector<std::string>{
                "测试县人民政府2025年政府信息公开工作年度报告", "一、总体情况",
                "2025年，本县共受理政府信息公开申请12件，全部在法定期限内答复，另有3件结转下年度办理，"
                "未发生行政复议。",
                "二、主动公开政府信息情况", "三、其他需要报告的事项", "本年度未收取信息处理费。"}));
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 5u);
  EXPECT_EQ(Texts(table->rows[0]), (std::vector<std::string>{"信息内容", "制发", "废止", "有效"}));
  EXPECT_EQ(Texts(table->rows[1]), (std::vector<std::string>{"规章", "1", "0", "11"}));
  EXPECT_EQ(Texts(table->rows[2]), (std::vector<std::string>{"行政规范性文件", "8", "", "66"}));
  EXPECT_EQ(Texts(table->rows[3]),
            (std::vector<std::string>{"（二）部分公开（区分处理的，只计这一情形）", "447", "7", "0"}));
  EXPECT_EQ(Texts(table->rows[4]), (std::vector<std::string>{"行政许可", "5", "6", "7"}));
  EXPECT_EQ(table->rows[1][1].src.page, 1);
  EXPECT_EQ(table->rows[4][1].src.page, 2);
  EXPECT_EQ(table->rows[4][1].src.line, 1);
}

TEST(PdfReaderSynthetic, PageWithoutTextIsReported) {
  PdfMaker pdf;
  pdf.NextPage();  // page 1 blank, as a scanned page would be
  std::string bytes = pdf.Finish();
  auto doc = ReadPdfDocument(bytes);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(doc.status().message(), "PDF没有文字层（可能是扫描件），无法读取表格");
}

}  // namespace
}  // namespace gongkai::formats
