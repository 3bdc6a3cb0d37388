// What real reports print differently from the format, read as the format
// means it: reworded headings, label variants, rows whose labels were lost,
// cells run together, titles hidden behind portal lines, period phrasings.
// Each test failed before the tolerant reading existed.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "formats/assemble.h"
#include "formats/docx_reader.h"
#include "formats/html_reader.h"
#include "formats/pdf_reader.h"
#include "formats/report_io.h"
#include "formats/report_text_fixture.h"
#include "formats/table_layout.h"
#include "formats/text_reader.h"
#include "report/check.h"
#include "report/sample_report.h"

namespace gongkai::formats {
namespace {

using testing::kT3Figures;
using testing::TextReport;
using testing::TextReportOptions;

AssembledReport Read(const TextReportOptions& o) { return AssembleReport(ReadTextDocument(TextReport(o))); }

std::set<std::string> Rules(const report::AnnualReport& r) {
  std::set<std::string> out;
  for (const auto& f : report::CheckReport(r, nullptr, {})) out.insert(f.rule);
  return out;
}

bool HasNote(const AssembledReport& a, const std::string& part) {
  for (const auto& n : a.notes) {
    if (n.message.find(part) != std::string::npos) return true;
  }
  return false;
}

std::string AllNotes(const AssembledReport& a) {
  std::string s;
  for (const auto& n : a.notes) s += n.message + "\n";
  return s;
}

void ExpectTable3AsWritten(const report::AnnualReport& r) {
  for (int row = 0; row < report::kT3Rows; ++row) {
    EXPECT_EQ(r.table3.cells[row][0].value, kT3Figures[row][0]) << "row " << row;
    EXPECT_EQ(r.table3.cells[row][1].value, kT3Figures[row][1]) << "row " << row;
    EXPECT_EQ(r.table3.cells[row][6].value, kT3Figures[row][0] + kT3Figures[row][1]) << row;
  }
}

TEST(TolerantReading, TheCleanFixtureHasNoFindings) {
  const AssembledReport a = Read({});
  EXPECT_EQ(a.notes.size(), 0u) << AllNotes(a);
  ExpectTable3AsWritten(a.report);
  for (const auto& f : report::CheckReport(a.report, nullptr, {})) ADD_FAILURE() << f.rule << f.message;
}

TEST(TolerantReading, RewordedHeadingsAreTheSectionsWithAStyleWarning) {
  for (const char* heading : {"四、政府信息公开行政复议与行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况"}) {
    TextReportOptions o;
    o.headings[3] = heading;
    const AssembledReport a = Read(o);
    ASSERT_EQ(a.report.sections.size(), 6u) << heading;
    EXPECT_EQ(a.report.sections[3].number, 4);
    const auto findings = report::CheckReport(a.report, nullptr, {});
    ASSERT_EQ(findings.size(), 1u) << heading;
    EXPECT_EQ(findings[0].rule, "S9");
    EXPECT_NE(findings[0].message.find(heading), std::string::npos);
  }
  TextReportOptions o;
  o.headings[4] = "五、存在的主要问题及明年工作计划";
  EXPECT_EQ(Rules(Read(o).report), (std::set<std::string>{"S9"}));
}

TEST(TolerantReading, MissingMergedAndMisorderedSectionsAreH7) {
  TextReportOptions merged;
  merged.headings[4] = "五、存在的主要问题及改进情况和其他需要报告的事项";
  merged.headings[5] = "";  // 六's text follows under 五
  const auto f = report::CheckReport(Read(merged).report, nullptr, {});
  bool h7 = false;
  for (const auto& x : f) {
    if (x.rule != "H7") continue;
    h7 = true;
    EXPECT_NE(x.message.find("合并"), std::string::npos) << x.message;
    EXPECT_NE(x.message.find("第6部分"), std::string::npos) << x.message;
  }
  EXPECT_TRUE(h7);

  TextReportOptions swapped;
  std::swap(swapped.headings[4], swapped.headings[5]);
  EXPECT_TRUE(Rules(Read(swapped).report).count("H7"));
}

TEST(TolerantReading, ASubListInsideASectionIsNotTheSectionAgain) {
  TextReportOptions o;
  o.headings[4] = "五、存在的主要问题及改进情况\n1、存在的问题\n5、改进措施";
  const AssembledReport a = Read(o);
  EXPECT_EQ(a.report.sections.size(), 6u);
  EXPECT_TRUE(Rules(a.report).empty());
}

TEST(TolerantReading, Table2LabelVariantsAreTheOfficialRows) {
  TextReportOptions o;
  o.normative_label = "规范性文件";
  const AssembledReport a = Read(o);
  EXPECT_EQ(a.report.table2.normative[1][0].value, 2);
  EXPECT_EQ(a.report.table2.normative[1][2].value, 9);
  EXPECT_TRUE(a.report.table2_extra_rows.empty());
  EXPECT_TRUE(Rules(a.report).empty());
  EXPECT_TRUE(HasNote(a, "“规范性文件”一行与格式栏目“行政规范性文件”不完全一致")) << AllNotes(a);

  TextReportOptions units;
  units.rules_label = "规章（件）";
  units.normative_label = "行政规范性文件（件）";
  const AssembledReport b = Read(units);
  EXPECT_EQ(b.report.table2.normative[0][2].value, 5);
  EXPECT_EQ(b.report.table2.normative[1][2].value, 9);
  EXPECT_TRUE(Rules(b.report).empty());
  EXPECT_TRUE(b.notes.empty()) << AllNotes(b);
}

TEST(TolerantReading, ARulesRowLeftOutIsNotThreeBlanks) {
  TextReportOptions o;
  o.rules_label = "";
  const AssembledReport a = Read(o);
  EXPECT_FALSE(a.report.table2.rules_row);
  EXPECT_TRUE(Rules(a.report).empty());
  EXPECT_TRUE(HasNote(a, "表二没有“规章”行"));
}

TEST(TolerantReading, Table3LabelsWithACharacterWrongOrMissing) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string& label, const std::string& values) {
    if (row == 5) return "2.其他法律行政止公开\t" + values;
    if (row == 6) return "3.危及“三安全稳定”\t" + values;
    if (row == 14) return "3.补正后申请内容仍不明确的\t" + values;
    return label + "\t" + values;
  };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(Rules(a.report).empty());
  EXPECT_TRUE(HasNote(a, "“2.其他法律行政止公开”一行与格式栏目“2.其他法律行政法规禁止公开”")) << AllNotes(a);
  EXPECT_TRUE(HasNote(a, "“3.危及“三安全稳定””一行")) << AllNotes(a);
}

TEST(TolerantReading, UnknownLabelsWithNumbersAreNotedNotPlaced) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string& label, const std::string& values) {
    std::string line = label + "\t" + values;
    if (row == 0) line += "\n其中：网上申请\t8\t2\t0\t0\t0\t0\t10";
    return line;
  };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(HasNote(a, "“其中：网上申请”一行含有数字，但不是年度报告格式中的栏目")) << AllNotes(a);
}

TEST(TolerantReading, LostLabelsArePlacedByOrder) {
  TextReportOptions o;
  o.t3_row = [](int, const std::string&, const std::string& values) { return values; };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(Rules(a.report).empty());
  EXPECT_TRUE(HasNote(a, "已按格式规定的顺序读作")) << AllNotes(a);
  EXPECT_TRUE(HasNote(a, "表内勾稽关系与此相符")) << AllNotes(a);
}

TEST(TolerantReading, SomeLostLabelsBetweenLabelledRows) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string& label, const std::string& values) {
    return row >= 4 && row <= 11 ? values : label + "\t" + values;  // the 不予公开 items
  };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(Rules(a.report).empty());
}

TEST(TolerantReading, AnAmbiguousRunIsNotPlaced) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string&, const std::string& values) {
    return row == 8 ? std::string("（第9行缺失）") : values;  // a row fewer than the format's 25
  };
  const AssembledReport a = Read(o);
  // No value may land in a wrong row: the run stays unplaced.
  for (int row = 0; row < report::kT3Rows; ++row) {
    EXPECT_TRUE(a.report.table3.cells[row][0].blank()) << row;
  }
  EXPECT_TRUE(HasNote(a, "行数不符，无法确定各行对应的栏目")) << AllNotes(a);
  EXPECT_TRUE(Rules(a.report).count("H1"));
}

TEST(TolerantReading, ARunWithARowMissingIsNotPlaced) {
  // 1.本机关不掌握… (2, 1) not printed: the rows around it could be shifted
  // anywhere among the items, so none is placed.
  TextReportOptions o;
  o.t3_row = [](int row, const std::string&, const std::string& values) {
    return row == 12 ? std::string() : values;
  };
  const AssembledReport a = Read(o);
  for (int row = 0; row < report::kT3Rows; ++row) EXPECT_TRUE(a.report.table3.cells[row][6].blank());
  EXPECT_TRUE(HasNote(a, "有24行数字没有栏目名称，而这里缺少的栏目有25个")) << AllNotes(a);
}

TEST(TolerantReading, PlacedByOrderSaysWhenTheSumsDisagree) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string&, const std::string& values) {
    return row == 2 ? std::string("9\t1\t0\t0\t0\t0\t10") : values;  // H3 broken
  };
  const AssembledReport a = Read(o);
  EXPECT_EQ(a.report.table3.cells[2][0].value, 9);
  EXPECT_TRUE(HasNote(a, "表内勾稽关系不成立")) << AllNotes(a);
  EXPECT_TRUE(Rules(a.report).count("H3"));
}

TEST(TolerantReading, LabelAndValuesInSeparateFragments) {
  TextReportOptions o;
  o.t3_row = [](int, const std::string& label, const std::string& values) {
    return label + "\n" + values;
  };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(Rules(a.report).empty());
}

TEST(TolerantReading, ALabelWrappedPastItsRow) {
  // PDF tables: R04's long label wraps into R03's label cell, R04's numbers
  // come as a row without a label.
  TextReportOptions o;
  o.t3_row = [](int row, const std::string& label, const std::string& values) {
    if (row == 2) return "三、（一）予以公开本年（二）部分公开（区分处理的，只计这一情度办形，不计其他情形）\t" + values;
    if (row == 3) return values;
    return label + "\t" + values;
  };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(Rules(a.report).empty());
  EXPECT_TRUE(HasNote(a, "一格中含有2行的栏目名称")) << AllNotes(a);
}

TEST(TolerantReading, ASubtotalRowThatSaysSo) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string& label, const std::string& values) {
    std::string line = label + "\t" + values;
    if (row == 4) line = "（三）不予公开小计\t1\t0\t0\t0\t0\t0\t1\n" + line;  // the items sum to (1, 1)
    return line;
  };
  const AssembledReport a = Read(o);
  ASSERT_EQ(a.report.table3.subtotals.size(), 1u);
  EXPECT_TRUE(Rules(a.report).count("H6"));
}

TEST(TolerantReading, CellsRunTogether) {
  TextReportOptions o;
  o.t3_row = [](int row, const std::string& label, const std::string& values) {
    const std::string first = std::to_string(kT3Figures[row][0]);
    const std::string rest = values.substr(values.find('\t') + 1);
    if (row == 2) return label + first + "\t" + rest;  // （一）予以公开3
    if (row == 3) {
      std::string spaced = values;
      for (char& c : spaced) c = c == '\t' ? ' ' : c;
      return label + "\t" + spaced;  // all seven numbers in one cell
    }
    return label + "\t" + values;
  };
  const AssembledReport a = Read(o);
  ExpectTable3AsWritten(a.report);
  EXPECT_TRUE(Rules(a.report).empty());
}

TEST(TolerantReading, TitleBehindPortalLines) {
  TextReportOptions o;
  o.front = "首页 > 政务公开 > 政府信息公开年报\n示例县人民政府门户网站\n"
            "发布日期：2025-01-18 来源：示例县政务公开办\n"
            "示例县人民政府2024年政府信息公开工作年度报告\n"
            "本报告统计期限自2024年1月1日至2024年12月31日。\n";
  const AssembledReport a = Read(o);
  EXPECT_EQ(a.report.year, 2024);
  EXPECT_EQ(a.report.agency, "示例县人民政府");
  EXPECT_EQ(a.report.preamble.size(), 1u);
  EXPECT_TRUE(Rules(a.report).empty());
}

TEST(TolerantReading, TitleFromTheDocumentsHints) {
  TextReportOptions o;
  o.front = "本报告统计期限自2024年1月1日至2024年12月31日。\n";
  Document doc = ReadTextDocument(TextReport(o));
  doc.title_hints.push_back({"网页标题（<title>）", "示例县人民政府2024年政府信息公开工作年度报告_示例县人民政府网"});
  const AssembledReport a = AssembleReport(doc);
  EXPECT_EQ(a.report.year, 2024);
  EXPECT_EQ(a.report.agency, "示例县人民政府");
  EXPECT_EQ(a.report.title, "示例县人民政府2024年政府信息公开工作年度报告");
  EXPECT_TRUE(HasNote(a, "网页标题"));
}

TEST(TolerantReading, NoYearAnywhereSaysWhereItLooked) {
  TextReportOptions o;
  o.front = "政府信息公开工作年度报告\n";
  Document doc = ReadTextDocument(TextReport(o));
  doc.title_hints.push_back({"文件名", "年报"});
  const AssembledReport a = AssembleReport(doc);
  EXPECT_EQ(a.report.year, 0);
  EXPECT_TRUE(HasNote(a, "已查看：正文开头的1行、文件名“年报”")) << AllNotes(a);
}

TEST(TolerantReading, PeriodPhrasings) {
  for (const char* sentence :
       {"统计期限自2024年1月1日起至2024年12月31日止。", "本报告统计期限为2024年1月1日至12月31日。",
        "统计周期为2024年1月1日至2024年12月31日。", "统计时段为2024年1月1日—2024年12月31日。",
        "数据统计时间：2024年1月1日到2024年12月31日。"}) {
    TextReportOptions o;
    o.front = std::string("示例县人民政府2024年政府信息公开工作年度报告\n") + sentence + "\n";
    const AssembledReport a = Read(o);
    ASSERT_TRUE(a.report.period_start && a.report.period_end) << sentence;
    EXPECT_EQ(a.report.period_start->ToString(), "2024-01-01") << sentence;
    EXPECT_EQ(a.report.period_end->ToString(), "2024-12-31") << sentence;
  }
  TextReportOptions none;
  none.front = "示例县人民政府2024年政府信息公开工作年度报告\n本报告于2025年1月发布。\n";
  EXPECT_TRUE(Rules(Read(none).report).count("S4"));
}

}  // namespace
}  // namespace gongkai::formats

namespace gongkai::formats {
namespace {

// Every reader hands the title it finds outside the body to the assembler:
// the project's own writers put it in each of those places.
TEST(TitleHints, EveryFormatsOwnTitlePlace) {
  const report::AnnualReport r = report::MakeSampleReport(7);
  const std::string title = ReportTitle(r);
  for (OutputFormat f : {OutputFormat::kHtml, OutputFormat::kDocx, OutputFormat::kPdf}) {
    const Result<std::string> bytes = WriteReport(r, f);
    ASSERT_TRUE(bytes.ok());
    Result<Document> doc = f == OutputFormat::kHtml   ? Result<Document>(ReadHtmlDocument(*bytes))
                           : f == OutputFormat::kDocx ? ReadDocxDocument(*bytes)
                                                      : ReadPdfDocument(*bytes);
    ASSERT_TRUE(doc.ok()) << OutputExtension(f);
    ASSERT_FALSE(doc->title_hints.empty()) << OutputExtension(f);
    EXPECT_EQ(doc->title_hints[0].text, title) << OutputExtension(f);
  }
}

TEST(TitleHints, TheFileNameIsTheLastPlace) {
  TextReportOptions o;
  o.front = "本报告统计期限为2024年1月1日至12月31日。\n";
  const Result<ReadResult> read =
      ReadReport(TextReport(o), "/归档/某某县人民政府2024年政府信息公开工作年度报告.txt");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->report.year, 2024);
  EXPECT_EQ(read->report.agency, "某某县人民政府");
  bool noted = false;
  for (const auto& n : read->notes) noted = noted || n.message.find("已按文件名") != std::string::npos;
  EXPECT_TRUE(noted);
  EXPECT_TRUE(Rules(read->report).empty());
}

TEST(TitleHints, ABodyTitleWithoutAgencyTakesItFromAHint) {
  TextReportOptions o;
  o.front = "2024年政府信息公开工作年度报告\n本报告统计期限为2024年1月1日至12月31日。\n";
  const Result<ReadResult> read = ReadReport(TextReport(o), "示例镇人民政府2024年年报.txt");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->report.agency, "示例镇人民政府");
  EXPECT_EQ(read->report.title, "示例镇人民政府2024年政府信息公开工作年度报告");
}

TEST(TitleHints, NavigationLinesAreNotTheAgency) {
  TextReportOptions o;
  o.front = "首页\n政务公开\n互动交流\n示例县人民政府2024年政府信息公开工作年度报告\n"
            "本报告统计期限为2024年1月1日至12月31日。\n";
  const AssembledReport a = Read(o);
  EXPECT_EQ(a.report.agency, "示例县人民政府");
  EXPECT_EQ(a.report.preamble.size(), 3u);  // 政务公开, 互动交流 are kept as text
}

}  // namespace
}  // namespace gongkai::formats
