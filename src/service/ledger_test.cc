#include "service/ledger.h"

#include <gtest/gtest.h>

namespace gongkai::service {
namespace {

std::vector<LedgerSourceRow> Rows(std::vector<std::vector<std::string>> cells) {
  std::vector<LedgerSourceRow> out;
  int row = 1;
  for (auto& c : cells) out.push_back({std::move(c), row++});
  return out;
}

TEST(Ledger, ReadsColumnsByHeaderInAnyOrder) {
  std::vector<std::string> ignored;
  const LedgerParse p = ParseLedger(
      Rows({{"序号", "申请内容", "收到日期", "申请人类型", "申请方式", "答复日期", "办理结果", "备注"},
            {"1", "2024年预算", "2024/3/5", "自然人", "网上申请", "2024-03-20", "予以公开", ""},
            {"2", "某项目批复", "2024年12月30日", "商业企业", "挂号信", "", "", "跨年"},
            {"3", "征收补偿", "45390", "个人", "当面", "45400", "本机关不掌握相关政府信息", ""}}),
      &ignored);
  ASSERT_TRUE(p.errors.empty()) << p.errors[0];
  ASSERT_EQ(p.entries.size(), 3u);
  EXPECT_EQ(p.entries[0].received_on.ToString(), "2024-03-05");
  EXPECT_EQ(p.entries[0].channel, law::Channel::kOnline);
  EXPECT_EQ(p.entries[0].outcome, law::ReplyType::kDisclosed);
  EXPECT_EQ(p.entries[1].applicant_kind, domain::ApplicantKind::kCommercial);
  EXPECT_EQ(p.entries[1].channel, law::Channel::kRegisteredPost);
  EXPECT_FALSE(p.entries[1].closed_on.has_value());
  // Excel serial days: 45390 is 2024-04-08 (days since 1899-12-30).
  EXPECT_EQ(p.entries[2].received_on.ToString(), "2024-04-08");
  EXPECT_EQ(p.entries[2].outcome, law::ReplyType::kDoesNotExist);
  EXPECT_EQ(p.entries[2].row, 4);
  EXPECT_EQ(ignored, (std::vector<std::string>{"序号", "备注"}));
}

TEST(Ledger, EveryBadRowIsReportedAndNothingIsImported) {
  const LedgerParse p = ParseLedger(Rows({{"申请人类型", "收到申请日期", "申请内容", "答复日期", "答复类型"},
                                          {"自然人", "2024-02-30", "a", "", ""},
                                          {"法人", "2024-02-01", "", "", ""},
                                          {"自然人", "2024-02-01", "b", "2024-01-01", "予以公开"},
                                          {"自然人", "2024-02-01", "c", "2024-02-05", "看情况"},
                                          {"自然人", "2024-02-01", "d", "2024-02-05", "部分公开"}}));
  EXPECT_TRUE(p.entries.empty());
  ASSERT_EQ(p.errors.size(), 5u);
  EXPECT_EQ(p.errors[0], "第2行“收到申请日期”：“2024-02-30”不是有效日期，应为YYYY-MM-DD。");
  EXPECT_NE(p.errors[1].find("第3行“申请人类型”：“法人”无法识别"), std::string::npos);
  EXPECT_EQ(p.errors[2], "第3行“申请内容”：为空。");
  EXPECT_EQ(p.errors[3], "第4行“答复日期”：2024-01-01早于收到申请日期2024-02-01。");
  EXPECT_NE(p.errors[4].find("第5行“答复类型”：“看情况”无法对应"), std::string::npos);
}

TEST(Ledger, MissingRequiredHeaders) {
  const LedgerParse p = ParseLedger(Rows({{"申请人", "内容"}}));
  ASSERT_EQ(p.errors.size(), 3u);
  EXPECT_EQ(p.errors[0], "第1行表头缺少“收到申请日期”列。");
}

TEST(Ledger, OutcomeWordsMapToTheirTable3Rows) {
  EXPECT_EQ(ParseLedgerOutcome("部分公开（区分处理）"), law::ReplyType::kPartlyDisclosed);
  EXPECT_EQ(ParseLedgerOutcome("3.危及“三安全一稳定”"), law::ReplyType::kThreeSafetiesStability);
  EXPECT_EQ(ParseLedgerOutcome("申请人逾期未按收费通知要求缴纳费用"), law::ReplyType::kFeeUnpaid);
  EXPECT_EQ(ParseLedgerOutcome("disclosed"), law::ReplyType::kDisclosed);
  EXPECT_FALSE(ParseLedgerOutcome("").has_value());
}

}  // namespace
}  // namespace gongkai::service
