#include "formats/table3_positions.h"

#include <optional>
#include <string>

#include "report/labels.h"

namespace gongkai::formats {
namespace {

using report::kT3Columns;
using report::kT3Rows;
using report::kT3RowSpecs;

// The rows a run may stand for: those between its neighbours not read by
// label. A 2019-format table has no R21/R22.
std::vector<int> Gap(const UnlabelledRun& run, const std::array<bool, kT3Rows>& seen,
                     bool single_other_row) {
  std::vector<int> gap;
  for (int i = run.after + 1; i < run.before && i < kT3Rows; ++i) {
    if (seen[i]) continue;
    if (single_other_row && (i == report::kR21 || i == report::kR22)) continue;
    gap.push_back(i);
  }
  return gap;
}

std::optional<int64_t> Cell(const report::Table3& t, int row, int column) {
  return t.cells[row][column].value;
}

// H3 and H4 in every column; nullopt when a cell they need is blank.
std::optional<bool> SumsHold(const report::Table3& t) {
  for (int c = 0; c < kT3Columns; ++c) {
    int64_t items = 0;
    for (int r = report::kR03; r < report::kR24; ++r) {
      if (t.single_other_row && (r == report::kR21 || r == report::kR22)) continue;
      const auto v = Cell(t, r, c);
      if (!v) return std::nullopt;
      items += *v;
    }
    const auto total = Cell(t, report::kR24, c);
    const auto in = Cell(t, report::kR01, c);
    const auto carried_in = Cell(t, report::kR02, c);
    const auto carried_over = Cell(t, report::kR25, c);
    if (!total || !in || !carried_in || !carried_over) return std::nullopt;
    if (*total != items || *in + *carried_in != *total + *carried_over) return false;
  }
  return true;
}

std::string RowList(const std::vector<int>& rows) {
  std::string out;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) out += "、";
    out += "“" + std::string(kT3RowSpecs[rows[i]].label) + "”";
  }
  return out;
}

void Fill(report::Table3& t, const std::vector<int>& rows, const std::vector<T3Values>& values) {
  for (size_t i = 0; i < rows.size(); ++i) t.cells[rows[i]] = values[i];
}

}  // namespace

void PlaceUnlabelledRuns(const std::vector<UnlabelledRun>& runs, report::Table3& table,
                         std::array<bool, kT3Rows>& seen, std::vector<ParseNote>& notes) {
  // A whole table without labels in the 2019 layout: 23 rows, one （六）其他处理.
  if (runs.size() == 1 && runs[0].after == -1 && runs[0].before == kT3Rows &&
      runs[0].rows.size() == kT3Rows - 2) {
    bool none_seen = true;
    for (bool s : seen) none_seen = none_seen && !s;
    if (none_seen) table.single_other_row = true;
  }
  for (const UnlabelledRun& run : runs) {
    const std::vector<int> gap = Gap(run, seen, table.single_other_row);
    if (gap.size() == run.rows.size()) {
      Fill(table, gap, run.rows);
      for (int r : gap) seen[r] = true;
      table.present = true;
      std::string message = "表三有" + std::to_string(run.rows.size()) +
                            "行数字没有栏目名称，行数与所缺栏目相同，已按格式规定的顺序读作" +
                            RowList(gap) + "。";
      const std::optional<bool> sums = SumsHold(table);
      if (sums == true) message += "表内勾稽关系与此相符。";
      if (sums == false) message += "表内勾稽关系不成立，请核对原文各行的顺序。";
      notes.push_back({run.src, message});
      continue;
    }
    // A row more or fewer than the gap: which printed row is which cannot
    // be told (the table's sums cannot say where a row is missing among the
    // items), so nothing is placed rather than something misplaced.
    std::string message = "表三有" + std::to_string(run.rows.size()) + "行数字没有栏目名称";
    if (gap.empty()) {
      message += "，但其前后的栏目之间没有缺少的行，无法确定它们属于哪些栏目，未读取这些数字。";
    } else {
      message += "，而这里缺少的栏目有" + std::to_string(gap.size()) + "个（" + RowList(gap) +
                 "），行数不符，无法确定各行对应的栏目，这些栏目按空白处理。";
    }
    notes.push_back({run.src, message});
  }
}

}  // namespace gongkai::formats
