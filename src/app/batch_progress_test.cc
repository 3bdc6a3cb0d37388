#include "app/batch_progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace gongkai::app {
namespace {

BatchFileResult Result(const std::string& path, bool read, int errors, int warnings) {
  BatchFileResult r;
  r.path = path;
  r.output.read = read;
  r.errors = errors;
  r.warnings = warnings;
  return r;
}

TEST(BatchProgress, StyleDependsOnTheTerminalAndIsSilentForOneFile) {
  EXPECT_EQ(BatchProgress::ChooseStyle(1, true), BatchProgress::Style::kNone);
  EXPECT_EQ(BatchProgress::ChooseStyle(1, false), BatchProgress::Style::kNone);
  EXPECT_EQ(BatchProgress::ChooseStyle(0, false), BatchProgress::Style::kNone);
  EXPECT_EQ(BatchProgress::ChooseStyle(2, true), BatchProgress::Style::kBar);
  EXPECT_EQ(BatchProgress::ChooseStyle(2, false), BatchProgress::Style::kLines);
}

TEST(BatchProgress, PlainLines) {
  EXPECT_EQ(BatchProgress::PlainLine(3, 10, Result("d/a.pdf", true, 2, 1)),
            "[3/10] d/a.pdf：错误2项，警告1项");
  EXPECT_EQ(BatchProgress::PlainLine(4, 10, Result("b.pdf", false, 0, 0)), "[4/10] b.pdf：无法读取");
  EXPECT_EQ(BatchProgress::PlainLine(1, 2, Result("a\nb.md", true, 0, 0)),
            "[1/2] a?b.md：错误0项，警告0项");
}

TEST(BatchProgress, LinesModeWritesOneLinePerCheckedFileAndNothingForReads) {
  std::ostringstream out;
  BatchProgress p(out, BatchProgress::Style::kLines);
  p.Read(1, 2, "a.md");
  p.Checked(1, 2, Result("a.md", true, 0, 1));
  p.Checked(2, 2, Result("b.md", false, 0, 0));
  p.Finish();
  EXPECT_EQ(out.str(), "[1/2] a.md：错误0项，警告1项\n[2/2] b.md：无法读取\n");
}

TEST(BatchProgress, NoneModeWritesNothing) {
  std::ostringstream out;
  BatchProgress p(out, BatchProgress::Style::kNone);
  p.Read(1, 1, "a.md");
  p.Checked(1, 1, Result("a.md", true, 1, 1));
  p.Finish();
  EXPECT_EQ(out.str(), "");
}

TEST(BatchProgress, BarIsRedrawnAndClearedAndFitsTheWidth) {
  std::ostringstream out;
  BatchProgress p(out, BatchProgress::Style::kBar, 60);
  p.Read(1, 4, "x/一份很长很长很长很长很长很长很长很长很长很长的报告.pdf");
  p.Checked(4, 4, Result("x/b.pdf", true, 0, 0));
  p.Finish();
  const std::string s = out.str();
  EXPECT_EQ(s.rfind("\r\x1b[K"), s.size() - 4);  // cleared at the end
  EXPECT_NE(s.find("核对中 [####################] 4/4 b.pdf"), std::string::npos);
  EXPECT_EQ(s.find('\n'), std::string::npos);
}

TEST(BatchProgress, BarLineShortensTheName) {
  const std::string line =
      BatchProgress::BarLine("核对中", 5, 10, "dir/一二三四五六七八九十一二三四五六七八九十.pdf", 50);
  EXPECT_EQ(line.rfind("核对中 [##########----------] 5/10 …", 0), 0u) << line;
  EXPECT_NE(line.find("十.pdf"), std::string::npos);
  // 50 columns, the last left free: 6 + 1 + 22 + 1 + 4 + 1 + name ≤ 49.
  int width = 0;
  for (size_t i = 0; i < line.size();) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    width += (len >= 3 && line.compare(i, 3, "…") != 0) ? 2 : 1;
    i += static_cast<size_t>(len);
  }
  EXPECT_LE(width, 49);
  EXPECT_EQ(BatchProgress::BarLine("核对中", 0, 3, "a.md", 80), "核对中 [--------------------] 0/3 a.md");
}

}  // namespace
}  // namespace gongkai::app
