#include "app/portal_settings_file.h"

#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

TEST(PortalSettingsFile, DefaultsAndFields) {
  Result<web::PortalSettings> none = ParsePortalSettings("{}", "s.json");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->site_name, "政府信息公开平台");
  EXPECT_TRUE(none->site_id_code.empty());
  Result<web::PortalSettings> s = ParsePortalSettings(
      R"({"portal": {"site_name": "示例市人民政府", "site_id_code": "1234000001", "sponsor": "示例市政府办公室"}})",
      "s.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->site_name, "示例市人民政府");
  EXPECT_EQ(s->site_id_code, "1234000001");
  EXPECT_EQ(s->sponsor, "示例市政府办公室");
}

TEST(PortalSettingsFile, ErrorsNameTheKey) {
  Result<web::PortalSettings> unknown = ParsePortalSettings(R"({"portal": {"logo": "x"}})", "s.json");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("portal.logo"), std::string::npos);
  Result<web::PortalSettings> number = ParsePortalSettings(R"({"portal": {"icp": 5}})", "s.json");
  ASSERT_FALSE(number.ok());
  EXPECT_NE(number.status().message().find("portal.icp"), std::string::npos);
  EXPECT_FALSE(ParsePortalSettings(R"({"portal": {"site_name": ""}})", "s.json").ok());
}

}  // namespace
}  // namespace gongkai::app
