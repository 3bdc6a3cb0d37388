#include "report/check.h"

#include <gtest/gtest.h>

#include <random>

#include "report/sample_report.h"

namespace gongkai::report {
namespace {

std::vector<std::string> Rules(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.rule);
  return out;
}

bool Has(const std::vector<Finding>& fs, const std::string& rule, const std::string& row,
         const std::string& column) {
  for (const Finding& f : fs) {
    if (f.rule == rule && (row.empty() || f.where.row == row) &&
        (column.empty() || f.where.column == column)) {
      return true;
    }
  }
  return false;
}

TEST(CheckReport, ConsistentSamplesHaveNoFindings) {
  for (uint64_t seed = 1; seed <= 200; ++seed) {
    const AnnualReport r = MakeSampleReport(seed);
    const std::vector<Finding> f = CheckReport(r, nullptr, {});
    ASSERT_TRUE(f.empty()) << "seed " << seed << ": " << f.front().rule << " " << f.front().message;
  }
}

// Property: changing any one Table 3 cell makes exactly the rules that cover
// that cell fire, at that cell's row or column.
TEST(CheckReport, OneChangedTable3CellFiresTheRightRules) {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    AnnualReport r = MakeSampleReport(rng());
    const int row = static_cast<int>(rng() % kT3Rows);
    const int col = static_cast<int>(rng() % kT3Columns);
    CountCell& cell = r.table3.cells[row][col];
    cell = CountCell::Of(*cell.value + 1 + static_cast<int64_t>(rng() % 5));
    const std::vector<Finding> f = CheckReport(r, nullptr, {});
    const std::string row_label(kT3RowSpecs[row].label);
    const std::string col_label(kT3ColumnLabels[col]);
    SCOPED_TRACE("row " + row_label + " column " + col_label);
    // H2: the row's total no longer matches.
    EXPECT_TRUE(Has(f, "H2", row_label, "总计"));
    // H3: outcome rows and （七）总计 are tied per column.
    const bool outcome = row >= kR03 && row <= kR24;
    EXPECT_EQ(outcome, Has(f, "H3", "", col_label));
    // H4: 一, 二, （七）, 四 are tied per column.
    const bool balance = row == kR01 || row == kR02 || row == kR24 || row == kR25;
    EXPECT_EQ(balance, Has(f, "H4", "", col_label));
    // S2: the narrative quotes the 总计 of 一, 二, （七） and 四.
    const bool quoted = col == kT3Columns - 1 && balance;
    EXPECT_EQ(quoted, Has(f, "S2", "", ""));
    for (const Finding& x : f) {
      if (x.rule == "S2") continue;
      EXPECT_EQ(x.severity, Severity::kError) << x.rule << " " << x.message;
      if (x.rule == "H3" || x.rule == "H4") {
        EXPECT_EQ(x.where.column, col_label);
      }
      EXPECT_TRUE(x.rule == "H2" || x.rule == "H3" || x.rule == "H4") << x.rule;
    }
  }
}

TEST(CheckReport, BlankCellIsH1AtItsPlace) {
  AnnualReport r = MakeSampleReport(3);
  r.table3.cells[kR24][0] = CountCell{};
  r.table3.cells[kR24][0].src = {334, 0};
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].rule, "H1");
  EXPECT_EQ(f[0].where.row, "（七）总计");
  EXPECT_EQ(f[0].where.column, "自然人");
  EXPECT_EQ(f[0].where.src.line, 334);
  EXPECT_NE(f[0].message.find("空白不等于零"), std::string::npos);
}

TEST(CheckReport, NonNumericCellIsH1WithItsText) {
  AnnualReport r = MakeSampleReport(4);
  r.table2.licensing = CountCell{std::nullopt, "约八千", {}};
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_TRUE(Has(f, "H1", "行政许可", "本年处理决定数量"));
  EXPECT_NE(f[0].message.find("约八千"), std::string::npos);
}

TEST(CheckReport, MissingTablesAreOneFindingEach) {
  AnnualReport r = MakeSampleReport(5);
  r.table3 = Table3{};
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  EXPECT_EQ(Rules(f), std::vector<std::string>{"H1"});
}

TEST(CheckReport, Table4BlockTotals) {
  AnnualReport r = MakeSampleReport(6);
  r.table4.at(1, 2) = CountCell::Of(*r.table4.at(1, 2).value + 2);
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_EQ(Rules(f), std::vector<std::string>{"H5"});
  EXPECT_EQ(f[0].where.row, "未经复议直接起诉");
}

TEST(CheckReport, SubtotalRowsAreChecked) {
  AnnualReport r = MakeSampleReport(8);
  T3Subtotal s;
  s.group = T3Group::kCannotProvide;
  for (int c = 0; c < kT3Columns; ++c) {
    int64_t sum = 0;
    for (int row = 12; row <= 14; ++row) sum += *r.table3.cells[row][c].value;
    s.cells[c] = CountCell::Of(sum);
  }
  r.table3.subtotals.push_back(s);
  EXPECT_TRUE(CheckReport(r, nullptr, {}).empty());
  r.table3.subtotals[0].cells[2] = CountCell::Of(*s.cells[2].value + 1);
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_EQ(Rules(f), std::vector<std::string>{"H6"});
  EXPECT_EQ(f[0].where.row, "（四）无法提供");
  EXPECT_EQ(f[0].where.column, "科研机构");
}

TEST(CheckReport, SectionsMissingDuplicatedOrOutOfOrder) {
  AnnualReport r = MakeSampleReport(9);
  r.sections.erase(r.sections.begin() + 5);  // 六
  std::swap(r.sections[1], r.sections[2]);
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  int h7 = 0;
  for (const Finding& x : f) h7 += x.rule == "H7";
  EXPECT_EQ(h7, 2);  // 二 after 三, and 六 missing
  EXPECT_TRUE(Has(f, "H7", "", ""));
}

TEST(CheckReport, OldTemplateForNewYearIsH8) {
  AnnualReport r = MakeSampleReport(10);
  r.format = FormatVersion::kV2019;
  EXPECT_EQ(Rules(CheckReport(r, nullptr, {})), std::vector<std::string>{"H8"});
  r.year = 2020;
  r.title.clear();
  EXPECT_TRUE(Rules(CheckReport(r, nullptr, {})).empty() ||
              Rules(CheckReport(r, nullptr, {})) == std::vector<std::string>{"S4"});
  r.format = FormatVersion::kHybrid;
  EXPECT_TRUE(Has(CheckReport(r, nullptr, {}), "H8", "", ""));
}

TEST(CheckReport, CrossYearCarryOverAndStock) {
  const AnnualReport before = MakeSampleReport(11, {.year = 2024});
  AnnualReport now = MakeSampleReport(12, {.year = 2025});
  // Make 二 equal last year's 四 in every column, keeping 一+二 = （七）+四 by
  // moving the difference into 一; the narrative no longer quotes 一/二.
  for (int c = 0; c < kT3Columns; ++c) {
    now.table3.cells[kR02][c] = before.table3.cells[kR25][c];
    now.table3.cells[kR01][c] =
        CountCell::Of(*now.table3.cells[kR24][c].value + *now.table3.cells[kR25][c].value -
                      *now.table3.cells[kR02][c].value);
    ASSERT_GE(*now.table3.cells[kR01][c].value, 0);
  }
  now.sections[0].paragraphs.erase(now.sections[0].paragraphs.begin() + 2);
  for (int i = 0; i < 2; ++i) {
    auto& row = now.table2.normative[i];
    row[2] = CountCell::Of(*before.table2.normative[i][2].value + *row[0].value - *row[1].value);
  }
  ASSERT_TRUE(CheckReport(now, &before, {}).empty());
  for (int c : {0, 6}) {
    now.table3.cells[kR02][c] = CountCell::Of(*now.table3.cells[kR02][c].value + 1);
    now.table3.cells[kR25][c] = CountCell::Of(*now.table3.cells[kR25][c].value + 1);
  }
  now.table2.normative[1][2] = CountCell::Of(*now.table2.normative[1][2].value + 3);
  const std::vector<Finding> f = CheckReport(now, &before, {});
  EXPECT_EQ(Rules(f), (std::vector<std::string>{"X1", "X1", "X2"}));
  EXPECT_TRUE(Has(f, "X1", "二、上年结转政府信息公开申请数量", "自然人"));
  EXPECT_TRUE(Has(f, "X1", "二、上年结转政府信息公开申请数量", "总计"));
  EXPECT_TRUE(Has(f, "X2", "行政规范性文件", "现行有效件数"));
  EXPECT_EQ(f[2].severity, Severity::kWarning);
}

TEST(CheckReport, StockBelowIssuedMinusRepealedIsS1) {
  AnnualReport r = MakeSampleReport(13);
  r.table2.normative[1] = {CountCell::Of(4), CountCell::Of(1), CountCell::Of(2)};
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_EQ(Rules(f), std::vector<std::string>{"S1"});
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  EXPECT_EQ(f[0].values.back().second, "-1");
}

TEST(CheckReport, NarrativeFigureDifferentFromTableIsS2) {
  AnnualReport r = MakeSampleReport(14);
  r.sections[0].paragraphs.push_back({"全年共收到政府信息公开申请11件。", {77, 0}});
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_EQ(Rules(f), std::vector<std::string>{"S2"});
  EXPECT_EQ(f[0].where.src.line, 77);
  EXPECT_EQ(f[0].values[0].second, "11");
}

TEST(CheckReport, FeesS3) {
  AnnualReport r = MakeSampleReport(15);
  r.sections[5].paragraphs = {{"本年度无其他需要报告的事项。", {}}};
  EXPECT_EQ(Rules(CheckReport(r, nullptr, {})), std::vector<std::string>{"S3"});
  // Move two applications of 自然人 from R23 to R22 (逾期未缴纳费用): the sample
  // must have them, or the test would check a report with negative counts.
  ASSERT_TRUE(r.table3.cells[kR22][0].value && r.table3.cells[kR22][6].value);
  ASSERT_GE(r.table3.cells[kR23][0].value.value_or(0), 2);
  ASSERT_GE(r.table3.cells[kR23][6].value.value_or(0), 2);
  r.table3.cells[kR22][0] = CountCell::Of(*r.table3.cells[kR22][0].value + 2);
  r.table3.cells[kR22][6] = CountCell::Of(*r.table3.cells[kR22][6].value + 2);
  r.table3.cells[kR23][0] = CountCell::Of(*r.table3.cells[kR23][0].value - 2);
  r.table3.cells[kR23][6] = CountCell::Of(*r.table3.cells[kR23][6].value - 2);
  r.sections[5].paragraphs = {{"本年度没有收取信息处理费。", {}}};
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_EQ(Rules(f), std::vector<std::string>{"S3"});
  EXPECT_NE(f[0].message.find("收费通知"), std::string::npos);
}

TEST(CheckReport, PeriodAndTitleYearS4) {
  AnnualReport r = MakeSampleReport(16);
  r.period_end = CivilDate{2025, 11, 30};
  EXPECT_EQ(Rules(CheckReport(r, nullptr, {})), std::vector<std::string>{"S4"});
  r.period_start.reset();
  EXPECT_EQ(Rules(CheckReport(r, nullptr, {})), std::vector<std::string>{"S4"});
}

TEST(CheckReport, GovernmentContentS5OnlyForGovernments) {
  AnnualReport r = MakeSampleReport(17);
  r.sections[0].paragraphs.pop_back();  // the 考核/评议/追究 paragraph
  r.sections[4].paragraphs = {{"存在的问题是解读形式单一。", {}}};
  EXPECT_EQ(Rules(CheckReport(r, nullptr, {})), (std::vector<std::string>{"S5", "S5"}));
  r.agency = "青山市财政局";
  r.agency_kind = AgencyKind::kDepartment;
  EXPECT_TRUE(CheckReport(r, nullptr, {}).empty());
  r.agency_kind = AgencyKind::kGovernment;
  CheckOptions off;
  off.require_government_content = false;
  EXPECT_TRUE(CheckReport(r, nullptr, off).empty());
}

TEST(CheckReport, LatePublicationS6UsesTheSettings) {
  AnnualReport r = MakeSampleReport(18);
  CheckOptions o;
  o.published_on = CivilDate{2026, 3, 31};
  EXPECT_TRUE(CheckReport(r, nullptr, o).empty());
  o.published_on = CivilDate{2026, 4, 1};
  EXPECT_EQ(Rules(CheckReport(r, nullptr, o)), std::vector<std::string>{"S6"});
  r.agency_kind = AgencyKind::kDepartment;
  o.published_on = CivilDate{2026, 2, 1};
  EXPECT_EQ(Rules(CheckReport(r, nullptr, o)), std::vector<std::string>{"S6"});
  o.department_deadline_month = 2;
  o.department_deadline_day = 10;
  EXPECT_TRUE(CheckReport(r, nullptr, o).empty());
}

TEST(CheckReport, CopiedReportS7) {
  const AnnualReport before = MakeSampleReport(19, {.year = 2024});
  AnnualReport now = before;
  now.year = 2025;
  now.title = "青山市人民政府2025年政府信息公开工作年度报告";
  now.period_start = CivilDate{2025, 1, 1};
  now.period_end = CivilDate{2025, 12, 31};
  const std::vector<Finding> f = CheckReport(now, &before, {});
  bool s7 = false;
  for (const Finding& x : f) s7 = s7 || x.rule == "S7";
  EXPECT_TRUE(s7);
}

TEST(CheckReport, SuitsAfterReviewAboveReviewsS8) {
  AnnualReport r = MakeSampleReport(20);
  for (int c = 0; c < 5; ++c) r.table4.at(0, c) = CountCell::Of(0);
  r.table4.at(2, 0) = CountCell::Of(r.table4.at(2, 0).or_zero() + 3);
  r.table4.at(2, 4) = CountCell::Of(r.table4.at(2, 4).or_zero() + 3);
  r.sections[3].paragraphs.clear();
  EXPECT_EQ(Rules(CheckReport(r, nullptr, {})), std::vector<std::string>{"S8"});
}

TEST(CheckReport, HeadingStyleS9) {
  AnnualReport r = MakeSampleReport(21);
  r.sections[4].numbering = HeadingNumbering::kArabic;
  r.sections[4].heading = "5、存在的主要问题及改进情况";
  r.sections[3].title = "因政府信息公开工作被申请行政复议和提起行政诉讼情况";
  const std::vector<Finding> f = CheckReport(r, nullptr, {});
  ASSERT_EQ(Rules(f), (std::vector<std::string>{"S9", "S9"}));
  EXPECT_NE(f[1].message.find("编号应为“五、”"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::report
