// The suite's fixture, and its tests of migrations, agencies and applicants.
#include <gmock/gmock.h>

#include "storage/suite/store_suite.h"

#include "storage/schema_version.h"

namespace gongkai::storage::testing {

using domain::ApplicantKind;
using domain::ApplicationState;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

CivilDate D(const char* iso) {
  std::optional<CivilDate> d = CivilDate::Parse(iso);
  EXPECT_TRUE(d.has_value()) << iso;
  return d.value_or(CivilDate{});
}

Result<int64_t> AppendAtEnd(service::Database& db, int64_t application_id,
                            const domain::ApplicationEvent& event,
                            const service::ApplicationSummary& summary) {
  Result<service::ApplicationRecord> r = db.applications().Get(application_id);
  const int64_t next = r.ok() && !r->events.empty() ? r->events.back().seq + 1 : 1;
  return db.applications().AppendEvent(application_id, event, summary, next);
}

void StoreSuite::SetUp() {
  std::string skip;
  store_ = GetParam().make(skip);
  if (!store_) GTEST_SKIP() << skip;
  Result<std::unique_ptr<service::Database>> opened = store_->Open();
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  db_ = std::move(opened.value());
  Status migrated = db_->Migrate();
  ASSERT_TRUE(migrated.ok()) << migrated.message();
}

int64_t StoreSuite::AddAgency(const std::string& name, const std::string& code,
                              std::optional<int64_t> parent, domain::AgencyKind kind) {
  domain::Agency a;
  a.name = name;
  a.code = code;
  a.parent_id = parent;
  a.kind = kind;
  Result<int64_t> id = db_->agencies().Add(a);
  if (!id.ok()) {
    ADD_FAILURE() << "AddAgency " << name << ": " << id.status().message();
    return 0;
  }
  return *id;
}

int64_t StoreSuite::AddApplicant(domain::ApplicantKind kind, const std::string& name) {
  domain::Applicant a;
  a.kind = kind;
  a.contact = {name, "110101199003070000", "13800000000", "北京市东城区", "a@example.cn"};
  Result<int64_t> id = db_->applicants().Add(a);
  if (!id.ok()) {
    ADD_FAILURE() << "AddApplicant: " << id.status().message();
    return 0;
  }
  return *id;
}

domain::ApplicationEvent StoreSuite::Event(const std::string& kind, CivilDate on,
                                           const std::string& note) {
  domain::ApplicationEvent e;
  e.kind = kind;
  e.occurred_on = on;
  e.recorded_at = "2025-01-01T00:00:00Z";
  e.actor = "clerk";
  e.note = note;
  return e;
}

int64_t StoreSuite::AddCase(int64_t agency, int64_t applicant, std::optional<CivilDate> received,
                            std::optional<CivilDate> closed, law::ReplyType outcome) {
  domain::Application a;
  a.agency_id = agency;
  a.applicant_id = applicant;
  a.channel = law::Channel::kOnline;
  a.subject = "2023年度财政预算执行情况";
  a.query_code = "Q" + std::to_string(agency) + "-" + std::to_string(applicant);
  a.submitted_on = received.value_or(CivilDate{2024, 1, 2});
  Result<int64_t> id = db_->applications().Create(a);
  if (!id.ok()) {
    ADD_FAILURE() << "Create: " << id.status().message();
    return 0;
  }
  if (!received) return *id;
  service::ApplicationSummary s;
  s.state = ApplicationState::kInProgress;
  s.received_on = received;
  s.due_on = CivilDate::FromDays(received->ToDays() + 28);
  Result<int64_t> seq = AppendAtEnd(*db_, *id, Event("received", *received), s);
  if (!seq.ok()) {
    ADD_FAILURE() << "received: " << seq.status().message();
    return 0;
  }
  if (!closed) return *id;
  s.state = ApplicationState::kClosed;
  s.due_on.reset();
  s.closed_on = closed;
  s.outcome = outcome;
  seq = AppendAtEnd(*db_, *id, Event("replied", *closed), s);
  if (!seq.ok()) {
    ADD_FAILURE() << "replied: " << seq.status().message();
    return 0;
  }
  return *id;
}

namespace {

TEST_P(StoreSuite, MigrateTwiceKeepsVersionAndData) {
  Result<int> v = db().SchemaVersion();
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(*v, db().LatestSchemaVersion());
  EXPECT_EQ(*v, kSchemaVersion);
  const int64_t city = AddAgency("某市人民政府", "city", std::nullopt, domain::AgencyKind::kGovernment);
  ASSERT_TRUE(db().Migrate().ok());
  EXPECT_EQ(*db().SchemaVersion(), kSchemaVersion);

  Result<std::unique_ptr<service::Database>> again = store_->Open();
  ASSERT_TRUE(again.ok()) << again.status().message();
  Status st = (*again)->Migrate();
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(*(*again)->SchemaVersion(), kSchemaVersion);
  Result<domain::Agency> a = (*again)->agencies().Get(city);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->name, "某市人民政府");
  EXPECT_EQ(a->kind, domain::AgencyKind::kGovernment);
}

TEST_P(StoreSuite, AgencyTreeChildrenAndSubtree) {
  const int64_t city = AddAgency("某市人民政府", "city", std::nullopt, domain::AgencyKind::kGovernment);
  const int64_t finance = AddAgency("某市财政局", "cz", city);
  const int64_t town = AddAgency("某市某某镇人民政府", "town", city, domain::AgencyKind::kGovernment);
  const int64_t office = AddAgency("某市财政局国库支付中心", "cz-gk", finance);
  const int64_t other = AddAgency("另一市人民政府", "other", std::nullopt);

  Result<std::vector<domain::Agency>> children = db().agencies().Children(city);
  ASSERT_TRUE(children.ok()) << children.status().message();
  ASSERT_EQ(children->size(), 2u);
  EXPECT_EQ((*children)[0].id, finance);
  EXPECT_EQ((*children)[0].parent_id, city);
  EXPECT_EQ((*children)[1].id, town);

  Result<std::vector<int64_t>> sub = db().agencies().Subtree(city);
  ASSERT_TRUE(sub.ok()) << sub.status().message();
  EXPECT_THAT(*sub, ElementsAre(city, finance, town, office));
  EXPECT_THAT(*db().agencies().Subtree(finance), ElementsAre(finance, office));
  EXPECT_THAT(*db().agencies().Subtree(other), ElementsAre(other));
  EXPECT_EQ(db().agencies().List()->size(), 5u);

  EXPECT_EQ(db().agencies().Subtree(999).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(db().agencies().Get(999).status().code(), StatusCode::kNotFound);
}

TEST_P(StoreSuite, AgencyAddRejectsBadInputWithChineseMessages) {
  const int64_t city = AddAgency("某市人民政府", "city");
  domain::Agency dup;
  dup.name = "某市人民政府办公室";
  dup.code = "city";
  Result<int64_t> r = db().agencies().Add(dup);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_THAT(r.status().message(), HasSubstr("机关代码“city”已被机关"));

  domain::Agency orphan;
  orphan.name = "某局";
  orphan.code = "x";
  orphan.parent_id = city + 100;
  r = db().agencies().Add(orphan);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("上级机关 " + std::to_string(city + 100) + " 不存在"));

  domain::Agency unnamed;
  unnamed.code = "y";
  EXPECT_EQ(db().agencies().Add(unnamed).status().message(), "机关名称不能为空（应写全称）");
  EXPECT_EQ(db().agencies().List()->size(), 1u);
}

TEST_P(StoreSuite, ApplicantKindIsPublicContactIsSeparate) {
  const int64_t id = AddApplicant(ApplicantKind::kLegalService, "某律师事务所");
  Result<ApplicantKind> kind = db().applicants().Kind(id);
  ASSERT_TRUE(kind.ok()) << kind.status().message();
  EXPECT_EQ(*kind, ApplicantKind::kLegalService);
  Result<domain::Applicant> full = db().applicants().GetWithContact(id);
  ASSERT_TRUE(full.ok()) << full.status().message();
  EXPECT_EQ(full->id, id);
  EXPECT_EQ(full->contact.name, "某律师事务所");
  EXPECT_EQ(full->contact.id_document, "110101199003070000");
  EXPECT_EQ(full->contact.phone, "13800000000");
  EXPECT_EQ(full->contact.address, "北京市东城区");
  EXPECT_EQ(full->contact.email, "a@example.cn");
  EXPECT_EQ(db().applicants().Kind(id + 1).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace gongkai::storage::testing
