// Recognises the rows of Tables 2, 3 and 4 by their labels, whatever the
// source's cell structure: a row is its label cells followed by its value
// cells, and the label says which row of the format it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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

// The row's label cells as one line (white space collapsed, cells joined
// by a space), as notes quote them.
std::string JoinedLabel(const SplitRow& split);

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
  RowId() = default;
  RowId(RowKind k, int i, report::T3Group g = report::T3Group::kNone, std::string_view as = {})
      : kind(k), index(i), group(g), read_as(as) {}

  RowKind kind = RowKind::kUnknown;
  int index = 0;
  report::T3Group group = report::T3Group::kNone;
  // Set when the label is a variant (report/label_variants.h) or differs from
  // the official label by a few characters: the official label it was read
  // as, for the reading note. Empty for official labels and key words.
  std::string_view read_as;
};

// Identifies a row from its label cells: the official label, a listed
// variant, the row's key words, or (labels of four characters or more) an
// edit distance of about a quarter of the label to exactly one official
// label whose item number agrees. `after_r23` tells whether the rows of
// Table 3 before （七）总计 have been seen, so a bare "总计" or "其他" label can be
// placed.
// `near` false: no edit-distance match (for label-only rows, which are
// mostly headers and only need the labels the format writes).
RowId IdentifyRow(const std::vector<const DocCell*>& labels, int last_t3_row, bool near = true);
// The same for labels already passed through report::NormalizeLabel.
RowId IdentifyNormalizedRow(const std::vector<std::string>& labels, int last_t3_row,
                            bool near = true);

// The Table 3 rows whose distinguishing words a (normalised) label holds, in
// the order they are written. Two or more consecutive rows mean one label
// cell holding the labels of several rows, as PDF tables give when a long
// label wraps past its row (三、（一）予以公开本年（二）部分公开…).
std::vector<int> T3RowsNamed(const std::string& label);

}  // namespace gongkai::formats
