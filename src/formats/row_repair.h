// Table rows whose cells ran together in a transcript or export: several
// numbers in one cell separated by spaces ("0 1 0 0"), or a row's first
// number stuck to its label ("（一）予以公开5"). Split only when the row
// would otherwise have fewer values than the format's columns.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/table_rows.h"

namespace gongkai::formats {

// The row's values once the blanks at either end (covered parts of merged
// cells in flattened sources) are left out.
size_t TrimmedValueCount(const SplitRow& split);

// Repairs `split` for a row of `n` values; cells made by splitting are kept
// in `storage` (stable addresses; it must outlive `split`). Returns a note
// for each repair made.
std::vector<ParseNote> RepairRow(SplitRow& split, size_t n, std::deque<DocCell>& storage);

}  // namespace gongkai::formats
