// The public forms on every adapter: the guard's tokens and rate limit, an
// online application registered with its request details (or nothing when
// refused), and the applicant following it by query code and phone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "service/application_tracking.h"
#include "service/form_guard.h"
#include "service/online_application.h"
#include "storage/suite/publication_fakes.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/use_cases.h"

namespace gongkai::storage::testing {
namespace {

using ::testing::HasSubstr;
using service::GuardVerdict;
using K = law::ProcedureEventKind;

constexpr int64_t kT0 = 1'760'000'000;

domain::OnlineApplicationForm GoodForm(int64_t agency) {
  domain::OnlineApplicationForm f;
  f.agency = std::to_string(agency);
  f.applicant_type = "person";
  f.person_name = "张三";
  f.id_type = "resident_id";
  f.id_number = "11010519491231002X";
  f.phone = "138 0013 8000";
  f.subject = "2025年部门预算公开表格";
  f.purpose = "了解预算";
  f.delivery_method = "email";
  f.delivery_form = "electronic";
  f.email = "zhang@example.com";
  f.pledge = "1";
  f.proof_name = "id.png";
  f.proof_bytes = std::string("\x89PNG\r\n\x1A\n", 8) + "pixels";
  return f;
}

service::Moment At(const char* iso) { return {std::string(iso) + "T02:00:00Z", D(iso)}; }

TEST_P(StoreSuite, FormsATokenIsGoodOnceForItsBrowserAfterAPersonsPause) {
  service::FormGuard guard(db(), {});
  ASSERT_TRUE(guard.Issue("apply", "TOKEN1", "VISITOR1", kT0).ok());
  auto redeem = [&](const char* token, const char* visitor, int64_t at, const char* purpose = "apply") {
    Result<GuardVerdict> v = guard.Redeem(purpose, token, visitor, at);
    EXPECT_TRUE(v.ok()) << v.status().message();
    return v.ok() ? *v : GuardVerdict::kUnknown;
  };
  EXPECT_EQ(redeem("NOPE", "VISITOR1", kT0 + 10), GuardVerdict::kUnknown);
  EXPECT_EQ(redeem("TOKEN1", "VISITOR1", kT0 + 10, "mail"), GuardVerdict::kUnknown);
  EXPECT_EQ(redeem("TOKEN1", "VISITOR2", kT0 + 10), GuardVerdict::kWrongVisitor);
  EXPECT_EQ(redeem("TOKEN1", "VISITOR1", kT0 + 1), GuardVerdict::kTooFast);
  EXPECT_EQ(redeem("TOKEN1", "VISITOR1", kT0 + 7201), GuardVerdict::kExpired);
  EXPECT_EQ(redeem("TOKEN1", "VISITOR1", kT0 + 10), GuardVerdict::kOk);
  EXPECT_EQ(redeem("TOKEN1", "VISITOR1", kT0 + 11), GuardVerdict::kUsed);
}

TEST_P(StoreSuite, FormsTheRateLimitCountsPerClientInItsWindow) {
  service::FormGuardSettings s;
  s.track = {3, 600};
  service::FormGuard guard(db(), s);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(*guard.Hit("track", "10.0.0.1", kT0 + i), GuardVerdict::kOk);
  }
  EXPECT_EQ(*guard.Hit("track", "10.0.0.1", kT0 + 5), GuardVerdict::kTooMany);
  EXPECT_EQ(*guard.Hit("track", "10.0.0.2", kT0 + 5), GuardVerdict::kOk);  // another client
  EXPECT_EQ(*guard.Hit("apply", "10.0.0.1", kT0 + 5), GuardVerdict::kOk);  // another form
  EXPECT_EQ(*guard.Hit("track", "10.0.0.1", kT0 + 600), GuardVerdict::kOk);  // the first has left
  // Issuing prunes what is too old to matter, and the limit still holds.
  ASSERT_TRUE(guard.Issue("track", "T", "V", kT0 + 100000).ok());
  Result<int64_t> left = db().guards().CountHits("track:10.0.0.1", 0);
  ASSERT_TRUE(left.ok());
  EXPECT_EQ(*left, 0);
}

TEST_P(StoreSuite, FormsAnOnlineApplicationIsRegisteredWholeAndFollowedByItsCode) {
  UseCaseDesk d(*this);
  FakeFiles files;
  service::FormGuard guard(db(), {});
  service::OnlineApplications apply(db(), d.cases, files, guard);
  ASSERT_TRUE(guard.Issue("apply", "TOK", "VIS", kT0).ok());
  service::OnlineSubmission in{GoodForm(d.dept), "TOK", "VIS", "10.0.0.1"};
  Result<service::OnlineOutcome> out = apply.Submit(in, At("2025-03-03"), kT0 + 60);
  ASSERT_TRUE(out.ok()) << out.status().message();
  ASSERT_TRUE(out->accepted()) << (out->errors.empty() ? "guard" : out->errors[0].message);
  EXPECT_EQ(out->agency_name, "某市财政局");
  EXPECT_FALSE(out->query_code.empty());

  Result<service::ApplicationRecord> r = db().applications().Get(out->application_id);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->application.channel, law::Channel::kOnline);
  EXPECT_EQ(r->application.state, domain::ApplicationState::kSubmitted);  // receipt not confirmed
  EXPECT_EQ(r->events.size(), 1u);
  Result<std::optional<domain::ApplicationRequest>> q = db().requests().Get(out->application_id);
  ASSERT_TRUE(q.ok() && q->has_value());
  EXPECT_EQ((*q)->delivery_method, domain::DeliveryMethod::kEmail);
  EXPECT_EQ((*q)->purpose, "了解预算");
  ASSERT_TRUE((*q)->proof.has_value());
  EXPECT_EQ((*q)->proof->type, "png");
  Result<std::string> stored = files.Get((*q)->proof->file_id, "");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(*stored, in.form.proof_bytes);

  // The applicant follows it: the phone may be typed differently; a wrong
  // phone and a wrong code get the same answer.
  Result<service::TrackedApplication> t =
      service::TrackApplication(db(), d.cases, out->query_code, "+86 13800138000");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->agency, "某市财政局");
  EXPECT_FALSE(t->received_on.has_value());
  EXPECT_FALSE(t->due_on.has_value());
  Result<service::TrackedApplication> wrong_phone =
      service::TrackApplication(db(), d.cases, out->query_code, "13900139000");
  Result<service::TrackedApplication> wrong_code =
      service::TrackApplication(db(), d.cases, "NOSUCHCODE", "13800138000");
  EXPECT_EQ(wrong_phone.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(wrong_phone.status().message(), wrong_code.status().message());

  // The office confirms receipt, then asks for a correction.
  ASSERT_TRUE(d.cases.Record(out->application_id, Ev(K::kReceiptConfirmed, "2025-03-04"), {"经办人"}).ok());
  law::ProcedureEvent correction = Ev(K::kCorrectionRequested, "2025-03-06");
  correction.days = 10;
  ASSERT_TRUE(d.cases.Record(out->application_id, correction, {"经办人"}).ok());
  t = service::TrackApplication(db(), d.cases, out->query_code, "13800138000");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->received_on, D("2025-03-04"));
  EXPECT_EQ(t->state, "待补正");
  ASSERT_EQ(t->steps.size(), 3u);
  EXPECT_THAT(t->steps[2].text, HasSubstr("补正"));
  EXPECT_THAT(t->due_explanation, HasSubstr("2025-03-04"));
  for (const service::TrackedStep& s : t->steps) EXPECT_THAT(s.text, ::testing::Not(HasSubstr("经办人")));
}

TEST_P(StoreSuite, FormsARefusedApplicationLeavesTheDatabaseAsItWas) {
  UseCaseDesk d(*this);
  FakeFiles files;
  service::FormGuardSettings s;
  s.apply = {1, 3600};
  service::FormGuard guard(db(), s);
  service::OnlineApplications apply(db(), d.cases, files, guard);
  ASSERT_TRUE(guard.Issue("apply", "T1", "VIS", kT0).ok());
  ASSERT_TRUE(guard.Issue("apply", "T2", "VIS", kT0).ok());
  const std::string before = ContentOf(db());

  // Bad fields: nothing is written, the token stays good.
  service::OnlineSubmission bad{GoodForm(d.dept), "T1", "VIS", "10.0.0.1"};
  bad.form.id_number = "110105194912310021";
  bad.form.agency = "999";
  Result<service::OnlineOutcome> out = apply.Submit(bad, At("2025-03-03"), kT0 + 60);
  ASSERT_TRUE(out.ok());
  ASSERT_EQ(out->errors.size(), 2u);
  EXPECT_EQ(out->errors[0].field, "agency");
  EXPECT_EQ(out->errors[1].field, "id_number");
  // Another browser's token: refused, nothing written.
  service::OnlineSubmission forged{GoodForm(d.dept), "T1", "OTHER", "10.0.0.1"};
  out = apply.Submit(forged, At("2025-03-03"), kT0 + 60);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->guard, GuardVerdict::kWrongVisitor);
  EXPECT_EQ(ContentOf(db()), before);

  // One accepted; the second from the same client is over the limit and
  // leaves nothing (its token unused).
  service::OnlineSubmission good{GoodForm(d.dept), "T1", "VIS", "10.0.0.1"};
  out = apply.Submit(good, At("2025-03-03"), kT0 + 60);
  ASSERT_TRUE(out.ok() && out->accepted());
  const std::string after_one = ContentOf(db());
  service::OnlineSubmission again{GoodForm(d.dept), "T2", "VIS", "10.0.0.1"};
  out = apply.Submit(again, At("2025-03-03"), kT0 + 61);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->guard, GuardVerdict::kTooMany);
  EXPECT_EQ(ContentOf(db()), after_one);
  Result<std::optional<service::FormToken>> t2 = db().guards().GetToken("T2");
  ASSERT_TRUE(t2.ok() && t2->has_value());
  EXPECT_FALSE((*t2)->used_at.has_value());
}

}  // namespace
}  // namespace gongkai::storage::testing
