// Shared suite: the case use cases on every adapter — one transaction each,
// a refusal changes nothing, corrections, conflicts retried once.
#include <gmock/gmock.h>

#include "service/case_service.h"
#include "service/table3_counts.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/use_cases.h"

namespace gongkai::storage::testing {
namespace {

using K = law::ProcedureEventKind;
using law::ReplyType;
using ::testing::HasSubstr;

const service::Actor kClerk{"王五"};

TEST_P(StoreSuite, CasesARefusedRegistrationLeavesNoApplicantAndNoApplication) {
  UseCaseDesk d(*this);
  d.Registered("2024-03-04");
  const std::string before = ContentOf(db());
  // 条例第三十一条: received before it was submitted.
  Result<int64_t> r = d.cases.Register(d.Case("2024-03-05", "2024-03-04"), kClerk);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  // In person the receipt date is the submission date (第三十一条第一项).
  service::NewCase counter = d.Case("2024-03-05", "2024-03-06");
  counter.channel = law::Channel::kInPerson;
  r = d.cases.Register(counter, kClerk);
  EXPECT_THAT(r.status().message(), HasSubstr("以提交之日为收到申请之日"));
  // A locked year.
  service::LockAction by{"科长", "", ""};
  ASSERT_TRUE(db().locks().Lock(d.dept, 2024, by).ok());
  const std::string locked = ContentOf(db());
  r = d.cases.Register(d.Case("2024-06-03", "2024-06-03"), kClerk);
  EXPECT_THAT(r.status().message(), HasSubstr("2024年度报告已发布"));
  EXPECT_EQ(ContentOf(db()), locked);
  EXPECT_NE(before, locked);
}

TEST_P(StoreSuite, CasesInPersonIsReceivedTheDayItIsHandedIn) {
  UseCaseDesk d(*this);
  service::NewCase counter = d.Case("2025-03-03");
  counter.channel = law::Channel::kInPerson;
  Result<int64_t> id = d.cases.Register(counter, kClerk);
  ASSERT_TRUE(id.ok()) << id.status().message();
  Result<service::CaseView> v = d.cases.Show(*id);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->clock.received_on, D("2025-03-03"));
  EXPECT_EQ(v->record.events.size(), 2u);
}

TEST_P(StoreSuite, CasesARefusedEventChangesNothing) {
  UseCaseDesk d(*this);
  const int64_t id = d.Registered("2024-09-29");
  const std::string before = ContentOf(db());
  EXPECT_EQ(d.cases.Record(id, Ev(K::kCorrectionReceived, "2024-10-08"), kClerk).status().code(),
            StatusCode::kInvalidInput);
  EXPECT_EQ(d.cases.Record(id, Reply("2024-09-20", ReplyType::kDisclosed), kClerk).status().code(),
            StatusCode::kInvalidInput);
  law::ProcedureEvent ext = Ev(K::kExtensionApproved, "2024-10-20");
  ext.days = 20;
  ext.approver = "李主任";
  ASSERT_TRUE(d.cases.Record(id, ext, kClerk).ok());
  const std::string extended = ContentOf(db());
  ext.on = D("2024-10-21");
  ext.days = 5;
  EXPECT_THAT(d.cases.Record(id, ext, kClerk).status().message(), HasSubstr("最多延长1次"));
  EXPECT_EQ(ContentOf(db()), extended);
  EXPECT_NE(before, extended);
}

TEST_P(StoreSuite, CasesCorrectionsFixReplyTypeReceiptDateAndExtension) {
  UseCaseDesk d(*this);
  const int64_t id = d.Registered("2024-12-30");
  law::ProcedureEvent ext = Ev(K::kExtensionApproved, "2025-01-10");
  ext.days = 20;
  ext.approver = "李主任";
  ASSERT_TRUE(d.cases.Record(id, ext, kClerk).ok());
  ASSERT_TRUE(d.cases.Record(id, Reply("2025-02-10", ReplyType::kDisclosed), kClerk).ok());
  EXPECT_EQ(d.T3(2024)[0][0], 1);               // R01 2024
  EXPECT_EQ(d.T3(2025)[2][0], 1);               // R03 予以公开
  // A wrong reply type (seq 4): the case moves to R04 部分公开.
  service::Correction c{4, Reply("2025-02-10", ReplyType::kPartlyDisclosed), "答复类型选错"};
  Result<service::RecordedEvent> r = d.cases.Correct(id, c, kClerk);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->seq, 5);
  EXPECT_EQ(d.T3(2025)[2][0], 0);
  EXPECT_EQ(d.T3(2025)[3][0], 1);
  // A mistaken extension (seq 3) struck out: the reply is now late.
  r = d.cases.Correct(id, {3, std::nullopt, "未经批准，误记"}, kClerk);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->clock.extension_days, 0);
  EXPECT_TRUE(r->clock.answered_late);
  // A wrong receipt date (seq 2): received in 2025, not 2024 — the report year changes.
  law::ProcedureEvent receipt = Ev(K::kReceiptConfirmed, "2025-01-02");
  r = d.cases.Correct(id, {2, receipt, "确认日期记错"}, kClerk);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(d.T3(2024)[0][0], 0);
  EXPECT_EQ(d.T3(2025)[0][0], 1);
  Result<service::CaseView> v = d.cases.Show(id);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->record.application.received_on, D("2025-01-02"));
  EXPECT_EQ(v->record.events.size(), 7u);  // nothing was removed
  EXPECT_EQ(v->record.events.back().note, "确认日期记错");
  EXPECT_EQ(v->record.events.back().actor, "王五");
}

TEST_P(StoreSuite, CasesRefusedCorrectionsChangeNothing) {
  UseCaseDesk d(*this);
  const int64_t id = d.Registered("2024-03-04");
  ASSERT_TRUE(d.cases.Record(id, Reply("2024-03-20", ReplyType::kDisclosed), kClerk).ok());
  const std::string before = ContentOf(db());
  // No reason; no such event; the submission cannot be struck out; the
  // result must replay (a receipt after the reply); nothing to correct.
  EXPECT_FALSE(d.cases.Correct(id, {3, Reply("2024-03-20", ReplyType::kNotThisAgency), ""}, kClerk).ok());
  EXPECT_EQ(d.cases.Correct(id, {9, std::nullopt, "误记"}, kClerk).status().code(), StatusCode::kNotFound);
  EXPECT_THAT(d.cases.Correct(id, {1, std::nullopt, "误记"}, kClerk).status().message(), HasSubstr("不能作废"));
  EXPECT_THAT(d.cases.Correct(id, {2, Ev(K::kReceiptConfirmed, "2024-03-25"), "日期"}, kClerk).status().message(),
              HasSubstr("不能衔接"));
  EXPECT_THAT(d.cases.Correct(id, {3, Reply("2024-03-20", ReplyType::kDisclosed), "重复"}, kClerk).status().message(),
              HasSubstr("无需更正"));
  // 2024 published: a correction touching it is refused.
  ASSERT_TRUE(db().locks().Lock(d.dept, 2024, {"科长", "", ""}).ok());
  const std::string locked = ContentOf(db());
  EXPECT_THAT(d.cases.Correct(id, {3, Reply("2024-03-20", ReplyType::kNotThisAgency), "类型"}, kClerk)
                  .status()
                  .message(),
              HasSubstr("2024年度报告已发布"));
  EXPECT_EQ(ContentOf(db()), locked);
  EXPECT_NE(ContentOf(db()), before);  // only the lock
}

// A store whose GetForUpdate lets "another clerk" append first, `times`
// times: the use case's append then finds a newer event than it replayed.
class InterferingApplications final : public service::ApplicationStore {
 public:
  InterferingApplications(service::ApplicationStore& real, int times) : real_(real), times_(times) {}
  Result<int64_t> Create(const domain::Application& a) override { return real_.Create(a); }
  Result<int64_t> AppendEvent(int64_t id, const domain::ApplicationEvent& e, const service::ApplicationSummary& s,
                              int64_t expected) override {
    return real_.AppendEvent(id, e, s, expected);
  }
  Result<service::ApplicationRecord> Get(int64_t id) override { return real_.Get(id); }
  Result<service::ApplicationRecord> GetForUpdate(int64_t id) override {
    Result<service::ApplicationRecord> r = real_.GetForUpdate(id);
    if (r.ok() && times_-- > 0) {
      domain::ApplicationEvent note;
      note.kind = "consultation_sent";
      note.occurred_on = r->events.back().occurred_on;
      note.actor = "另一位经办人";
      note.data = R"({"consultee":"third_party","party":"某公司"})";
      service::ApplicationSummary s = service::SummaryOf(r->application);
      (void)real_.AppendEvent(id, note, s, r->events.back().seq + 1);
    }
    return r;
  }
  Result<std::optional<domain::Application>> FindByExternalId(int64_t a, const std::string& e) override {
    return real_.FindByExternalId(a, e);
  }
  Result<std::vector<domain::Application>> List(const service::ApplicationFilter& f) override {
    return real_.List(f);
  }
  Result<std::vector<int64_t>> FindByQueryCode(const std::string& code) override {
    return real_.FindByQueryCode(code);
  }
  Result<std::vector<domain::Application>> SameApplicantReceived(int64_t a, int64_t p, CivilDate f,
                                                                 CivilDate t) override {
    return real_.SameApplicantReceived(a, p, f, t);
  }
  Result<service::Table3Grid> CountTable3(const std::vector<int64_t>& ids, int y) override {
    return real_.CountTable3(ids, y);
  }
  Status RewriteSummary(int64_t id, const service::ApplicationSummary& s) override {
    return real_.RewriteSummary(id, s);
  }
  Status RebuildDerivedCounts() override { return real_.RebuildDerivedCounts(); }

 private:
  service::ApplicationStore& real_;
  int times_;
};

class InterferingDatabase final : public service::Database {
 public:
  InterferingDatabase(service::Database& real, int times) : real_(real), apps_(real.applications(), times) {}
  Status Migrate() override { return real_.Migrate(); }
  Result<int> SchemaVersion() override { return real_.SchemaVersion(); }
  int LatestSchemaVersion() const override { return real_.LatestSchemaVersion(); }
  Status Transaction(const std::function<Status()>& body) override { return real_.Transaction(body); }
  Status Snapshot(const std::function<Status()>& body) override { return real_.Snapshot(body); }
  service::AgencyStore& agencies() override { return real_.agencies(); }
  service::ApplicantStore& applicants() override { return real_.applicants(); }
  service::ApplicationStore& applications() override { return apps_; }
  service::AppealStore& appeals() override { return real_.appeals(); }
  service::ReportLockStore& locks() override { return real_.locks(); }
  service::PublicationStore& publications() override { return real_.publications(); }
  service::StatsStore& stats() override { return real_.stats(); }
  service::MessageStore& messages() override { return real_.messages(); }
  service::ApplicationRequestStore& requests() override { return real_.requests(); }
  service::FormGuardStore& guards() override { return real_.guards(); }
  service::PublishedReportStore& reports() override { return real_.reports(); }

 private:
  service::Database& real_;
  InterferingApplications apps_;
};

TEST_P(StoreSuite, CasesAnAppendThatFindsANewerEventIsRetriedOnceThenRefused) {
  UseCaseDesk d(*this);
  const int64_t id = d.Registered("2025-03-03");
  {
    // Once: the transaction is undone (the other writer's event with it, as
    // if it had committed first and been read on the retry) and run again.
    InterferingDatabase db1(db(), 1);
    service::CaseService cases(db1, d.calendars, {}, [] { return std::string("Q"); });
    Result<service::RecordedEvent> r = cases.Record(id, Reply("2025-03-20", ReplyType::kDisclosed), kClerk);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->clock.state, law::ProcedureState::kDecided);
  }
  const int64_t other = d.Registered("2025-03-03");
  const std::string before = ContentOf(db());
  InterferingDatabase db2(db(), 2);
  service::CaseService cases(db2, d.calendars, {}, [] { return std::string("Q"); });
  Result<service::RecordedEvent> r = cases.Record(other, Reply("2025-03-20", ReplyType::kDisclosed), kClerk);
  EXPECT_EQ(r.status().code(), StatusCode::kConflict);
  EXPECT_THAT(r.status().message(), HasSubstr("请稍后重试"));
  EXPECT_EQ(ContentOf(db()), before);
}

TEST_P(StoreSuite, CasesFeesFollow109HaoAndCountTheApplicantsMonth) {
  UseCaseDesk d(*this);
  // 按量 (第五条): 150 pages = 1 700 元.
  const int64_t id = d.Registered("2025-05-06");
  law::ProcedureEvent notice = Ev(K::kFeeNoticeReceived, "2025-05-12");
  notice.fee_method = law::FeeMethod::kPerPage;
  notice.fee_quantity = 150;
  Result<service::RecordedEvent> r = d.cases.Record(id, notice, kClerk);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(r->fee.has_value());
  EXPECT_EQ(r->fee->amount_fen, 170000);
  Result<service::CaseView> v = d.cases.Show(id);
  EXPECT_THAT(v->record.events.back().data, HasSubstr(R"("amount_fen":170000)"));
  // 按件 (第四条): the same person (same ID number, another applicant
  // record) files ten more in May; the eleventh of the month costs 100 元.
  int64_t last = 0;
  for (int i = 0; i < 10; ++i) last = d.Registered("2025-05-07");
  law::ProcedureEvent piece = Ev(K::kFeeNoticeReceived, "2025-05-12");
  piece.fee_method = law::FeeMethod::kPerItem;
  r = d.cases.Record(last, piece, kClerk);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->fee->first, 11);
  EXPECT_EQ(r->fee->amount_fen, 10000);
  // The first of the month is free: no fee notice of 0 元.
  const std::string before = ContentOf(db());
  piece.on = D("2025-05-12");
  EXPECT_THAT(d.cases.Record(id + 1, piece, kClerk).status().message(), HasSubstr("应收0元"));
  // And never without a method.
  EXPECT_THAT(d.cases.Record(id + 1, Ev(K::kFeeNoticeReceived, "2025-05-12"), kClerk).status().message(),
              HasSubstr("109号第三条"));
  EXPECT_EQ(ContentOf(db()), before);
}

TEST_P(StoreSuite, CasesReImportingALedgerImportsNothingNewAndAConflictWritesNothing) {
  UseCaseDesk d(*this);
  service::LedgerEntry a;
  a.row = 2;
  a.external_id = "CZ-2024-001";
  a.received_on = D("2024-03-01");
  a.subject = "采购合同";
  a.closed_on = D("2024-03-10");
  a.outcome = ReplyType::kDisclosed;
  service::LedgerEntry b = a;
  b.row = 3;
  b.external_id = "CZ-2024-002";
  b.closed_on.reset();
  b.outcome.reset();
  Result<service::ImportSummary> s = d.cases.Import({a, b}, d.dept, kClerk);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 2);
  const std::string once = ContentOf(db());
  s = d.cases.Import({a, b}, d.dept, kClerk);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 0);
  EXPECT_EQ(s->skipped, 2);
  EXPECT_EQ(ContentOf(db()), once);
  EXPECT_EQ(d.T3(2024)[0][0], 2);
  // Same 申请编号, other content, beside a new row: nothing at all is written.
  service::LedgerEntry changed = a;
  changed.received_on = D("2024-03-02");
  service::LedgerEntry fresh = a;
  fresh.row = 4;
  fresh.external_id = "CZ-2024-003";
  s = d.cases.Import({changed, fresh}, d.dept, kClerk);
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidInput);
  EXPECT_THAT(s.status().message(), HasSubstr("第2行"));
  EXPECT_THAT(s.status().message(), HasSubstr("收到申请日期为“2024-03-02”，已登记的为“2024-03-01”"));
  // The same 申请编号 twice in one file.
  s = d.cases.Import({fresh, fresh}, d.dept, kClerk);
  EXPECT_THAT(s.status().message(), HasSubstr("与第4行重复"));
  EXPECT_EQ(ContentOf(db()), once);
}

}  // namespace
}  // namespace gongkai::storage::testing
