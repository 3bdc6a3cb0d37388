#include "core/edit_distance.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(EditDistance, CountsSubstitutionsInsertionsDeletions) {
  EXPECT_EQ(BoundedEditDistance(U"行政复议", U"行政复议", 3), 0u);
  EXPECT_EQ(BoundedEditDistance(U"行政法复议", U"行政复议", 3), 1u);          // one added
  EXPECT_EQ(BoundedEditDistance(U"其他法律行政止公开", U"其他法律行政法规禁止公开", 5), 3u);
  EXPECT_EQ(BoundedEditDistance(U"三安全稳定", U"三安全一稳定", 3), 1u);      // one missing
  EXPECT_EQ(BoundedEditDistance(U"复议与诉讼", U"复议、诉讼", 3), 1u);         // one wrong
  EXPECT_EQ(BoundedEditDistance(U"", U"abc", 5), 3u);
  EXPECT_EQ(BoundedEditDistance(U"abc", U"", 5), 3u);
}

TEST(EditDistance, StopsAtTheLimit) {
  EXPECT_EQ(BoundedEditDistance(U"总体情况", U"其他需要报告的事项", 2), 3u);
  EXPECT_EQ(BoundedEditDistance(U"a", U"abcdef", 2), 3u);  // length difference alone
  EXPECT_EQ(BoundedEditDistance(U"kitten", U"sitting", 3), 3u);
  EXPECT_EQ(BoundedEditDistance(U"kitten", U"sitting", 2), 3u);
}

}  // namespace
}  // namespace gongkai
