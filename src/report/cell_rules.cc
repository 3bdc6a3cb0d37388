// H1: every Table 2/3/4 cell is present and numeric; counts are integers ≥ 0
// and the 万元 amount is ≥ 0 (format §5 F4, F8).
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {

// The names are views: most cells are filled, and their names are only
// needed for a finding.
void CheckCount(const CountCell& c, std::string_view section, const char* table,
                std::string_view row, std::string_view column, std::vector<Finding>& out) {
  if (c.value) return;
  Finding f;
  f.rule = "H1";
  f.severity = Severity::kError;
  f.where = Where{std::string(section), table, std::string(row), std::string(column), c.src};
  if (c.raw.empty()) {
    f.message = f.where.Describe() + "为空。格式要求每个单元格都要填写，没有数据的应填“0”，空白不等于零。";
  } else {
    f.values.emplace_back("内容", c.raw);
    f.message = f.where.Describe() + "填写的“" + c.raw + "”不是非负整数。该单元格应填写件数（整数，没有则填“0”）。";
  }
  out.push_back(std::move(f));
}

void MissingTable(int section, const char* table, std::vector<Finding>& out) {
  Finding f;
  f.rule = "H1";
  f.severity = Severity::kError;
  f.where.section = SectionName(section);
  f.where.table = table;
  f.message = std::string("报告中没有找到") + table + "，或无法识别其中的数据。格式要求该表的每个单元格都要填写。";
  out.push_back(std::move(f));
}

void CheckTable2(const AnnualReport& r, std::vector<Finding>& out) {
  const std::string sec = SectionName(2);
  if (!r.table2.present) {
    MissingTable(2, kTable2, out);
    return;
  }
  const Table2& t = r.table2;
  for (int i = 0; i < 2; ++i) {
    if (i == 0 && !t.rules_row) continue;  // no 规章 row printed: not blanks (see Table2)
    for (int c = 0; c < 3; ++c) {
      CheckCount(t.normative[i][c], sec, kTable2, kT2NormativeRows[i], kT2NormativeColumns[c], out);
    }
  }
  CheckCount(t.licensing, sec, kTable2, kT2Licensing, kT2DecisionColumn, out);
  CheckCount(t.punishment, sec, kTable2, kT2Punishment, kT2DecisionColumn, out);
  CheckCount(t.enforcement, sec, kTable2, kT2Enforcement, kT2DecisionColumn, out);
  if (!t.fees.value) {
    Finding f;
    f.rule = "H1";
    f.severity = Severity::kError;
    f.where = Where{sec, kTable2, std::string(kT2Fees), std::string(kT2FeeColumn), t.fees.src};
    if (t.fees.raw.empty()) {
      f.message = f.where.Describe() + "为空。没有收费的应填“0”。";
    } else {
      f.values.emplace_back("内容", t.fees.raw);
      f.message = f.where.Describe() + "填写的“" + t.fees.raw + "”不是以万元为单位的非负数。";
    }
    out.push_back(std::move(f));
  }
  for (const ExtraTableRow& row : r.table2_extra_rows) {
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const std::string column = c < row.columns.size() ? row.columns[c] : "";
      CheckCount(row.cells[c], sec, kTable2, row.label, column, out);
    }
  }
}

void CheckTable3(const AnnualReport& r, std::vector<Finding>& out) {
  const std::string sec = SectionName(3);
  if (!r.table3.present) {
    MissingTable(3, kTable3, out);
    return;
  }
  for (int row = 0; row < kT3Rows; ++row) {
    if (r.table3.single_other_row && (row == kR21 || row == kR22)) continue;
    for (int c = 0; c < kT3Columns; ++c) {
      CheckCount(r.table3.cells[row][c], sec, kTable3, kT3RowSpecs[row].label, kT3ColumnLabels[c],
                 out);
    }
  }
  for (const T3Subtotal& s : r.table3.subtotals) {
    for (int c = 0; c < kT3Columns; ++c) {
      CheckCount(s.cells[c], sec, kTable3, T3GroupLabel(s.group), kT3ColumnLabels[c], out);
    }
  }
}

void CheckTable4(const AnnualReport& r, std::vector<Finding>& out) {
  const std::string sec = SectionName(4);
  if (!r.table4.present) {
    MissingTable(4, kTable4, out);
    return;
  }
  for (int i = 0; i < kT4Cells; ++i) {
    CheckCount(r.table4.cells[i], sec, kTable4, kT4Blocks[i / 5], kT4Columns[i % 5], out);
  }
}

}  // namespace

void CheckCells(const AnnualReport& r, std::vector<Finding>& out) {
  CheckTable2(r, out);
  CheckTable3(r, out);
  CheckTable4(r, out);
}

}  // namespace gongkai::report::rules
