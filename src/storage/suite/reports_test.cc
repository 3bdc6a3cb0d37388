// Shared suite: Table 3 and Table 4 counted from the records on a small
// hand-built data set (expected grids computed by hand below).
#include <gmock/gmock.h>

#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

using domain::ApplicantKind;
using law::ReplyType;

// Expected grid from (row, column) → count lists; R24 and 总计 are filled
// by hand too, so that the store's totals are checked, not recomputed.
service::Table3Grid Grid(std::initializer_list<std::tuple<int, int, int64_t>> cells) {
  service::Table3Grid g{};
  for (const auto& [r, c, n] : cells) g[r - 1][c] = n;  // r is the R-number (1-based)
  return g;
}

class Table3Data {
 public:
  int64_t city = 0, dept = 0, town = 0, outside = 0;
};

Table3Data BuildTable3Data(StoreSuite& t) {
  Table3Data d;
  d.city = t.AddAgency("某市人民政府", "city");
  d.dept = t.AddAgency("某市财政局", "cz", d.city);
  d.town = t.AddAgency("某市某某镇人民政府", "town", d.city);
  d.outside = t.AddAgency("另一市人民政府", "other");
  const int64_t person = t.AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t firm = t.AddApplicant(ApplicantKind::kCommercial);
  const int64_t lab = t.AddApplicant(ApplicantKind::kResearch);
  const int64_t ngo = t.AddApplicant(ApplicantKind::kPublicInterest);
  const int64_t lawyer = t.AddApplicant(ApplicantKind::kLegalService);
  const int64_t other = t.AddApplicant(ApplicantKind::kOtherOrg);
  // c1: spec §8 example 7 — received 2023-12-15, answered 2024-01-10.
  t.AddCase(d.dept, person, D("2023-12-15"), D("2024-01-10"), ReplyType::kDisclosed);
  // c2: received and answered in 2024, partly disclosed (条例第三十七条 → R04).
  t.AddCase(d.dept, firm, D("2024-03-01"), D("2024-03-20"), ReplyType::kPartlyDisclosed);
  // c3: received in Dec 2024, closed in Jan 2025 (第三十六条第四项 → R13).
  t.AddCase(d.town, person, D("2024-12-20"), D("2025-01-08"), ReplyType::kDoesNotExist);
  // c4: received 2024, still open.
  t.AddCase(d.city, lab, D("2024-05-05"), std::nullopt, ReplyType::kDisclosed);
  // c5: received 2022, closed 2023 (state secret, R05): nothing in 2024.
  t.AddCase(d.dept, person, D("2022-06-01"), D("2023-02-01"), ReplyType::kStateSecret);
  // c6: closed on 31 Dec 2024 (109号 fee unpaid → R22): closed in 2024, not carried.
  t.AddCase(d.dept, other, D("2024-07-01"), D("2024-12-31"), ReplyType::kFeeUnpaid);
  // c7: received 1 Jan 2025: nothing in 2024.
  t.AddCase(d.town, lawyer, D("2025-01-01"), std::nullopt, ReplyType::kDisclosed);
  // c8: outside the city's subtree.
  t.AddCase(d.outside, person, D("2024-02-02"), D("2024-02-10"), ReplyType::kDisclosed);
  // c9: submitted, never received (第三十一条): counts nowhere.
  t.AddCase(d.dept, person, std::nullopt, std::nullopt, ReplyType::kDisclosed);
  // c10: received 2023, closed on 1 Jan 2024 (第三十八条 → R14): R02 and R14 of 2024.
  t.AddCase(d.dept, ngo, D("2023-01-05"), D("2024-01-01"), ReplyType::kNeedsProcessing);
  return d;
}

TEST_P(StoreSuite, Table3CityYear2024ByHand) {
  const Table3Data d = BuildTable3Data(*this);
  Result<service::Table3Grid> g = db().applications().CountTable3(*db().agencies().Subtree(d.city), 2024);
  ASSERT_TRUE(g.ok()) << g.status().message();
  // C1 自然人 = 0, C2 商业企业 = 1, C3 科研 = 2, C4 公益 = 3, C5 法律 = 4, C6 其他 = 5, 总计 = 6.
  const service::Table3Grid expected = Grid({
      {1, 0, 1}, {1, 1, 1}, {1, 2, 1}, {1, 5, 1}, {1, 6, 4},    // R01: c3, c2, c4, c6
      {2, 0, 1}, {2, 3, 1}, {2, 6, 2},                           // R02: c1, c10
      {3, 0, 1}, {3, 6, 1},                                      // R03: c1
      {4, 1, 1}, {4, 6, 1},                                      // R04: c2
      {14, 3, 1}, {14, 6, 1},                                    // R14: c10
      {22, 5, 1}, {22, 6, 1},                                    // R22: c6
      {24, 0, 1}, {24, 1, 1}, {24, 3, 1}, {24, 5, 1}, {24, 6, 4},  // R24 = R03…R23
      {25, 0, 1}, {25, 2, 1}, {25, 6, 2},                        // R25: c3, c4
  });
  for (int r = 0; r < service::kTable3Rows; ++r) {
    for (int c = 0; c < service::kTable3Columns; ++c) {
      EXPECT_EQ((*g)[r][c], expected[r][c]) << "R" << (r + 1) << " column " << (c + 1);
    }
  }
  // 表三勾稽关系: R01 + R02 = R24 + R25 per column.
  for (int c = 0; c < service::kTable3Columns; ++c) {
    EXPECT_EQ((*g)[0][c] + (*g)[1][c], (*g)[23][c] + (*g)[24][c]) << "column " << (c + 1);
  }
}

TEST_P(StoreSuite, Table3YearBoundaryCarriesIntoNextYear) {
  const Table3Data d = BuildTable3Data(*this);
  const std::vector<int64_t> ids = *db().agencies().Subtree(d.city);
  // 2023: R01 c1, c10; R02 c5; R05 c5; R25 c1, c10 (c1 is spec example 7).
  EXPECT_EQ(*db().applications().CountTable3(ids, 2023),
            Grid({{1, 0, 1}, {1, 3, 1}, {1, 6, 2}, {2, 0, 1}, {2, 6, 1}, {5, 0, 1}, {5, 6, 1},
                  {24, 0, 1}, {24, 6, 1}, {25, 0, 1}, {25, 3, 1}, {25, 6, 2}}));
  // 2025: R01 c7; R02 c3, c4; R13 c3; R25 c4, c7.
  EXPECT_EQ(*db().applications().CountTable3(ids, 2025),
            Grid({{1, 4, 1}, {1, 6, 1}, {2, 0, 1}, {2, 2, 1}, {2, 6, 2}, {13, 0, 1}, {13, 6, 1},
                  {24, 0, 1}, {24, 6, 1}, {25, 2, 1}, {25, 4, 1}, {25, 6, 2}}));
}

TEST_P(StoreSuite, Table3OneAgencyAndEmptySet) {
  const Table3Data d = BuildTable3Data(*this);
  // The township alone in 2024: c3 received, carried over.
  EXPECT_EQ(*db().applications().CountTable3({d.town}, 2024),
            Grid({{1, 0, 1}, {1, 6, 1}, {25, 0, 1}, {25, 6, 1}}));
  EXPECT_EQ(*db().applications().CountTable3({d.outside}, 2024),
            Grid({{1, 0, 1}, {1, 6, 1}, {3, 0, 1}, {3, 6, 1}, {24, 0, 1}, {24, 6, 1}}));
  EXPECT_EQ(db().applications().CountTable3({}, 2024).status().code(), StatusCode::kInvalidInput);
}

// The SQL adapters count Table 3 from per-year counts kept by triggers
// (storage migration 2): a corrected outcome or receipt date must move the
// case between cells, not add it twice (application-workflow.md §6).
TEST_P(StoreSuite, Table3FollowsCorrectedOutcomeAndReceiptDate) {
  const int64_t dept = AddAgency("某市财政局", "cz");
  const int64_t person = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t id =
      AddCase(dept, person, D("2024-12-20"), D("2025-01-08"), ReplyType::kDisclosed);
  EXPECT_EQ(*db().applications().CountTable3({dept}, 2025),
            Grid({{2, 0, 1}, {2, 6, 1}, {3, 0, 1}, {3, 6, 1}, {24, 0, 1}, {24, 6, 1}}));
  service::ApplicationSummary s;
  s.state = domain::ApplicationState::kClosed;
  s.received_on = D("2024-12-20");
  s.closed_on = D("2025-01-08");
  s.outcome = ReplyType::kDoesNotExist;  // 条例第三十六条第四项 → R13
  domain::ApplicationEvent fix = Event("replied", D("2025-01-08"));
  fix.corrects_seq = 2;
  ASSERT_TRUE(AppendAtEnd(db(), id, fix, s).ok());
  EXPECT_EQ(*db().applications().CountTable3({dept}, 2025),
            Grid({{2, 0, 1}, {2, 6, 1}, {13, 0, 1}, {13, 6, 1}, {24, 0, 1}, {24, 6, 1}}));
  s.received_on = D("2025-01-02");  // 第三十一条: the receipt date corrected
  fix = Event("received", D("2025-01-02"));
  fix.corrects_seq = 1;
  ASSERT_TRUE(AppendAtEnd(db(), id, fix, s).ok());
  EXPECT_EQ(*db().applications().CountTable3({dept}, 2025),
            Grid({{1, 0, 1}, {1, 6, 1}, {13, 0, 1}, {13, 6, 1}, {24, 0, 1}, {24, 6, 1}}));
  EXPECT_EQ(*db().applications().CountTable3({dept}, 2024), Grid({}));
}

TEST_P(StoreSuite, Table4CountsPendingCasesOnceWithStatusAt31Dec) {
  const int64_t dept = AddAgency("某市财政局", "cz");
  const int64_t other = AddAgency("另一市人民政府", "other");
  using domain::AppealKind;
  using domain::AppealOutcome;
  auto add = [&](int64_t agency, AppealKind k, const char* filed, const char* decided,
                 std::optional<AppealOutcome> o) {
    domain::Appeal a;
    a.agency_id = agency;
    a.kind = k;
    a.case_number = std::string("（") + filed + "）号";
    a.filed_on = D(filed);
    if (decided) a.decided_on = D(decided);
    a.outcome = o;
    Result<int64_t> id = db().appeals().Add(a);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? *id : 0;
  };
  add(dept, AppealKind::kReview, "2023-11-01", "2024-02-01", AppealOutcome::kUpheld);
  const int64_t pending = add(dept, AppealKind::kReview, "2024-03-01", nullptr, std::nullopt);
  const int64_t later = add(dept, AppealKind::kDirectLitigation, "2024-05-01", nullptr, std::nullopt);
  add(dept, AppealKind::kLitigationAfterReview, "2024-06-01", "2024-09-01", AppealOutcome::kOther);
  add(dept, AppealKind::kReview, "2022-01-01", "2023-06-01", AppealOutcome::kCorrected);
  add(dept, AppealKind::kReview, "2025-02-01", nullptr, std::nullopt);
  add(dept, AppealKind::kDirectLitigation, "2024-01-10", "2024-12-31", AppealOutcome::kCorrected);
  add(other, AppealKind::kReview, "2024-01-10", nullptr, std::nullopt);
  ASSERT_TRUE(db().appeals().Decide(later, D("2025-01-15"), AppealOutcome::kCorrected, "clerk").ok());

  // 复议: 维持 纠正 其他 未审结 总计 | 直接起诉: … | 复议后起诉: …
  EXPECT_EQ(*db().appeals().CountTable4({dept}, 2024),
            (service::Table4Counts{1, 0, 0, 1, 2, 0, 1, 0, 1, 2, 0, 0, 1, 0, 1}));
  EXPECT_EQ(*db().appeals().CountTable4({dept}, 2025),
            (service::Table4Counts{0, 0, 0, 2, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0}));
  EXPECT_EQ(*db().appeals().CountTable4({dept, other}, 2024),
            (service::Table4Counts{1, 0, 0, 2, 3, 0, 1, 0, 1, 2, 0, 0, 1, 0, 1}));

  Result<domain::Appeal> got = db().appeals().Get(later);
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(got->decided_on, D("2025-01-15"));
  EXPECT_EQ(got->outcome, AppealOutcome::kCorrected);
  EXPECT_EQ(got->kind, AppealKind::kDirectLitigation);
  EXPECT_EQ(got->case_number, "（2024-05-01）号");
  EXPECT_EQ(db().appeals().List({dept})->size(), 7u);
  EXPECT_EQ(db().appeals().List({})->size(), 8u);

  Status twice = db().appeals().Decide(later, D("2025-02-01"), AppealOutcome::kUpheld, "clerk");
  EXPECT_THAT(twice.message(), ::testing::HasSubstr("已于 2025-01-15 审结，不能再次审结"));
  Status early = db().appeals().Decide(pending, D("2024-01-01"), AppealOutcome::kUpheld, "clerk");
  EXPECT_THAT(early.message(), ::testing::HasSubstr("早于立案日期 2024-03-01"));
}

}  // namespace
}  // namespace gongkai::storage::testing
