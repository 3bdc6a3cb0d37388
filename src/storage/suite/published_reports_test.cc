// Shared suite: an annual report published (year locked and the report kept
// as published, together), refused without a narrative or with a table that
// does not add up (nothing changed), and published again after an unlock.
#include <gmock/gmock.h>

#include "service/public_reports.h"
#include "service/report_service.h"
#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

using ::testing::HasSubstr;

// Stands in for the JSON writer of formats/: enough to see what was kept.
class TitleEncoder final : public service::ReportEncoder {
 public:
  std::string Encode(const report::AnnualReport& r) const override {
    return r.title + "|" + std::to_string(r.table3.cells[0][6].value.value_or(-1));
  }
};

service::Actor Clerk() { return service::Actor{"公开办王某"}; }

TEST_P(StoreSuite, PublishedReportKeptWithTheLock) {
  const int64_t city = AddAgency("某市人民政府", "city");
  const int64_t dept = AddAgency("某市财政局", "cz", city);
  const int64_t person = AddApplicant(domain::ApplicantKind::kNaturalPerson);
  AddCase(dept, person, D("2024-03-01"), D("2024-03-20"), law::ReplyType::kDisclosed);
  service::ReportService reports(db());
  service::BuildRequest request;
  request.scope = {city, 2024, true};
  request.sample_text = true;
  Result<service::PublishedOutcome> out = reports.PublishReport(request, TitleEncoder(), Clerk());
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(out->version, 1);
  EXPECT_EQ(out->locks.changed.size(), 2u);
  EXPECT_TRUE(*db().locks().IsLocked(city, 2024));
  EXPECT_TRUE(*db().locks().IsLocked(dept, 2024));

  Result<service::PublishedReport> kept = service::GetPublicReport(db(), city, 2024);
  ASSERT_TRUE(kept.ok()) << kept.status().message();
  EXPECT_EQ(kept->report_json, "某市人民政府2024年政府信息公开工作年度报告|1");
  EXPECT_TRUE(kept->children);
  EXPECT_EQ(kept->actor, "公开办王某");
  EXPECT_EQ(kept->published_at.size(), 20u) << kept->published_at;  // 2024-…T…Z

  Result<std::vector<service::PublicReportEntry>> list = service::ListPublicReports(db());
  ASSERT_TRUE(list.ok()) << list.status().message();
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].agency_name, "某市人民政府");
  EXPECT_EQ((*list)[0].year, 2024);
  EXPECT_EQ((*list)[0].published_on.size(), 10u);
  EXPECT_EQ(service::GetPublicReport(db(), dept, 2024).status().code(), StatusCode::kNotFound);

  // Publishing the locked year again is refused, and keeps nothing more.
  EXPECT_FALSE(reports.PublishReport(request, TitleEncoder(), Clerk()).ok());
  EXPECT_EQ(service::GetPublicReport(db(), city, 2024)->version, 1);

  // After an unlock, a corrected case and a new publication: version 2.
  ASSERT_TRUE(reports.Unlock(request.scope, Clerk(), "更正一件申请的答复类型").ok());
  AddCase(dept, person, D("2024-05-01"), D("2024-05-20"), law::ReplyType::kDisclosed);
  Result<service::PublishedOutcome> again = reports.PublishReport(request, TitleEncoder(), Clerk());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->version, 2);
  EXPECT_THAT(service::GetPublicReport(db(), city, 2024)->report_json, HasSubstr("|2"));
  list = service::ListPublicReports(db());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].version, 2);
}

TEST_P(StoreSuite, PublishedReportRefusedLeavesNothing) {
  const int64_t city = AddAgency("某市人民政府", "city");
  service::ReportService reports(db());
  service::BuildRequest request;
  request.scope = {city, 2024, false};
  // No narrative: refused before anything is read.
  Result<service::PublishedOutcome> bare = reports.PublishReport(request, TitleEncoder(), Clerk());
  ASSERT_FALSE(bare.ok());
  EXPECT_THAT(bare.status().message(), HasSubstr("正文草稿"));
  // A draft without its six sections fails the checker (H7): nothing locked.
  request.draft = report::AnnualReport{};
  Result<service::PublishedOutcome> bad = reports.PublishReport(request, TitleEncoder(), Clerk());
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("不能发布"));
  EXPECT_FALSE(*db().locks().IsLocked(city, 2024));
  EXPECT_TRUE(db().reports().ListLatest()->empty());
  EXPECT_EQ(db().reports().Latest(city, 2024).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace gongkai::storage::testing
