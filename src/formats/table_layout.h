// The official layout of Tables 2, 3 and 4 as drawn by the format, with its
// merged header cells, as one description shared by every writer (HTML, DOCX,
// XLSX, PDF, Markdown) so that they cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include "report/annual_report.h"

namespace gongkai::formats {

struct LayoutCell {
  std::string text;  // label, or the value as it is printed ("" when blank)
  int row = 0;       // top-left position in the grid
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  bool header = false;  // part of the column headers (<th scope="col">)
  bool row_label = false;  // a row label (<th scope="row">)
  bool value = false;      // a numeric cell
};

struct TableLayout {
  std::string caption;  // 表二 主动公开政府信息情况 …
  int rows = 0;
  int columns = 0;
  int header_rows = 0;  // leading rows that are column headers
  std::vector<LayoutCell> cells;  // origins only, in row-major order

  // For each grid position, the index into `cells` of the cell covering it
  // (-1 where nothing does, which a valid layout never has).
  std::vector<std::vector<int>> Occupancy() const;
};

// Table 2 is drawn as four blocks of four columns; the blocks' captions
// (第二十条第（一）项 …) are full-width rows.
TableLayout Table2Layout(const report::AnnualReport& r);
TableLayout Table3Layout(const report::AnnualReport& r);
TableLayout Table4Layout(const report::AnnualReport& r);
// Table2Layout, Table3Layout or Table4Layout by the table's number (2 … 4).
TableLayout TableLayoutFor(const report::AnnualReport& r, int number);

// How a cell value is printed: the count, the amount as written, or "" for
// a blank cell.
std::string CellText(const report::CountCell& c);
std::string CellText(const report::AmountCell& c);

// "一、总体情况" …
std::string SectionHeading(int number);

// The title every writer prints: the report's own, or
// 机关名称 + 年度 + "年政府信息公开工作年度报告".
std::string ReportTitle(const report::AnnualReport& r);

}  // namespace gongkai::formats
