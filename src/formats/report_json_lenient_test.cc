// The interchange JSON read for `report check` (ReadOptions::cell_text):
// text in any count cell or the amount is kept as the cell's text, so that
// the checker reports it; the strict default refuses it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "formats/report_json.h"
#include "formats/report_json_test_util.h"

namespace gongkai::formats {
namespace {

using namespace gongkai::formats::testing;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// The strict default refuses cell text that `report check` reads (below).
TEST(ReportJsonTest, StrictModeRefusesCellText) {
  using J = nlohmann::ordered_json;
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][0]["values"][1] = "--"; }),
            "table3.rows.R01[1]：应为非负整数或null，实际为 \"--\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table3"]["rows"][0]["values"][1] = "１２"; }),
            "table3.rows.R01[1]：应为非负整数或null，实际为 \"１２\"");
  EXPECT_EQ(ErrorAfter([](J& j) { j["table2"]["行政事业性收费"] = "—"; }),
            "table2.行政事业性收费：应为万元金额的字符串（如 \"2836.25\"，最多 6 位小数）或null，"
            "实际为 \"—\"");
}

// Reads the written MakeReport() with one change made by `edit`, keeping
// cell text (ReadOptions::cell_text, what `report check` uses).
Result<AnnualReport> ReadWithCellText(void (*edit)(nlohmann::ordered_json&)) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(WriteReportJson(MakeReport()));
  edit(j);
  ReadOptions options;
  options.cell_text = true;
  return ReadReportJson(j.dump(2), options);
}

TEST(ReportJsonTest, CellTextModeKeepsTextOfCountCells) {
  struct Case {
    const char* text;
    std::optional<int64_t> value;
  };
  const Case cases[] = {{"--", std::nullopt}, {"—", std::nullopt},  {"/", std::nullopt},
                        {"2-8", std::nullopt}, {"", std::nullopt},   {"abc", std::nullopt},
                        {"１２", 12},          {"12", 12},           {" 1,234 ", 1234}};
  for (const Case& c : cases) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(WriteReportJson(MakeReport()));
    j["table3"]["rows"][0]["values"][1] = c.text;
    j["table2"]["行政许可"] = c.text;
    j["table4"]["行政复议"]["总计"] = c.text;
    j["table3"]["subtotals"][0]["values"][6] = c.text;
    j["table2_extra_rows"][0]["cells"][0] = c.text;
    ReadOptions options;
    options.cell_text = true;
    const Result<AnnualReport> r = ReadReportJson(j.dump(), options);
    ASSERT_TRUE(r.ok()) << c.text << ": " << r.status().message();
    for (const CountCell* cell :
         {&r->table3.cells[kR01][1], &r->table2.licensing, &r->table4.at(0, 4),
          &r->table3.subtotals[0].cells[6], &r->table2_extra_rows[0].cells[0]}) {
      EXPECT_EQ(cell->raw, c.text);
      EXPECT_EQ(cell->value, c.value) << c.text;
    }
    // The strict reader refuses the same document, naming the first cell.
    EXPECT_FALSE(ReadReportJson(j.dump()).ok()) << c.text;
  }
}

TEST(ReportJsonTest, CellTextModeKeepsNumbersThatAreNotCounts) {
  using J = nlohmann::ordered_json;
  Result<AnnualReport> r = ReadWithCellText([](J& j) {
    j["table3"]["rows"][4]["values"][2] = -3;
    j["table3"]["rows"][4]["values"][3] = 3.5;
    j["table4"]["复议后起诉"]["总计"] = 18446744073709551615u;
    j["table4"]["行政复议"]["结果维持"] = 1e30;
  });
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->table3.cells[kR05][2].raw, "-3");
  EXPECT_FALSE(r->table3.cells[kR05][2].value.has_value());
  EXPECT_EQ(r->table3.cells[kR05][3].raw, "3.5");
  EXPECT_FALSE(r->table3.cells[kR05][3].value.has_value());
  EXPECT_EQ(r->table4.at(2, 4).raw, "18446744073709551615");
  EXPECT_FALSE(r->table4.at(2, 4).value.has_value());
  EXPECT_EQ(r->table4.at(0, 0).raw, "1e+30");
  EXPECT_FALSE(r->table4.at(0, 0).value.has_value());
  // Values that are counts read as usual.
  EXPECT_EQ(r->table3.cells[kR05][4].value, 44);
}

TEST(ReportJsonTest, CellTextModeKeepsTextOfTheAmount) {
  using J = nlohmann::ordered_json;
  Result<AnnualReport> r = ReadWithCellText([](J& j) { j["table2"]["行政事业性收费"] = "—"; });
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->table2.fees.raw, "—");
  EXPECT_FALSE(r->table2.fees.value.has_value());
  r = ReadWithCellText([](J& j) { j["table2"]["行政事业性收费"] = "1,234.5"; });
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->table2.fees.raw, "1,234.5");
  ASSERT_TRUE(r->table2.fees.value.has_value());
  EXPECT_EQ(r->table2.fees.value->ToString(), "1234.5");
  r = ReadWithCellText([](J& j) { j["table2"]["行政事业性收费"] = -5; });
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->table2.fees.raw, "-5");
  EXPECT_FALSE(r->table2.fees.value.has_value());
  r = ReadWithCellText([](J& j) { j["table2"]["行政事业性收费"] = "12345.60"; });
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->table2.fees.value->ToString(), "12345.60");
}

TEST(ReportJsonTest, CellTextModeIsStrictAboutEverythingElse) {
  using J = nlohmann::ordered_json;
  const auto message = [](void (*edit)(J&)) {
    const Result<AnnualReport> r = ReadWithCellText(edit);
    return r.ok() ? std::string("(accepted)") : r.status().message();
  };
  EXPECT_EQ(message([](J& j) { j["table2"]["规章"]["本年废止件数"] = true; }),
            "table2.规章.本年废止件数：应为非负整数、字符串或null，实际为 true");
  EXPECT_EQ(message([](J& j) { j["table3"]["subtotals"][0]["values"][6] = J::object(); }),
            "table3.subtotals[0].values[6]：应为非负整数、字符串或null，实际为 {}");
  EXPECT_THAT(message([](J& j) { j["agnecy"] = "x"; }), StartsWith("根对象：未知的键 \"agnecy\""));
  EXPECT_EQ(message([](J& j) { j["table2"].erase("行政强制"); }), "table2：缺少 \"行政强制\"");
  EXPECT_EQ(ReadReportJson("{\"a\": 1} x", ReadOptions{true}).status().message(),
            "JSON 第1行第10列：JSON 值之后还有多余的内容");
}

// What the cell-text reader keeps, the writer writes and the strict reader
// reads back: the text as raw text in "sources".
TEST(ReportJsonTest, CellTextReportRoundTripsStrictly) {
  using J = nlohmann::ordered_json;
  const Result<AnnualReport> r = ReadWithCellText([](J& j) {
    j["table3"]["rows"][0]["values"][1] = "2-8";
    j["table3"]["rows"][0]["values"][2] = "１２";
    j["table3"]["rows"][0]["values"][3] = -3;
    j["table2"]["行政事业性收费"] = "—";
  });
  ASSERT_TRUE(r.ok()) << r.status().message();
  const std::string text = WriteReportJson(*r);
  EXPECT_THAT(text, HasSubstr("\"table3.rows.R01[1]\": {\n      \"raw\": \"2-8\"\n    }"));
  const Result<AnnualReport> back = ReadReportJson(text);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ExpectSameReport(*r, *back);
}

}  // namespace
}  // namespace gongkai::formats
