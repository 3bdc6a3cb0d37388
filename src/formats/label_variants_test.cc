// Every entry of the label variant tables (report/label_variants.h, listed in
// docs/label-variants.md) is read as its official row, in a row with numbers.
#include <gtest/gtest.h>

#include <string>

#include "formats/table_rows.h"
#include "report/label_variants.h"
#include "report/labels.h"

namespace gongkai::formats {
namespace {

RowId Identify(std::string_view label, int last_t3_row = -1) {
  const DocCell cell{std::string(label), {}, false};
  return IdentifyRow({&cell}, last_t3_row);
}

// The row an official label stands for, read the same way.
RowId Official(std::string_view label) { return Identify(label); }

TEST(LabelVariants, EveryTable2VariantIsItsOfficialRow) {
  for (const report::LabelVariant& v : report::kT2LabelVariants) {
    const RowId got = Identify(v.printed);
    const RowId want = Official(v.official);
    EXPECT_NE(want.kind, RowKind::kUnknown) << v.official;
    EXPECT_EQ(got.kind, want.kind) << v.printed;
    EXPECT_EQ(got.index, want.index) << v.printed;
    EXPECT_EQ(got.read_as, v.official) << v.printed;  // noted as a variant
  }
}

TEST(LabelVariants, EveryTable3VariantIsItsOfficialRow) {
  for (const report::LabelVariant& v : report::kT3LabelVariants) {
    const RowId got = Identify(v.printed);
    const RowId want = Official(v.official);
    ASSERT_EQ(want.kind, RowKind::kT3Row) << v.official;
    EXPECT_EQ(got.kind, RowKind::kT3Row) << v.printed;
    EXPECT_EQ(got.index, want.index) << v.printed;
    EXPECT_EQ(got.read_as, v.official) << v.printed;
  }
}

TEST(LabelVariants, UnitSuffixesAreSilent) {
  for (std::string_view unit : report::kLabelUnitSuffixes) {
    const RowId got = Identify("行政许可" + std::string(unit));
    EXPECT_EQ(got.kind, RowKind::kT2Licensing) << unit;
    EXPECT_TRUE(got.read_as.empty()) << unit;
  }
}

TEST(LabelVariants, NearLabelsNeedTheSameItemNumberAndOneBestMatch) {
  EXPECT_EQ(Identify("2.其他法律行政止公开").index, report::kR05 + 1);
  // The same words under another item number match nothing.
  EXPECT_EQ(Identify("5.其他法律行政止公开").kind, RowKind::kUnknown);
  // Short labels are never matched by distance.
  EXPECT_EQ(Identify("规草").kind, RowKind::kUnknown);
  // Header rows (no edit distance asked for) stay unknown.
  const DocCell cell{"行政规范姓文件", {}, false};
  EXPECT_EQ(IdentifyRow({&cell}, -1, /*near=*/false).kind, RowKind::kUnknown);
  EXPECT_EQ(Identify("行政规范姓文件").kind, RowKind::kT2Normative);
}

}  // namespace
}  // namespace gongkai::formats
