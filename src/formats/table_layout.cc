#include "formats/table_layout.h"

#include "core/chinese_number.h"

namespace gongkai::formats {
namespace {

using namespace gongkai::report;

class Builder {
 public:
  explicit Builder(TableLayout& t) : t_(t) {}
  void Header(int row, int col, std::string_view text, int rs = 1, int cs = 1) {
    Add(row, col, std::string(text), rs, cs).header = true;
  }
  void Label(int row, int col, std::string_view text, int rs = 1, int cs = 1) {
    Add(row, col, std::string(text), rs, cs).row_label = true;
  }
  void Value(int row, int col, std::string text, int cs = 1) {
    Add(row, col, std::move(text), 1, cs).value = true;
  }

 private:
  LayoutCell& Add(int row, int col, std::string text, int rs, int cs) {
    t_.cells.push_back(LayoutCell{std::move(text), row, col, rs, cs});
    if (row + rs > t_.rows) t_.rows = row + rs;
    if (col + cs > t_.columns) t_.columns = col + cs;
    return t_.cells.back();
  }
  TableLayout& t_;
};

}  // namespace

std::string CellText(const CountCell& c) {
  if (c.value) return std::to_string(*c.value);
  return "";
}

std::string CellText(const AmountCell& c) {
  if (c.value) return c.value->ToString();
  return "";
}

std::string SectionHeading(int number) {
  if (number < 1 || number > kSectionCount) return "";
  return ChineseNumeral(number) + "、" + std::string(kSectionTitles[number - 1]);
}

TableLayout TableLayoutFor(const AnnualReport& r, int number) {
  switch (number) {
    case 2:
      return Table2Layout(r);
    case 3:
      return Table3Layout(r);
    default:
      return Table4Layout(r);
  }
}

std::string ReportTitle(const AnnualReport& r) {
  if (!r.title.empty()) return r.title;
  return r.agency + std::to_string(r.year) + "年政府信息公开工作年度报告";
}

std::vector<std::vector<int>> TableLayout::Occupancy() const {
  std::vector<std::vector<int>> grid(rows, std::vector<int>(columns, -1));
  for (size_t i = 0; i < cells.size(); ++i) {
    const LayoutCell& c = cells[i];
    for (int r = c.row; r < c.row + c.row_span && r < rows; ++r) {
      for (int k = c.col; k < c.col + c.col_span && k < columns; ++k) grid[r][k] = static_cast<int>(i);
    }
  }
  return grid;
}

TableLayout Table2Layout(const AnnualReport& r) {
  TableLayout t;
  t.caption = SectionHeading(2);
  Builder b(t);
  const Table2& t2 = r.table2;
  int row = 0;
  // 第二十条第（一）项: 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
  b.Header(row++, 0, kT2Block1, 1, 4);
  b.Header(row, 0, kT2ContentHeader);
  for (int c = 0; c < 3; ++c) b.Header(row, c + 1, kT2NormativeColumns[c]);
  ++row;
  for (int i = 0; i < 2; ++i) {
    if (i == 0 && !t2.rules_row) continue;  // a report that prints no 规章 row
    b.Label(row, 0, kT2NormativeRows[i]);
    for (int c = 0; c < 3; ++c) b.Value(row, c + 1, CellText(t2.normative[i][c]));
    ++row;
  }
  // The single-column blocks draw their value across the three value columns.
  const auto single = [&](std::string_view block, std::string_view column,
                          std::initializer_list<std::pair<std::string_view, std::string>> items) {
    b.Header(row++, 0, block, 1, 4);
    b.Header(row, 0, kT2ContentHeader);
    b.Header(row++, 1, column, 1, 3);
    for (const auto& [label, value] : items) {
      b.Label(row, 0, label);
      b.Value(row++, 1, value, 3);
    }
  };
  single(kT2Block5, kT2DecisionColumn, {{kT2Licensing, CellText(t2.licensing)}});
  single(kT2Block6, kT2DecisionColumn,
         {{kT2Punishment, CellText(t2.punishment)}, {kT2Enforcement, CellText(t2.enforcement)}});
  single(kT2Block8, kT2FeeColumn, {{kT2Fees, CellText(t2.fees)}});
  t.header_rows = 0;  // block captions recur inside the table
  return t;
}

TableLayout Table3Layout(const AnnualReport& r) {
  TableLayout t;
  t.caption = SectionHeading(3);
  Builder b(t);
  // Three header rows: caption | 申请人情况 / 自然人 | 法人或其他组织 | 总计 / five organisation types.
  b.Header(0, 0, kT3Caption, 3, 3);
  b.Header(0, 3, kT3ApplicantHeader, 1, 7);
  b.Header(1, 3, kT3ColumnLabels[0], 2, 1);
  b.Header(1, 4, kT3OrganisationHeader, 1, 5);
  b.Header(1, 9, kT3ColumnLabels[6], 2, 1);
  for (int c = 1; c <= 5; ++c) b.Header(2, 3 + c, kT3ColumnLabels[c]);
  t.header_rows = 3;
  const int first = 3;
  const auto values = [&](int row_index) {
    for (int c = 0; c < kT3Columns; ++c) {
      b.Value(first + row_index, 3 + c, CellText(r.table3.cells[row_index][c]));
    }
  };
  // 一、二 span the three label columns.
  for (int i : {kR01, kR02}) {
    b.Label(first + i, 0, kT3RowSpecs[i].label, 1, 3);
    values(i);
  }
  // 三、本年度办理结果 spans R03 … R24.
  b.Label(first + kR03, 0, kT3ResultsHeader, kR24 - kR03 + 1, 1);
  T3Group open_group = T3Group::kNone;
  for (int i = kR03; i <= kR24; ++i) {
    const T3RowSpec& spec = kT3RowSpecs[i];
    if (spec.group == T3Group::kNone) {
      b.Label(first + i, 1, spec.label, 1, 2);
    } else {
      if (spec.group != open_group) {
        int span = 0;
        while (i + span <= kR24 && kT3RowSpecs[i + span].group == spec.group) ++span;
        b.Label(first + i, 1, T3GroupLabel(spec.group), span, 1);
        open_group = spec.group;
      }
      b.Label(first + i, 2, spec.label);
    }
    values(i);
  }
  b.Label(first + kR25, 0, kT3RowSpecs[kR25].label, 1, 3);
  values(kR25);
  return t;
}

TableLayout Table4Layout(const AnnualReport& r) {
  TableLayout t;
  t.caption = SectionHeading(4);
  Builder b(t);
  b.Header(0, 0, kT4Blocks[0], 1, 5);
  b.Header(0, 5, kT4LitigationHeader, 1, 10);
  for (int c = 0; c < 5; ++c) b.Header(1, c, kT4Columns[c], 2, 1);
  b.Header(1, 5, kT4Blocks[1], 1, 5);
  b.Header(1, 10, kT4Blocks[2], 1, 5);
  for (int blk = 1; blk <= 2; ++blk) {
    for (int c = 0; c < 5; ++c) b.Header(2, blk * 5 + c, kT4Columns[c]);
  }
  t.header_rows = 3;
  for (int i = 0; i < kT4Cells; ++i) b.Value(3, i, CellText(r.table4.cells[i]));
  return t;
}

}  // namespace gongkai::formats
