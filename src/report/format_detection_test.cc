#include "report/format_detection.h"

#include <gtest/gtest.h>

namespace gongkai::report {
namespace {

TEST(DetectFormat, ByTableLabels) {
  EXPECT_EQ(DetectFormat({"信息内容", "本年制发件数", "本年废止件数"}), FormatVersion::kV2021);
  EXPECT_EQ(DetectFormat({"本年新制作数量", "本年新公开数量", "对外公开总数量"}),
            FormatVersion::kV2019);
  EXPECT_EQ(DetectFormat({"本年制发件数", "政府集中采购"}), FormatVersion::kHybrid);
  EXPECT_EQ(DetectFormat({"依申请公开政府信息情况"}), FormatVersion::kLegacyPre2019);
  EXPECT_EQ(DetectFormat({"总体情况"}), FormatVersion::kUnknown);
  // Full-width, spaces and wrapped cells still count.
  EXPECT_EQ(DetectFormat({"本年处理决定 数量"}), FormatVersion::kV2021);
  EXPECT_EQ(DetectFormat({"第二十条第(九)项"}), FormatVersion::kV2019);
}

TEST(NormalizeLabel, FoldsBracketsNumbersAndSpaces) {
  EXPECT_EQ(NormalizeLabel("（七） 总计"), "（七）总计");
  EXPECT_EQ(NormalizeLabel("(七)总计"), "（七）总计");
  EXPECT_EQ(NormalizeLabel("1、申请人无正当理由"), "1.申请人无正当理由");
  EXPECT_EQ(NormalizeLabel("３．其他"), "3.其他");
  EXPECT_EQ(NormalizeLabel("商业\n企业"), "商业企业");
}

}  // namespace
}  // namespace gongkai::report
