// The annual report (政府信息公开工作年度报告) as data: what a reader fills in
// from a published document, what the engine computes from records, and what
// every writer renders. Plain values, no behaviour beyond small accessors.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/decimal.h"
#include "report/labels.h"

namespace gongkai::report {

// Where something was read from: 1-based line and page of the source
// document; 0 means unknown (e.g. a report built from records).
struct SourceRef {
  int line = 0;
  int page = 0;
  bool operator==(const SourceRef&) const = default;
};

// A cell holding a count (件, 个). `value` is empty when the cell is blank or
// does not hold a non-negative integer; `raw` then keeps what was written.
struct CountCell {
  std::optional<int64_t> value;
  std::string raw;
  SourceRef src;

  static CountCell Of(int64_t v) { return CountCell{v, std::to_string(v), {}}; }
  bool blank() const { return !value.has_value(); }
  int64_t or_zero() const { return value.value_or(0); }
};

// A cell holding an amount in 万元 (Table 2, 第二十条第（八）项).
struct AmountCell {
  std::optional<Decimal> value;
  std::string raw;
  SourceRef src;

  static AmountCell Of(Decimal v) { return AmountCell{v, v.ToString(), {}}; }
  bool blank() const { return !value.has_value(); }
};

// Which national format the report follows (format §7).
enum class FormatVersion {
  kUnknown,        // no table labels recognised
  kV2019,          // 国办公开办函〔2019〕60号 试行 format (reports for 2019, 2020)
  kV2021,          // 国办公开办函〔2021〕30号 (reports for 2021 onward)
  kHybrid,         // labels of both formats
  kLegacyPre2019,  // free-form reports under the 2008 条例
};

// How a section heading is numbered (S9 looks at this).
enum class HeadingNumbering {
  kChinese,       // 一、
  kArabic,        // 1、 or 1.
  kParenthesised, // （一） or (1)
  kNone,          // title only
};

struct Paragraph {
  std::string text;
  SourceRef src;
};

struct Section {
  int number = 0;            // 1 … 6: which official section this is
  std::string heading;       // the heading line as written
  std::string title;         // the title part of the heading as written
  HeadingNumbering numbering = HeadingNumbering::kChinese;
  SourceRef src;
  std::vector<Paragraph> paragraphs;  // narrative, without the tables

  // The narrative as one string, paragraphs separated by '\n'.
  std::string Text() const;
};

// Table 2, 2021 layout.
struct Table2 {
  bool present = false;
  // [0] 规章, [1] 行政规范性文件 × [0] 本年制发件数, [1] 本年废止件数, [2] 现行有效件数
  std::array<std::array<CountCell, 3>, 2> normative;
  CountCell licensing;    // 行政许可 本年处理决定数量
  CountCell punishment;   // 行政处罚
  CountCell enforcement;  // 行政强制
  AmountCell fees;        // 行政事业性收费 本年收费金额（单位：万元）
  // False when the report prints no 规章 row at all, as bodies without the
  // power to make 规章 often do: its cells are then not blanks (no H1), the
  // reader notes the omission, and writers leave the row out.
  bool rules_row = true;
};

// A row of a 2019-format Table 2 (or any row the 2021 layout does not have),
// kept as read so that H1 and H8 can speak about it.
struct ExtraTableRow {
  std::string block;   // e.g. 第二十条第（九）项
  std::string label;   // e.g. 政府集中采购
  std::vector<std::string> columns;
  std::vector<CountCell> cells;  // amounts are kept as raw text in `raw`
  SourceRef src;
};

// A group subtotal row that some reports add to Table 3 (H6).
struct T3Subtotal {
  T3Group group = T3Group::kNone;
  std::array<CountCell, kT3Columns> cells;
  SourceRef src;
};

struct Table3 {
  bool present = false;
  // cells[row][column]: rows R01 … R25 (labels.h), columns 自然人 … 总计.
  std::array<std::array<CountCell, kT3Columns>, kT3Rows> cells;
  std::vector<T3Subtotal> subtotals;
  // True for the 2019 layout: a single （六）其他处理 row, kept in R23, and no
  // R21/R22 (their cells stay blank and are not reported as blank).
  bool single_other_row = false;
};

struct Table4 {
  bool present = false;
  // 行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
  std::array<CountCell, kT4Cells> cells;
  const CountCell& at(int block, int column) const { return cells[block * 5 + column]; }
  CountCell& at(int block, int column) { return cells[block * 5 + column]; }
};

// Whether the body is a people's government (whose reports owe more, 第五十条)
// or one of its departments; decides S5 and the S6 deadline.
enum class AgencyKind { kUnknown, kGovernment, kDepartment };

struct AnnualReport {
  std::string title;       // as written, joined into one line
  std::string agency;      // 喀什市人民政府
  int year = 0;            // the reported (statistical) year
  AgencyKind agency_kind = AgencyKind::kUnknown;
  FormatVersion format = FormatVersion::kUnknown;
  std::vector<Paragraph> preamble;  // text between the title and section 一
  std::optional<CivilDate> period_start;  // 统计期限 as stated, if stated
  std::optional<CivilDate> period_end;
  std::optional<CivilDate> published_on;  // from metadata or the caller
  std::vector<Section> sections;          // in document order
  Table2 table2;
  std::vector<ExtraTableRow> table2_extra_rows;
  Table3 table3;
  Table4 table4;

  // The section with this official number, or nullptr.
  const Section* FindSection(int number) const;
};

// Calls f(paragraph, section number) for every narrative paragraph in
// document order: the preamble as section 0, then each section's.
template <typename F>
void ForEachParagraph(const AnnualReport& r, F&& f) {
  for (const Paragraph& p : r.preamble) f(p, 0);
  for (const Section& s : r.sections) {
    for (const Paragraph& p : s.paragraphs) f(p, s.number);
  }
}

// Classifies an agency name: …人民政府 / …政府 (not …政府办公室) are governments.
AgencyKind ClassifyAgency(const std::string& agency);

const char* FormatVersionName(FormatVersion v);  // "2021", "2019", "hybrid", …

}  // namespace gongkai::report
