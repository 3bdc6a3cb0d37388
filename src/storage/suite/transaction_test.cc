// Shared suite: Database::Transaction — the writes of a body are kept
// together or not at all, store calls inside nest, and a failed inner call
// leaves nothing while the transaction goes on.
#include <gmock/gmock.h>

#include <set>
#include <string>

#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

using domain::ApplicantKind;
using domain::ApplicationState;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// What one body writes: an applicant, an application received and closed
// (two events), and a third event on an application that existed before.
struct Written {
  int64_t applicant = 0;
  int64_t application = 0;
  int64_t seq_received = 0;
  int64_t seq_closed = 0;
  int64_t seq_on_existing = 0;
};

service::ApplicationSummary Received(const char* on) {
  service::ApplicationSummary s;
  s.state = ApplicationState::kInProgress;
  s.received_on = D(on);
  s.due_on = CivilDate::FromDays(D(on).ToDays() + 28);
  return s;
}

service::ApplicationSummary Closed(const char* received, const char* closed) {
  service::ApplicationSummary s;
  s.state = ApplicationState::kClosed;
  s.received_on = D(received);
  s.closed_on = D(closed);
  s.outcome = law::ReplyType::kDisclosed;
  return s;
}

// Writes everything of Written through the stores of `db` (inside whatever
// transaction the caller opened); stops at the first failure.
Status WriteCase(service::Database& db, int64_t agency, int64_t existing, Written& w) {
  domain::Applicant company;
  company.kind = ApplicantKind::kCommercial;
  company.contact = {"某某科技有限公司", "91110000000000000X", "010-12345678", "北京市", ""};
  Result<int64_t> applicant = db.applicants().Add(company);
  if (!applicant.ok()) return applicant.status().WithContext("申请人");
  w.applicant = *applicant;

  domain::Application a;
  a.agency_id = agency;
  a.applicant_id = w.applicant;
  a.channel = law::Channel::kRegisteredPost;
  a.subject = "2024年度政府采购合同";
  a.query_code = "TX-1";
  a.submitted_on = D("2024-04-01");
  Result<int64_t> app = db.applications().Create(a);
  if (!app.ok()) return app.status().WithContext("申请");
  w.application = *app;

  Result<int64_t> seq = AppendAtEnd(db, 
      w.application, StoreSuite::Event("received", D("2024-04-03")), Received("2024-04-03"));
  if (!seq.ok()) return seq.status().WithContext("受理");
  w.seq_received = *seq;
  seq = AppendAtEnd(db, w.application, StoreSuite::Event("replied", D("2024-04-20")),
                                      Closed("2024-04-03", "2024-04-20"));
  if (!seq.ok()) return seq.status().WithContext("答复");
  w.seq_closed = *seq;

  seq = AppendAtEnd(db, existing, StoreSuite::Event("replied", D("2024-03-15")),
                                      Closed("2024-03-01", "2024-03-15"));
  if (!seq.ok()) return seq.status().WithContext("已有申请答复");
  w.seq_on_existing = *seq;
  return Status::Ok();
}

// Checks that nothing of `w` is stored, as seen through `d`.
void ExpectNothingOf(service::Database& d, const Written& w, int64_t existing) {
  ASSERT_NE(w.applicant, 0);
  ASSERT_NE(w.application, 0);
  EXPECT_EQ(d.applicants().Kind(w.applicant).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(d.applicants().GetWithContact(w.applicant).status().code(), StatusCode::kNotFound);
  Result<service::ApplicationRecord> gone = d.applications().Get(w.application);
  EXPECT_EQ(gone.status().code(), StatusCode::kNotFound);
  Result<service::ApplicationRecord> old = d.applications().Get(existing);
  ASSERT_TRUE(old.ok()) << old.status().message();
  EXPECT_EQ(old->events.size(), 1u);
  EXPECT_EQ(old->application.state, ApplicationState::kInProgress);
  EXPECT_FALSE(old->application.closed_on.has_value());
}

TEST_P(StoreSuite, TransactionThatFailsKeepsNoneOfItsWrites) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t existing = AddCase(agency, AddApplicant(ApplicantKind::kNaturalPerson), D("2024-03-01"));
  ASSERT_NE(existing, 0);
  Result<service::Table3Grid> before = db().applications().CountTable3({agency}, 2024);
  ASSERT_TRUE(before.ok()) << before.status().message();
  EXPECT_EQ((*before)[0][6], 1);  // R01: the existing application

  Written w;
  Status st = db().Transaction([&]() -> Status {
    Status wrote = WriteCase(db(), agency, existing, w);
    if (!wrote.ok()) return wrote;
    // Inside, the body reads its own writes.
    Result<service::ApplicationRecord> r = db().applications().Get(w.application);
    if (!r.ok()) return r.status();
    EXPECT_EQ(r->events.size(), 2u);
    EXPECT_EQ(r->application.state, ApplicationState::kClosed);
    EXPECT_EQ(db().applications().CountTable3({agency}, 2024)->at(0).at(6), 2);
    return Status::InvalidInput("材料不全，整件撤销");
  });
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(st.message(), "材料不全，整件撤销");  // the body's status, unchanged
  EXPECT_EQ(w.seq_received, 1);
  EXPECT_EQ(w.seq_closed, 2);
  EXPECT_EQ(w.seq_on_existing, 2);

  ExpectNothingOf(db(), w, existing);
  Result<service::Table3Grid> after = db().applications().CountTable3({agency}, 2024);
  ASSERT_TRUE(after.ok()) << after.status().message();
  EXPECT_EQ(*after, *before);

  // A second connection sees nothing either (nothing was committed).
  Result<std::unique_ptr<service::Database>> other = store_->Open();
  ASSERT_TRUE(other.ok()) << other.status().message();
  ExpectNothingOf(**other, w, existing);
  EXPECT_EQ(*(*other)->applications().CountTable3({agency}, 2024), *before);

  // The rolled-back event's seq is free again on the existing application.
  Result<int64_t> seq = AppendAtEnd(db(), existing, Event("replied", D("2024-03-15")),
                                                        Closed("2024-03-01", "2024-03-15"));
  ASSERT_TRUE(seq.ok()) << seq.status().message();
  EXPECT_EQ(*seq, 2);
}

TEST_P(StoreSuite, TransactionThatSucceedsKeepsAllItsWrites) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t existing = AddCase(agency, AddApplicant(ApplicantKind::kNaturalPerson), D("2024-03-01"));
  ASSERT_NE(existing, 0);

  Written w;
  Status st = db().Transaction([&] { return WriteCase(db(), agency, existing, w); });
  ASSERT_TRUE(st.ok()) << st.message();

  Result<std::unique_ptr<service::Database>> other = store_->Open();
  ASSERT_TRUE(other.ok()) << other.status().message();
  for (service::Database* d : {&db(), other->get()}) {
    EXPECT_EQ(*d->applicants().Kind(w.applicant), ApplicantKind::kCommercial);
    Result<service::ApplicationRecord> r = d->applications().Get(w.application);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_EQ(r->events.size(), 2u);
    EXPECT_EQ(r->events[0].kind, "received");
    EXPECT_EQ(r->events[1].seq, 2);
    EXPECT_EQ(r->application.state, ApplicationState::kClosed);
    EXPECT_EQ(r->application.closed_on, D("2024-04-20"));
    EXPECT_EQ(r->application.applicant_kind, ApplicantKind::kCommercial);
    Result<service::ApplicationRecord> old = d->applications().Get(existing);
    ASSERT_TRUE(old.ok()) << old.status().message();
    EXPECT_EQ(old->events.size(), 2u);
    EXPECT_EQ(old->application.state, ApplicationState::kClosed);

    // Table 3 of 2024 (§6): both received (R01) and closed as 予以公开 (R03)
    // in 2024, one natural person (C1), one company (C2 商业企业); none
    // carried over (R25).
    Result<service::Table3Grid> g = d->applications().CountTable3({agency}, 2024);
    ASSERT_TRUE(g.ok()) << g.status().message();
    EXPECT_EQ((*g)[0][0], 1);
    EXPECT_EQ((*g)[0][1], 1);
    EXPECT_EQ((*g)[0][6], 2);
    EXPECT_EQ((*g)[2][0], 1);
    EXPECT_EQ((*g)[2][1], 1);
    EXPECT_EQ((*g)[2][6], 2);
    EXPECT_EQ((*g)[service::kTable3CarriedRow][6], 0);
  }
}

TEST_P(StoreSuite, TransactionFailedInnerCallLeavesNothingAndTheRestCommits) {
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t person = AddApplicant(ApplicantKind::kNaturalPerson);
  const int64_t id = AddCase(agency, person, D("2024-03-01"));
  ASSERT_NE(id, 0);

  int64_t added = 0;
  Status inner_failure = Status::Ok();
  Result<int64_t> seq_after = 0;
  Status st = db().Transaction([&]() -> Status {
    Result<int64_t> a = db().applicants().Add(domain::Applicant{
        0, ApplicantKind::kOtherOrg, {"某社会组织", "", "", "", ""}});
    if (!a.ok()) return a.status();
    added = *a;
    // The closing summary is valid; the correction target does not exist, so
    // this append fails (a constraint error inside the SQL engines) …
    domain::ApplicationEvent bad = Event("replied", D("2024-03-10"));
    bad.corrects_seq = 7;
    inner_failure =
        AppendAtEnd(db(), id, bad, Closed("2024-03-01", "2024-03-10")).status();
    // … which the body notes and ignores: the transaction must still work.
    seq_after = AppendAtEnd(db(), id, Event("note", D("2024-03-11"), "已电话联系"),
                                                Received("2024-03-01"));
    return seq_after.status();
  });
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(inner_failure.code(), StatusCode::kInvalidInput);
  EXPECT_THAT(inner_failure.message(), HasSubstr("要更正的事件序号 7 不存在"));
  ASSERT_TRUE(seq_after.ok()) << seq_after.status().message();
  EXPECT_EQ(*seq_after, 2);  // the failed append used no seq

  Result<std::unique_ptr<service::Database>> other = store_->Open();
  ASSERT_TRUE(other.ok()) << other.status().message();
  for (service::Database* d : {&db(), other->get()}) {
    EXPECT_EQ(*d->applicants().Kind(added), ApplicantKind::kOtherOrg);
    Result<service::ApplicationRecord> r = d->applications().Get(id);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_EQ(r->events.size(), 2u);
    EXPECT_EQ(r->events[1].kind, "note");
    EXPECT_EQ(r->events[1].note, "已电话联系");
    EXPECT_FALSE(r->events[1].corrects_seq.has_value());
    // The failed append's closing summary was not stored.
    EXPECT_EQ(r->application.state, ApplicationState::kInProgress);
    EXPECT_FALSE(r->application.closed_on.has_value());
    EXPECT_FALSE(r->application.outcome.has_value());
    EXPECT_EQ(d->applications().CountTable3({agency}, 2024)->at(2).at(6), 0);
  }
}

TEST_P(StoreSuite, TransactionNestedTransactionsCommitAndRollBackTheirOwnPart) {
  auto add = [&](const char* name) -> Result<int64_t> {
    return db().applicants().Add(
        domain::Applicant{0, ApplicantKind::kNaturalPerson, {name, "", "", "", ""}});
  };
  int64_t a = 0, b = 0, c = 0, d = 0;
  Status inner_b = Status::Ok();
  Status st = db().Transaction([&]() -> Status {
    Result<int64_t> r = add("甲");
    if (!r.ok()) return r.status();
    a = *r;
    inner_b = db().Transaction([&]() -> Status {
      Result<int64_t> rb = add("乙");
      if (!rb.ok()) return rb.status();
      b = *rb;
      // Two levels deep: committed into 乙's level, then lost with it.
      Status deeper = db().Transaction([&]() -> Status {
        Result<int64_t> rd = add("丁");
        if (!rd.ok()) return rd.status();
        d = *rd;
        return Status::Ok();
      });
      if (!deeper.ok()) return deeper;
      return Status::InvalidInput("乙撤回申请");
    });
    Status inner_c = db().Transaction([&]() -> Status {
      Result<int64_t> rc = add("丙");
      if (!rc.ok()) return rc.status();
      c = *rc;
      return Status::Ok();
    });
    return inner_c;  // the body ignores 乙's failure
  });
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(inner_b.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(inner_b.message(), "乙撤回申请");
  ASSERT_NE(a * b * c * d, 0);
  // 乙's id may have been given again to 丙 (SQLite and the fake reuse the
  // highest id); what is stored under the four ids is exactly 甲 and 丙.
  std::set<std::string> names;
  for (int64_t id : {a, b, c, d}) {
    Result<domain::Applicant> r = db().applicants().GetWithContact(id);
    if (r.ok()) {
      names.insert(r->contact.name);
    } else {
      EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().message();
    }
  }
  EXPECT_THAT(names, ElementsAre("丙", "甲"));
  EXPECT_EQ(db().applicants().GetWithContact(a)->contact.name, "甲");
  EXPECT_EQ(db().applicants().GetWithContact(c)->contact.name, "丙");

  // An inner transaction that succeeded is still undone when the outer fails.
  int64_t e = 0;
  st = db().Transaction([&]() -> Status {
    Status inner = db().Transaction([&]() -> Status {
      Result<int64_t> re = add("戊");
      if (!re.ok()) return re.status();
      e = *re;
      return Status::Ok();
    });
    if (!inner.ok()) return inner;
    return Status::IoError("提交前断电");
  });
  EXPECT_EQ(st.message(), "提交前断电");
  ASSERT_NE(e, 0);
  EXPECT_EQ(db().applicants().Kind(e).status().code(), StatusCode::kNotFound);
  // The connection is usable after all of this.
  Result<int64_t> after = add("己");
  ASSERT_TRUE(after.ok()) << after.status().message();
  EXPECT_EQ(db().applicants().GetWithContact(*after)->contact.name, "己");
}

TEST_P(StoreSuite, TransactionRefusedByTheReportLockRollsEverythingBack) {
  // 2024年度报告已发布: its cases are locked (application-workflow.md §6).
  const int64_t agency = AddAgency("某市财政局", "cz");
  const int64_t old_2023 = AddCase(agency, AddApplicant(ApplicantKind::kNaturalPerson), D("2023-12-20"));
  const int64_t existing = AddCase(agency, AddApplicant(ApplicantKind::kNaturalPerson), D("2024-03-01"));
  ASSERT_NE(old_2023 * existing, 0);
  const service::LockAction by{"公开办王五", "2025-01-20T08:00:00Z", ""};
  ASSERT_TRUE(db().locks().Lock(agency, 2023, by).ok());
  Result<service::Table3Grid> before = db().applications().CountTable3({agency}, 2024);
  ASSERT_TRUE(before.ok()) << before.status().message();

  Written w;
  Status st = db().Transaction([&]() -> Status {
    Status wrote = WriteCase(db(), agency, existing, w);
    if (!wrote.ok()) return wrote;
    // Also lock 2024 in the same transaction; then an event dated in the
    // locked 2023 is refused and the body passes the refusal on.
    Status locked = db().locks().Lock(agency, 2024, by);
    if (!locked.ok()) return locked;
    return AppendAtEnd(db(), old_2023, Event("note", D("2023-12-30")), Received("2023-12-20"))
        .status();
  });
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_THAT(st.message(), HasSubstr("2023年度报告已发布，该年度的案件已锁定"));
  EXPECT_THAT(st.message(), HasSubstr("事件日期 2023-12-30"));
  EXPECT_EQ(w.seq_on_existing, 2);  // the body got that far

  ExpectNothingOf(db(), w, existing);
  EXPECT_EQ(*db().applications().CountTable3({agency}, 2024), *before);
  EXPECT_FALSE(*db().locks().IsLocked(agency, 2024));
  Result<std::vector<service::LockLogEntry>> log = db().locks().Log(agency);
  ASSERT_TRUE(log.ok()) << log.status().message();
  ASSERT_EQ(log->size(), 1u);  // only the 2023 lock made before
  EXPECT_EQ((*log)[0].year, 2023);
  EXPECT_EQ(db().applications().Get(old_2023)->events.size(), 1u);
}

}  // namespace
}  // namespace gongkai::storage::testing
