#include "domain/event_history.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

ApplicationEvent Ev(int64_t seq, const char* kind, std::optional<int64_t> corrects = std::nullopt) {
  ApplicationEvent e;
  e.seq = seq;
  e.kind = kind;
  e.corrects_seq = corrects;
  return e;
}

TEST(EventHistoryTest, TheNewestCorrectionIsInForceAtTheOriginalsPlace) {
  const std::vector<ApplicationEvent> log = {
      Ev(1, "submitted"), Ev(2, "receipt_confirmed"), Ev(3, "extension_approved"),
      Ev(4, "replied"),   Ev(5, "receipt_confirmed", 2), Ev(6, kVoidEventKind, 3),
      Ev(7, "replied", 4), Ev(8, "replied", 4)};
  Result<std::vector<HistoryEntry>> h = EffectiveHistory(log);
  ASSERT_TRUE(h.ok()) << h.status().message();
  ASSERT_EQ(h->size(), 4u);
  EXPECT_EQ((*h)[0].current->seq, 1);
  EXPECT_FALSE((*h)[0].corrected());
  EXPECT_EQ((*h)[1].original->seq, 2);
  EXPECT_EQ((*h)[1].current->seq, 5);
  EXPECT_TRUE((*h)[2].voided());
  EXPECT_EQ((*h)[3].current->seq, 8);
  ASSERT_EQ((*h)[3].corrections.size(), 2u);
  EXPECT_EQ((*h)[3].corrections[0]->seq, 7);
}

TEST(EventHistoryTest, ACorrectionMustNameAnEarlierOriginal) {
  EXPECT_EQ(EffectiveHistory({Ev(1, "submitted"), Ev(2, "replied", 3), Ev(3, "replied")}).status().code(),
            StatusCode::kDamaged);
  EXPECT_FALSE(EffectiveHistory({Ev(1, "submitted"), Ev(2, "replied", 1), Ev(3, "replied", 2)}).ok());
  EXPECT_FALSE(EffectiveHistory({Ev(1, "submitted"), Ev(2, kVoidEventKind)}).ok());
}

TEST(EventHistoryTest, CorrectingACorrectionCorrectsItsOriginal) {
  const std::vector<ApplicationEvent> log = {Ev(1, "submitted"), Ev(2, "replied"), Ev(3, "replied", 2)};
  EXPECT_EQ(*CorrectedSeq(log, 3), 2);
  EXPECT_EQ(*CorrectedSeq(log, 2), 2);
  EXPECT_EQ(CorrectedSeq(log, 9).status().message(), "没有第9条办理记录（共3条）");
}

}  // namespace
}  // namespace gongkai::domain
