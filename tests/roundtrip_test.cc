// Round trip through every writer: render a consistent report, read the
// rendered bytes back with gongkai's own readers, and get the same numbers
// and no findings at all.
#include <gtest/gtest.h>

#include "formats/report_io.h"
#include "report/check.h"
#include "report/sample_report.h"

namespace gongkai {
namespace {

using formats::OutputFormat;

void ExpectSameNumbers(const report::AnnualReport& a, const report::AnnualReport& b) {
  for (int i = 0; i < 2; ++i) {
    for (int c = 0; c < 3; ++c) {
      EXPECT_EQ(a.table2.normative[i][c].value, b.table2.normative[i][c].value);
    }
  }
  EXPECT_EQ(a.table2.licensing.value, b.table2.licensing.value);
  EXPECT_EQ(a.table2.punishment.value, b.table2.punishment.value);
  EXPECT_EQ(a.table2.enforcement.value, b.table2.enforcement.value);
  EXPECT_EQ(a.table2.fees.value, b.table2.fees.value);
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      EXPECT_EQ(a.table3.cells[row][c].value, b.table3.cells[row][c].value)
          << report::kT3RowSpecs[row].id << " column " << c;
    }
  }
  for (int i = 0; i < report::kT4Cells; ++i) {
    EXPECT_EQ(a.table4.cells[i].value, b.table4.cells[i].value) << "table4 " << i;
  }
  EXPECT_EQ(a.agency, b.agency);
  EXPECT_EQ(a.year, b.year);
  ASSERT_EQ(a.sections.size(), b.sections.size());
  for (size_t s = 0; s < a.sections.size(); ++s) {
    EXPECT_EQ(a.sections[s].number, b.sections[s].number);
  }
}

class RoundTrip : public testing::TestWithParam<OutputFormat> {};

TEST_P(RoundTrip, RenderReadBackSameNumbersNoFindings) {
  for (uint64_t seed : {1u, 2u, 42u, 2025u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const report::AnnualReport original = report::MakeSampleReport(seed);
    Result<std::string> bytes = formats::WriteReport(original, GetParam());
    ASSERT_TRUE(bytes.ok()) << bytes.status().message();
    const std::string name = std::string("report.") + formats::OutputExtension(GetParam());
    Result<formats::ReadResult> back = formats::ReadReport(*bytes, name);
    ASSERT_TRUE(back.ok()) << back.status().message();
    ExpectSameNumbers(original, back->report);
    const std::vector<report::Finding> f = report::CheckReport(back->report, nullptr, {});
    for (const report::Finding& x : f) ADD_FAILURE() << x.rule << " " << x.message;
    for (const formats::ParseNote& n : back->notes) ADD_FAILURE() << "note: " << n.message;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryWriter, RoundTrip,
                         testing::Values(OutputFormat::kJson, OutputFormat::kMarkdown,
                                         OutputFormat::kHtml, OutputFormat::kDocx,
                                         OutputFormat::kXlsx, OutputFormat::kPdf),
                         [](const testing::TestParamInfo<OutputFormat>& p) {
                           return std::string(formats::OutputExtension(p.param));
                         });

}  // namespace
}  // namespace gongkai
