// Shared wording of the rules: names of sections, rows, columns and cells.
#include "report/labels.h"
#include "report/rules.h"

#include "core/chinese_number.h"

namespace gongkai::report::rules {

std::string SectionName(int number) {
  if (number < 1 || number > kSectionCount) return "";
  return ChineseNumeral(number) + "、" + std::string(kSectionTitles[number - 1]);
}

std::string T3RowName(int row) { return std::string(kT3RowSpecs[row].label); }

std::string T3ColumnName(int column) { return std::string(kT3ColumnLabels[column]); }

std::string T4CellName(int index) {
  return std::string(kT4Blocks[index / 5]) + "·" + std::string(kT4Columns[index % 5]);
}

}  // namespace gongkai::report::rules
