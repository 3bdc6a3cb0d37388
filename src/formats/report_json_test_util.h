// Internal to the interchange JSON tests: a report with every kind of
// content, field-by-field comparison, and reading it back after an edit.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "formats/report_json.h"

namespace gongkai::formats::testing {

using namespace gongkai::report;

// A report with every kind of content, made-up figures.
inline AnnualReport MakeReport() {
  AnnualReport r;
  r.title = "某某市人民政府2025年政府信息公开工作年度报告";
  r.agency = "某某市人民政府";
  r.year = 2025;
  r.agency_kind = AgencyKind::kGovernment;
  r.format = FormatVersion::kV2021;
  r.preamble = {{"本报告依据《中华人民共和国政府信息公开条例》编制。", {2, 1}},
                {"统计期限自2025年1月1日起至2025年12月31日止。", {}}};
  r.period_start = CivilDate{2025, 1, 1};
  r.period_end = CivilDate{2025, 12, 31};
  r.published_on = CivilDate{2026, 3, 20};
  for (int n = 1; n <= 6; ++n) {
    Section s;
    s.number = n;
    s.title = std::string(kSectionTitles[n - 1]);
    s.heading = (n == 5 ? "5、" : "") + s.title;
    s.numbering = n == 5 ? HeadingNumbering::kArabic : HeadingNumbering::kChinese;
    s.src = {10 * n, n};
    s.paragraphs = {
        {"第" + std::to_string(n) + "部分的正文，含“引号”和\\反斜杠。", {10 * n + 1, n}},
        {"第二段。", {}}};
    r.sections.push_back(s);
  }
  r.sections[5].paragraphs.clear();
  Table2& t2 = r.table2;
  t2.present = true;
  t2.normative[0] = {CountCell::Of(2), CountCell::Of(0), CountCell::Of(13)};
  t2.normative[1] = {CountCell::Of(7), CountCell::Of(3), CountCell{}};
  t2.normative[1][2].raw = "—";  // a blank cell with what was printed
  t2.normative[1][2].src = {40, 3};
  t2.licensing = CountCell::Of(123456);
  t2.punishment = CountCell{1234, "1,234", {41, 3}};
  t2.enforcement = CountCell::Of(56);
  t2.fees = AmountCell::Of(Decimal(1234560, 2));  // "12345.60": the trailing zero stays
  Table3& t3 = r.table3;
  t3.present = true;
  for (int row = 0; row < kT3Rows; ++row) {
    for (int col = 0; col < kT3Columns; ++col) t3.cells[row][col] = CountCell::Of(row * 10 + col);
  }
  t3.cells[kR24][0] = CountCell{};  // blank
  t3.cells[kR25][6] = CountCell{std::nullopt, "abc", {60, 4}};
  T3Subtotal sub;
  sub.group = T3Group::kWithheld;
  for (int col = 0; col < kT3Columns; ++col) sub.cells[col] = CountCell::Of(col);
  sub.src = {55, 4};
  t3.subtotals.push_back(sub);
  Table4& t4 = r.table4;
  t4.present = true;
  for (int i = 0; i < kT4Cells; ++i) t4.cells[i] = CountCell::Of(i);
  t4.at(2, 4) = CountCell{};
  ExtraTableRow extra;
  extra.block = "第二十条第（九）项";
  extra.label = "政府集中采购";
  extra.columns = {"采购项目数量", "采购总金额"};
  extra.cells = {CountCell::Of(5), CountCell{std::nullopt, "12.5", {}}, CountCell{}};
  extra.src = {70, 5};
  r.table2_extra_rows.push_back(extra);
  return r;
}

inline void ExpectCell(const CountCell& a, const CountCell& b, const std::string& where) {
  EXPECT_EQ(a.value, b.value) << where;
  EXPECT_EQ(a.raw, b.raw) << where;
  EXPECT_EQ(a.src, b.src) << where;
}

inline void ExpectParagraphs(const std::vector<Paragraph>& a, const std::vector<Paragraph>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].text, b[i].text);
    EXPECT_EQ(a[i].src, b[i].src);
  }
}

// Field-by-field equality, raw text and source positions included.
inline void ExpectSameReport(const AnnualReport& a, const AnnualReport& b) {
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.agency, b.agency);
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.agency_kind, b.agency_kind);
  EXPECT_EQ(a.format, b.format);
  ExpectParagraphs(a.preamble, b.preamble);
  EXPECT_EQ(a.period_start, b.period_start);
  EXPECT_EQ(a.period_end, b.period_end);
  EXPECT_EQ(a.published_on, b.published_on);
  ASSERT_EQ(a.sections.size(), b.sections.size());
  for (size_t i = 0; i < a.sections.size(); ++i) {
    EXPECT_EQ(a.sections[i].number, b.sections[i].number);
    EXPECT_EQ(a.sections[i].heading, b.sections[i].heading);
    EXPECT_EQ(a.sections[i].title, b.sections[i].title);
    EXPECT_EQ(a.sections[i].numbering, b.sections[i].numbering);
    EXPECT_EQ(a.sections[i].src, b.sections[i].src);
    ExpectParagraphs(a.sections[i].paragraphs, b.sections[i].paragraphs);
  }
  EXPECT_EQ(a.table2.present, b.table2.present);
  for (int r = 0; r < 2; ++r) {
    for (int c = 0; c < 3; ++c)
      ExpectCell(a.table2.normative[r][c], b.table2.normative[r][c], "t2");
  }
  ExpectCell(a.table2.licensing, b.table2.licensing, "licensing");
  ExpectCell(a.table2.punishment, b.table2.punishment, "punishment");
  ExpectCell(a.table2.enforcement, b.table2.enforcement, "enforcement");
  EXPECT_EQ(a.table2.fees.value, b.table2.fees.value);
  if (a.table2.fees.value && b.table2.fees.value) {
    EXPECT_EQ(a.table2.fees.value->scale(), b.table2.fees.value->scale());
  }
  EXPECT_EQ(a.table2.fees.raw, b.table2.fees.raw);
  EXPECT_EQ(a.table2.fees.src, b.table2.fees.src);
  EXPECT_EQ(a.table3.present, b.table3.present);
  EXPECT_EQ(a.table3.single_other_row, b.table3.single_other_row);
  for (int r = 0; r < kT3Rows; ++r) {
    for (int c = 0; c < kT3Columns; ++c) {
      ExpectCell(a.table3.cells[r][c], b.table3.cells[r][c], std::string(kT3RowSpecs[r].id));
    }
  }
  ASSERT_EQ(a.table3.subtotals.size(), b.table3.subtotals.size());
  for (size_t i = 0; i < a.table3.subtotals.size(); ++i) {
    EXPECT_EQ(a.table3.subtotals[i].group, b.table3.subtotals[i].group);
    EXPECT_EQ(a.table3.subtotals[i].src, b.table3.subtotals[i].src);
    for (int c = 0; c < kT3Columns; ++c) {
      ExpectCell(a.table3.subtotals[i].cells[c], b.table3.subtotals[i].cells[c], "subtotal");
    }
  }
  EXPECT_EQ(a.table4.present, b.table4.present);
  for (int i = 0; i < kT4Cells; ++i) ExpectCell(a.table4.cells[i], b.table4.cells[i], "t4");
  ASSERT_EQ(a.table2_extra_rows.size(), b.table2_extra_rows.size());
  for (size_t i = 0; i < a.table2_extra_rows.size(); ++i) {
    const ExtraTableRow& x = a.table2_extra_rows[i];
    const ExtraTableRow& y = b.table2_extra_rows[i];
    EXPECT_EQ(x.block, y.block);
    EXPECT_EQ(x.label, y.label);
    EXPECT_EQ(x.columns, y.columns);
    EXPECT_EQ(x.src, y.src);
    ASSERT_EQ(x.cells.size(), y.cells.size());
    for (size_t k = 0; k < x.cells.size(); ++k) ExpectCell(x.cells[k], y.cells[k], "extra");
  }
}

// Reads the written MakeReport() with one change made by `edit`.
inline std::string ErrorAfter(void (*edit)(nlohmann::ordered_json&)) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(WriteReportJson(MakeReport()));
  edit(j);
  const Result<AnnualReport> r = ReadReportJson(j.dump(2));
  return r.ok() ? "(accepted)" : r.status().message();
}

}  // namespace gongkai::formats::testing
