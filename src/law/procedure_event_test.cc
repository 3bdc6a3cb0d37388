#include "law/procedure_event.h"

#include <gtest/gtest.h>

#include <set>

#include "law/procedure_state.h"

namespace gongkai::law {
namespace {

TEST(ProcedureEventTest, KindNamesAreUniqueAndRoundTrip) {
  std::set<std::string> names;
  for (int i = 0; i < kProcedureEventKindCount; ++i) {
    const auto k = static_cast<ProcedureEventKind>(i);
    const std::string name = ProcedureEventKindName(k);
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_EQ(ParseProcedureEventKind(name), k) << name;
    EXPECT_STRNE(ProcedureEventKindLabel(k), "");
  }
  EXPECT_EQ(ProcedureEventKindName(ProcedureEventKind::kCorrectionRequested), std::string("correction_requested"));
  EXPECT_EQ(ProcedureEventKindName(ProcedureEventKind::kWithdrawn), std::string("withdrawn"));
  EXPECT_FALSE(ParseProcedureEventKind("received"));
}

TEST(ProcedureEventTest, StateNamesRoundTrip) {
  for (ProcedureState s : {ProcedureState::kSubmitted, ProcedureState::kInReview,
                           ProcedureState::kCorrectionRequested, ProcedureState::kReasonsRequested,
                           ProcedureState::kConsulting, ProcedureState::kFeePending,
                           ProcedureState::kDecided, ProcedureState::kClosed}) {
    EXPECT_EQ(ParseProcedureState(ProcedureStateName(s)), s);
  }
  EXPECT_TRUE(IsTerminal(ProcedureState::kDecided));
  EXPECT_FALSE(IsTerminal(ProcedureState::kFeePending));
}

TEST(ProcedureEventTest, ParsesData) {
  const CivilDate on{2024, 10, 20};
  Result<ProcedureEvent> e =
      ParseProcedureEvent("extension_approved", on, R"({"approver":"李主任","days":20})");
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->kind, ProcedureEventKind::kExtensionApproved);
  EXPECT_EQ(e->on, on);
  EXPECT_EQ(e->approver, "李主任");
  EXPECT_EQ(e->days, 20);

  e = ParseProcedureEvent("replied", on, R"({"reply_type":"partly_disclosed"})");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->reply_type, ReplyType::kPartlyDisclosed);

  e = ParseProcedureEvent("consultation_sent", on,
                          R"({"consultee":"other_agency","party":"市自然资源局","received_on":"2024-10-21"})");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->consultee, Consultee::kOtherAgency);
  EXPECT_EQ(e->party, "市自然资源局");
  EXPECT_EQ(e->received_on, (CivilDate{2024, 10, 21}));

  e = ParseProcedureEvent("fee_notice_received", on, R"({"method":"per_page","amount_fen":170000})");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->fee_method, FeeMethod::kPerPage);
  EXPECT_EQ(e->fee_fen, 170000);

  e = ParseProcedureEvent("fee_notice_received", on,
                          R"({"method":"per_piece","quantity":2,"first_piece":11,"amount_fen":20000})");
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->fee_method, FeeMethod::kPerItem);
  EXPECT_EQ(e->fee_quantity, 2);
  EXPECT_EQ(e->fee_first_piece, 11);
  EXPECT_EQ(ProcedureEventDataJson(*e),
            R"({"amount_fen":20000,"first_piece":11,"method":"per_piece","quantity":2})");
  EXPECT_FALSE(ParseProcedureEvent("fee_notice_received", on, R"({"quantity":-1})").ok());

  EXPECT_TRUE(ParseProcedureEvent("withdrawn", on, "").ok());
  EXPECT_TRUE(ParseProcedureEvent("withdrawn", on, "{}").ok());
}

TEST(ProcedureEventTest, DataErrorsNameTheEventAndKey) {
  const CivilDate on{2024, 10, 20};
  EXPECT_EQ(ParseProcedureEvent("received", on, "").status().message(), "未知的事件类型“received”");
  EXPECT_EQ(ParseProcedureEvent("withdrawn", on, R"({"days":3})").status().message(),
            "事件“withdrawn”的数据不应包含“days”");
  EXPECT_EQ(ParseProcedureEvent("replied", on, R"({"reply_type":"yes"})").status().message(),
            "事件“replied”的数据中的“reply_type”不是已知的答复类型（如disclosed、partly_disclosed）");
  EXPECT_EQ(ParseProcedureEvent("reasons_accepted", on, R"({"deadline":"2024/11/1"})").status().message(),
            "事件“reasons_accepted”的数据中的“deadline”应为日期，请使用YYYY-MM-DD格式");
  EXPECT_EQ(ParseProcedureEvent("replied", on, "[1]").status().message(), "事件“replied”的数据应为JSON对象");
  EXPECT_FALSE(ParseProcedureEvent("extension_approved", on, R"({"days":-1})").ok());
}

TEST(ProcedureEventTest, DataJsonRoundTrips) {
  ProcedureEvent e;
  e.kind = ProcedureEventKind::kCorrectionRequested;
  e.on = {2025, 2, 5};
  e.days = 15;
  e.received_on = CivilDate{2025, 2, 6};
  e.approver = "ignored: not a field of this kind";
  const std::string json = ProcedureEventDataJson(e);
  EXPECT_EQ(json, R"({"days":15,"received_on":"2025-02-06"})");
  Result<ProcedureEvent> back = ParseProcedureEvent("correction_requested", e.on, json);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->days, 15);
  EXPECT_EQ(back->received_on, e.received_on);
}

}  // namespace
}  // namespace gongkai::law
