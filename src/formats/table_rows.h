// Recognises the rows of Tables 2, 3 and 4 by their labels, whatever the
// source's cell structure: a row is its label cells followed by its value
// cells, and the label says which row of the format it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "formats/document.h"
#include "report/labels.h"

namespace gongkai::formats {

// A table row split into labels and trailing values. Covered cells of merged
// ranges are dropped; blank cells among the values are kept (a blank is not
// a zero, and H1 must see it).
struct SplitRow {
  std::vector<const DocCell*> labels;
  std::vector<const DocCell*> values;
};

SplitRow SplitTableRow(const std::vector<DocCell>& row);

// True when a cell holds a number or a placeholder written where a number
// belongs (—, -, /, 无).
bool IsValueText(const std::string& text);

enum class RowKind {
  kUnknown,
  kT2Normative,   // 规章 / 行政规范性文件 (index 0/1)
  kT2Licensing,
  kT2Punishment,
  kT2Enforcement,
  kT2Fees,
  kT2Extra,       // a row the 2021 layout does not have (2019 format)
  kT3Row,         // index = R01 … R25 (0-based)
  kT3Subtotal,    // a group subtotal row; group set
  kT3SingleOther, // the 2019 format's single （六）其他处理 row
};

struct RowId {
  RowKind kind = RowKind::kUnknown;
  int index = 0;
  report::T3Group group = report::T3Group::kNone;
};

// Identifies a row from its label cells. `after_r23` tells whether the rows of
// Table 3 before （七）总计 have been seen, so a bare "总计" or "其他" label can be
// placed.
RowId IdentifyRow(const std::vector<const DocCell*>& labels, int last_t3_row);

}  // namespace gongkai::formats
