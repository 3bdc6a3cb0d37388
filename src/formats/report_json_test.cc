#include "formats/report_json.h"

#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "formats/report_json_test_util.h"
#include "formats/report_json_value.h"

namespace gongkai::formats {
namespace {

using namespace gongkai::report;
using namespace gongkai::formats::testing;
using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(ReportJsonTest, RoundTripKeepsEveryField) {
  const AnnualReport report = MakeReport();
  const std::string text = WriteReportJson(report);
  const Result<AnnualReport> back = ReadReportJson(text);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ExpectSameReport(report, *back);
  EXPECT_EQ(WriteReportJson(*back), text);
}

TEST(ReportJsonTest, RoundTripOfReportWithoutTables) {
  AnnualReport report;
  report.agency = "某某县交通运输局";
  report.agency_kind = AgencyKind::kDepartment;
  report.format = FormatVersion::kLegacyPre2019;
  report.table3.single_other_row = false;
  const std::string text = WriteReportJson(report);
  EXPECT_THAT(text, HasSubstr("\"year\": null,"));
  EXPECT_THAT(text, HasSubstr("\"table2\": null,\n  \"table3\": null,\n  \"table4\": null,"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("\"sources\"")));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("\"period\"")));
  const Result<AnnualReport> back = ReadReportJson(text);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ExpectSameReport(report, *back);
}

TEST(ReportJsonTest, RoundTripOf2019SingleOtherRow) {
  AnnualReport report = MakeReport();
  report.format = FormatVersion::kV2019;
  report.table3.single_other_row = true;
  report.table3.cells[kR21] = {};
  report.table3.cells[kR22] = {};
  const std::string text = WriteReportJson(report);
  EXPECT_THAT(text, HasSubstr("\"id\": \"R23\",\n        \"label\": \"（六）其他处理\","));
  const Result<AnnualReport> back = ReadReportJson(text);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ExpectSameReport(report, *back);
}

TEST(ReportJsonTest, WritesTheDocumentedShape) {
  const std::string text = WriteReportJson(MakeReport());
  EXPECT_THAT(text, StartsWith("{\n  \"schema\": \"gongkai.annual-report/1\",\n"
                               "  \"agency\": \"某某市人民政府\",\n"
                               "  \"agency_kind\": \"government\",\n"
                               "  \"year\": 2025,\n"));
  EXPECT_THAT(
      text, HasSubstr("  \"format\": \"2021\",\n  \"period\": {\n    \"start\": \"2025-01-01\",\n"
                      "    \"end\": \"2025-12-31\"\n  },\n  \"published_on\": \"2026-03-20\",\n"));
  EXPECT_THAT(text,
              HasSubstr("\"规章\": {\n      \"本年制发件数\": 2,\n      \"本年废止件数\": 0,\n"
                        "      \"现行有效件数\": 13\n    },"));
  EXPECT_THAT(text, HasSubstr("\"现行有效件数\": null\n"));            // blank, never 0
  EXPECT_THAT(text, HasSubstr("\"行政事业性收费\": \"12345.60\"\n"));  // decimals as written
  EXPECT_THAT(text, HasSubstr("\"table2.行政规范性文件.现行有效件数\": {\n      \"line\": 40,\n"
                              "      \"page\": 3,\n      \"raw\": \"—\"\n    }"));
  EXPECT_THAT(text, HasSubstr("\"table2.行政处罚\": {\n      \"line\": 41,\n      \"page\": 3,\n"
                              "      \"raw\": \"1,234\"\n    }"));
  EXPECT_THAT(text, HasSubstr("\"preamble[0]\": {\n      \"line\": 2,\n      \"page\": 1\n    }"));
  EXPECT_THAT(text,
              HasSubstr("\"cells\": [\n        5,\n        \"12.5\",\n        null\n      ]"));
  EXPECT_THAT(text, HasSubstr("\"subtotals\": [\n      {\n        \"group\": \"（三）不予公开\","));
  EXPECT_THAT(text, HasSubstr("含“引号”和\\\\反斜杠。"));
  EXPECT_EQ(text.find("\\u"), std::string::npos);  // not ASCII-escaped
  EXPECT_EQ(text.back(), '\n');
}

TEST(ReportJsonTest, WriterReplacesInvalidUtf8) {
  AnnualReport report;
  report.agency = std::string("某\xff局");
  const std::string text = WriteReportJson(report);
  EXPECT_THAT(text, HasSubstr("\"agency\": \"某\xEF\xBF\xBD局\""));
  EXPECT_TRUE(ReadReportJson(text).ok());
}

TEST(ReportJsonTest, ValueFormRoundTrips) {
  const AnnualReport report = MakeReport();
  const nlohmann::ordered_json value = ReportToJson(report);
  EXPECT_EQ(value.begin().key(), "schema");
  EXPECT_EQ(value["table3"]["rows"][0]["values"][6], 6);
  const Result<AnnualReport> back = ReportFromJson(value);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ExpectSameReport(report, *back);
}

// A hand-written document: rows keyed by id, section defaults, the amount as
// a JSON number, no "sources".
std::string HandWritten() {
  std::string rows;
  for (int r = 0; r < kT3Rows; ++r) {
    rows += std::string(r ? ",\n" : "") + "\"" + std::string(kT3RowSpecs[r].id) +
            "\": [1, 0, 0, 0, 0, 0, 1]";
  }
  return R"({
  "schema": "gongkai.annual-report/1",
  "agency": "某某区司法局",
  "year": 2024,
  "sections": [{"number": 1, "paragraphs": ["正文。"]}],
  "table2": {"规章": {"本年制发件数": 0, "本年废止件数": 0, "现行有效件数": 0},
             "行政规范性文件": {"本年制发件数": 1, "本年废止件数": null, "现行有效件数": 4},
             "行政许可": 0, "行政处罚": 18, "行政强制": 0, "行政事业性收费": 96171.6},
  "table3": {"rows": {)" +
         rows + R"(}},
  "table4": null
})";
}

TEST(ReportJsonTest, ReadsHandWrittenDocument) {
  const Result<AnnualReport> r = ReadReportJson(HandWritten());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->agency, "某某区司法局");
  EXPECT_EQ(r->agency_kind, AgencyKind::kDepartment);  // derived from the name
  EXPECT_EQ(r->year, 2024);
  EXPECT_EQ(r->format, FormatVersion::kUnknown);
  ASSERT_EQ(r->sections.size(), 1u);
  EXPECT_EQ(r->sections[0].heading, "一、总体情况");
  EXPECT_EQ(r->sections[0].title, "总体情况");
  EXPECT_EQ(r->sections[0].numbering, HeadingNumbering::kChinese);
  EXPECT_TRUE(r->table2.normative[1][1].blank());
  EXPECT_EQ(r->table2.normative[1][2].value, 4);
  EXPECT_EQ(r->table2.punishment.raw, "18");
  ASSERT_TRUE(r->table2.fees.value.has_value());
  EXPECT_EQ(r->table2.fees.value->ToString(), "96171.6");
  EXPECT_EQ(r->table3.cells[kR25][6].value, 1);
  EXPECT_FALSE(r->table4.present);
}

TEST(ReportJsonTest, CountCellErrorsNameThePath) {
  using J = nlohmann::ordered_json;
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["values"][2] = "abc"; }),
            "table3.rows.R05[2]：应为非负整数或null，实际为 \"abc\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["values"][2] = -3; }),
            "table3.rows.R05[2]：应为非负整数或null，实际为 -3（件数不能为负数）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["values"][2] = 3.5; }),
            "table3.rows.R05[2]：应为非负整数或null，实际为 3.5（件数应为整数）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["values"][2] = "12"; }),
            "table3.rows.R05[2]：应为非负整数或null，实际为 \"12\"（数字不要加引号）");
  EXPECT_EQ(
      ErrorAfter([](J& j) { j["table4"]["复议后起诉"]["总计"] = 18446744073709551615u; }),
      "table4.复议后起诉.总计：数值 18446744073709551615 超出范围（最大 9223372036854775807）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table4"]["行政复议"]["结果维持"] = 1e30; }),
            "table4.行政复议.结果维持：数值 1e+30 超出范围（最大 9223372036854775807）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"]["规章"]["本年废止件数"] = true; }),
            "table2.规章.本年废止件数：应为非负整数或null，实际为 true");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["subtotals"][0]["values"][6] = J::object(); }),
            "table3.subtotals[0].values[6]：应为非负整数或null，实际为 {}");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2_extra_rows"][0]["cells"][1] = false; }),
            "table2_extra_rows[0].cells[1]：应为非负整数、字符串或null，实际为 false");
}

TEST(ReportJsonTest, AmountErrors) {
  using J = nlohmann::ordered_json;
  const std::string want =
      "table2.行政事业性收费：应为万元金额的字符串（如 \"2836.25\"，最多 6 位小数）或null，实际为 ";
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"]["行政事业性收费"] = "12.3.4"; }),
            want + "\"12.3.4\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"]["行政事业性收费"] = "1,234.5"; }),
            want + "\"1,234.5\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"]["行政事业性收费"] = 1e-7; }), want + "1e-07");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"]["行政事业性收费"] = -5; }),
            want + "-5（金额不能为负数）");
}

TEST(ReportJsonTest, StructureErrorsNameThePath) {
  using J = nlohmann::ordered_json;
  EXPECT_THAT(
      ErrorAfter([](J& j) { j["agnecy"] = "x"; }),
      StartsWith("根对象：未知的键 \"agnecy\"（可用的键：schema、agency、agency_kind、year、"));
  EXPECT_THAT(ErrorAfter([](J& j) { j["table2"]["规章s"] = 1; }),
              StartsWith("table2：未知的键 \"规章s\"（可用的键：规章、行政规范性文件、"));
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"].erase("行政强制"); }), "table2：缺少 \"行政强制\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table4"]["行政复议"].erase("总计"); }),
            "table4.行政复议：缺少 \"总计\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j.erase("table4"); }), "根对象：缺少 \"table4\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j.erase("schema"); }),
            "根对象：缺少 \"schema\"（应为 \"gongkai.annual-report/1\"）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["schema"] = "gongkai.annual-report/2"; }),
            "schema：应为 \"gongkai.annual-report/1\"，实际为 \"gongkai.annual-report/2\"");
  EXPECT_EQ(ErrorAfter([](J& j) {
              auto& rows = j["table3"]["rows"];
              rows.erase(rows.begin() + 6, rows.begin() + 8);
            }),
            "table3.rows：缺少行 R07、R08（R01 至 R25 共 25 行都要有，空白单元格写 null）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][5]["id"] = "R05"; }),
            "table3.rows[5]：行 R05 重复出现");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["id"] = "R26"; }),
            "table3.rows[4]：未知的行 \"R26\"（应为 R01 至 R25）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["label"] = "属于国家秘密"; }),
            "table3.rows.R05.label：应为 \"1.属于国家秘密\"，实际为 \"属于国家秘密\"");
  EXPECT_THAT(ErrorAfter([](J& j) { j["table3"]["rows"][4]["values"].erase(6); }),
              StartsWith("table3.rows.R05：应为 7 个数值的数组（自然人、商业企业"));
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][4]["value"] = J::array(); }),
            "table3.rows[4]：未知的键 \"value\"（可用的键：id、label、values）");
  EXPECT_EQ(
      ErrorAfter([](J& j) { j["table3"]["subtotals"][0]["group"] = "不予公开"; }),
      "table3.subtotals[0].group：应为 \"（三）不予公开\"、\"（四）无法提供\"、\"（五）不予处理\"、"
      "\"（六）其他处理\" 之一，实际为 \"不予公开\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["year"] = "2025"; }),
            "year：应为 1 至 9999 的整数，实际为 \"2025\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["format"] = "2022"; }),
            "format：应为 \"2021\"、\"2019\"、\"hybrid\"、\"pre2019\"、\"unknown\" 之一，实际为 "
            "\"2022\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["published_on"] = "2026/1/15"; }),
            "published_on：应为日期 \"YYYY-MM-DD\" 或 null，实际为 \"2026/1/15\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["period"]["end"] = "2025-02-30"; }),
            "period.end：应为日期 \"YYYY-MM-DD\" 或 null，实际为 \"2025-02-30\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["sections"][1]["number"] = 7; }),
            "sections[1].number：应为 0 至 6 的整数，实际为 7");
  EXPECT_EQ(ErrorAfter([](J& j) { j["sections"][0]["paragraphs"][1] = 5; }),
            "sections[0].paragraphs[1]：应为字符串，实际为 5");
  EXPECT_EQ(
      ErrorAfter([](J& j) {
        j["sources"]["table3.rows.R26[0]"] = {{"line", 1}};
      }),
      "sources：没有位置 \"table3.rows.R26[0]\"（键应为报告中某一段落、章节、行或单元格的路径）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["sources"]["preamble[0]"]["raw"] = "x"; }),
            "sources[\"preamble[0]\"]：未知的键 \"raw\"（可用的键：line、page）");
  EXPECT_EQ(ErrorAfter([](J& j) { j["sources"]["preamble[0]"]["line"] = -1; }),
            "sources[\"preamble[0]\"].line：应为 0 至 2147483647 的整数，实际为 -1");
}

TEST(ReportJsonTest, ValueTooLongIsShortenedInMessages) {
  using J = nlohmann::ordered_json;
  EXPECT_EQ(ErrorAfter([](J& j) { j["title"] = J::array({std::string(100, 'x')}); }),
            "title：应为字符串，实际为 [\"" + std::string(38, 'x') + "…");
}

Status ReadStatus(std::string_view text) {
  const Result<AnnualReport> r = ReadReportJson(text);
  return r.ok() ? Status::Ok() : r.status();
}

TEST(ReportJsonTest, SyntaxErrorsGiveLineAndColumn) {
  EXPECT_EQ(
      ReadStatus("{\n  \"schema\": \"gongkai.annual-report/1\",\n  \"年份\": tru\n}").message(),
      "JSON 第3行第9列：无法识别的内容（字符串要用英文双引号，值应为数字、true、false 或 null）");
  EXPECT_EQ(
      ReadStatus("{\n  \"agency\": \"某局\"，\n}").message(),
      "JSON 第2行第17列：无法识别的内容（字符串要用英文双引号，值应为数字、true、false 或 null）");
  EXPECT_EQ(ReadStatus("{\"a\": [1, 2").message(),
            "JSON 第1行第12列：内容意外结束（缺少右括号、引号或值）");
  EXPECT_EQ(ReadStatus("{\"a\": 1} x").message(), "JSON 第1行第10列：JSON 值之后还有多余的内容");
  EXPECT_EQ(ReadStatus("{\"a\" 1}").message(), "JSON 第1行第6列：键后面应为英文冒号");
  EXPECT_EQ(ReadStatus("{\"agency\": \"某\xff\"}").message(),
            "JSON 第1行第14列：含有无效的 UTF-8 字节（文件应为 UTF-8 编码）");
  EXPECT_EQ(ReadStatus("").message(), "JSON 为空：应为一个年度报告对象");
  EXPECT_EQ(ReadStatus("[1]").message(), "JSON 顶层应为年度报告对象，实际为 [1]");
  EXPECT_EQ(ReadStatus("{\"schema\": 1, \"schema\": 2}").message(),
            "JSON 中同一对象里的键 \"schema\" 出现了两次（每个键只能出现一次）");
}

TEST(ReportJsonTest, RefusesDeepNestingAndHugeInput) {
  EXPECT_EQ(ReadStatus("{\"a\":\n" + std::string(100, '[')).message(),
            "JSON 第2行第64列：嵌套超过 64 层，不是年度报告的结构");
  // Brackets inside strings do not count.
  EXPECT_EQ(ReadStatus("{\"schema\": \"" + std::string(100, '[') + "\"}").message(),
            "schema：应为 \"gongkai.annual-report/1\"，实际为 \"" + std::string(39, '[') + "…");
  const std::string huge((size_t{64} << 20) + 1, ' ');
  EXPECT_EQ(ReadStatus(huge).message(), "JSON 文本过大（64 MiB），年度报告不应超过 64 MiB");
}

// Every prefix and many one-byte corruptions of a valid document are either
// read or refused with a message: no crash, no exception, no hang.
TEST(ReportJsonTest, DamagedDocumentsNeverCrash) {
  const std::string text = WriteReportJson(MakeReport());
  for (size_t n = 0; n < text.size(); n += 13) {
    EXPECT_FALSE(ReadReportJson(text.substr(0, n)).ok()) << n;
  }
  const char kBytes[] = {'"', '{', '}', '[', ']', ',', ':', '-', '0', '\xff', '\\', 'e'};
  size_t refused = 0;
  for (size_t i = 0; i < text.size(); i += 7) {
    std::string damaged = text;
    damaged[i] = kBytes[i % sizeof kBytes];
    const Result<AnnualReport> r = ReadReportJson(damaged);
    if (!r.ok()) {
      ++refused;
      EXPECT_FALSE(r.status().message().empty());
    }
  }
  EXPECT_GT(refused, 0u);
}

// The complete example of docs/report-json.md must read, with its figures.
TEST(ReportJsonTest, DocumentedExampleReads) {
  std::ifstream in(std::string(GONGKAI_SOURCE_DIR) + "/docs/report-json.md");
  if (!in) GTEST_SKIP() << "docs/report-json.md not found under GONGKAI_SOURCE_DIR";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string doc = buffer.str();
  const size_t start = doc.find("```json\n");
  ASSERT_NE(start, std::string::npos);
  const size_t end = doc.find("\n```", start + 8);
  ASSERT_NE(end, std::string::npos);
  const Result<AnnualReport> r = ReadReportJson(doc.substr(start + 8, end - start - 8));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->agency_kind, AgencyKind::kDepartment);
  EXPECT_EQ(r->sections.size(), 6u);
  EXPECT_EQ(r->table2.licensing.value, 1520);
  EXPECT_EQ(r->table2.licensing.raw, "1,520");
  EXPECT_EQ(r->table2.licensing.src, (SourceRef{41, 2}));
  EXPECT_EQ(r->table2.fees.value->ToString(), "86.35");
  EXPECT_EQ(r->table3.cells[kR24][6].value, 48);
  EXPECT_EQ(r->table4.at(0, 4).value, 3);
}

}  // namespace
}  // namespace gongkai::formats
