#include "formats/assemble.h"

#include <gtest/gtest.h>

#include "formats/text_reader.h"
#include "report/check.h"

namespace gongkai::formats {
namespace {

using report::kR01;
using report::kR23;
using report::kR24;

AssembledReport FromText(const std::string& text) { return AssembleReport(ReadTextDocument(text)); }

// A small 2021-format report written by hand (figures made up), tables as
// tab-separated rows.
const char* const kReport2021 =
    "示例县人民政府\n2024年政府信息公开工作年度报告\n"
    "本报告统计期限自2024年1月1日至2024年12月31日。\n"
    "一、总体情况\n全年共收到政府信息公开申请3件。政务公开纳入绩效考核，开展社会评议，落实责任追究。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
    "规章\t0\t0\t5\n行政规范性文件\t2\t1\t9\n"
    "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t120\n"
    "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t30\n行政强制\t0\n"
    "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t12.5\n"
    "三、收到和处理政府信息公开申请情况\n"
    "一、本年新收政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t3\n"
    "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
    "三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n"
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1\t0\t0\t0\t0\t1\n";

std::string Remaining2021() {
  std::string rows;
  const char* labels[] = {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                          "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                          "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息",
                          "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                          "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
                          "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
                          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                          "3.其他"};
  for (const char* l : labels) rows += std::string(l) + "\t0\t0\t0\t0\t0\t0\t0\n";
  rows += "（七）总计\t2\t1\t0\t0\t0\t0\t3\n四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n";
  rows += "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
          "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"
          "五、存在的主要问题及改进情况\n上年问题已整改。\n"
          "六、其他需要报告的事项\n本年度未收取信息处理费。\n";
  return rows;
}

TEST(Assemble, Reads2021ReportWithItsFrontMatter) {
  const AssembledReport a = FromText(std::string(kReport2021) + Remaining2021());
  const report::AnnualReport& r = a.report;
  EXPECT_EQ(r.title, "示例县人民政府2024年政府信息公开工作年度报告");
  EXPECT_EQ(r.agency, "示例县人民政府");
  EXPECT_EQ(r.year, 2024);
  EXPECT_EQ(r.agency_kind, report::AgencyKind::kGovernment);
  EXPECT_EQ(r.format, report::FormatVersion::kV2021);
  ASSERT_TRUE(r.period_start && r.period_end);
  EXPECT_EQ(r.period_end->ToString(), "2024-12-31");
  ASSERT_EQ(r.sections.size(), 6u);
  EXPECT_EQ(r.sections[0].paragraphs.size(), 1u);
  EXPECT_EQ(r.table2.normative[1][0].value, 2);
  EXPECT_EQ(r.table2.fees.value->ToString(), "12.5");
  EXPECT_EQ(r.table3.cells[kR01][6].value, 3);
  EXPECT_EQ(r.table3.cells[report::kR04][1].value, 1);
  EXPECT_EQ(r.table3.cells[kR24][6].value, 3);
  EXPECT_TRUE(r.table4.present);
  EXPECT_TRUE(a.notes.empty()) << a.notes[0].message;
  for (const auto& f : report::CheckReport(r, nullptr, {})) ADD_FAILURE() << f.rule << f.message;
}

TEST(Assemble, MissingAndExtraValuesAreNotedAndBlank) {
  const AssembledReport a = FromText(
      "示例县人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
      "一、本年新收政府信息公开申请数量\t2\t1\t0\n"
      "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t9\n");
  const report::AnnualReport& r = a.report;
  EXPECT_TRUE(r.table3.cells[kR01][0].blank());
  EXPECT_EQ(r.table3.cells[kR01][6].value, 0);  // right-aligned: the last three are 2, 1, 0
  EXPECT_EQ(r.table3.cells[kR01][4].value, 2);
  EXPECT_EQ(r.table3.cells[report::kR02][6].value, 9);
  ASSERT_GE(a.notes.size(), 2u);
  EXPECT_NE(a.notes[0].message.find("只有3个数值，应为7个"), std::string::npos);
  EXPECT_NE(a.notes[1].message.find("有8个数值，应为7个"), std::string::npos);
}

TEST(Assemble, Reads2019FormatAndFlagsItForLaterYears) {
  const AssembledReport a = FromText(
      "示例县教育局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
      "第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
      "规章\t0\t0\t0\n规范性文件\t3\t3\t40\n"
      "第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t4\t120.5\n"
      "三、收到和处理政府信息公开申请情况\n"
      "（六）其他处理\t1\t0\t0\t0\t0\t0\t1\n");
  const report::AnnualReport& r = a.report;
  EXPECT_EQ(r.format, report::FormatVersion::kV2019);
  EXPECT_TRUE(r.table3.single_other_row);
  EXPECT_EQ(r.table3.cells[kR23][6].value, 1);
  EXPECT_FALSE(r.table2.present);
  ASSERT_EQ(r.table2_extra_rows.size(), 3u);
  EXPECT_EQ(r.table2_extra_rows[2].label, "政府集中采购");
  const auto f = report::CheckReport(r, nullptr, {});
  bool h8 = false;
  for (const auto& x : f) h8 = h8 || x.rule == "H8";
  EXPECT_TRUE(h8);
}

TEST(Assemble, SubtotalRowsAreKeptForH6) {
  const AssembledReport a = FromText(
      "三、收到和处理政府信息公开申请情况\n（三）不予公开\t1\t0\t0\t0\t0\t0\t1\n"
      "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1\n");
  ASSERT_EQ(a.report.table3.subtotals.size(), 1u);
  EXPECT_EQ(a.report.table3.subtotals[0].group, report::T3Group::kWithheld);
  EXPECT_EQ(a.report.table3.cells[report::kR05][0].value, 1);
}

TEST(Assemble, HeadingStylesAndExtraSections) {
  const AssembledReport a = FromText(
      "1、总体情况\n（二）依申请公开情况。\n二、主动公开政府信息情况\n第三部分 收到和处理政府信息公开申请情况\n"
      "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n七、附件\n");
  const auto& s = a.report.sections;
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0].number, 1);
  EXPECT_EQ(s[0].numbering, report::HeadingNumbering::kArabic);
  EXPECT_EQ(s[0].paragraphs.size(), 1u);  // （二）依申请公开情况 is a sub-item
  EXPECT_EQ(s[2].number, 3);
  EXPECT_EQ(s[3].number, 4);
  EXPECT_EQ(s[3].title, "因政府信息公开工作被申请行政复议和提起行政诉讼情况");
  EXPECT_EQ(s[4].number, 0);  // 七、 is not one of the six
}

TEST(Assemble, EmptyDocumentHasNotes) {
  const AssembledReport a = AssembleReport(Document{});
  EXPECT_TRUE(a.report.sections.empty());
  EXPECT_FALSE(a.notes.empty());
}

}  // namespace
}  // namespace gongkai::formats
