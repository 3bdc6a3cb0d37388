#include "app/publication_settings_file.h"

#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

TEST(PublicationSettingsFile, DefaultsWhenAbsent) {
  Result<service::PublicationSettings> s = ParsePublicationSettings("{\"clock\": {}}", "s.json");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->index_template, "{org}/{year}-{seq:05}");
  EXPECT_TRUE(s->review_by_other);
}

TEST(PublicationSettingsFile, ReadsAndChecksTheTemplate) {
  Result<service::PublicationSettings> s = ParsePublicationSettings(
      R"({"publication": {"index_template": "{org}-{cat}-{year}-{seq:06}", "review_by_other": false}})",
      "s.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->index_template, "{org}-{cat}-{year}-{seq:06}");
  EXPECT_FALSE(s->review_by_other);
  Result<service::PublicationSettings> bad =
      ParsePublicationSettings(R"({"publication": {"index_template": "{org}/{year}"}})", "s.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("publication.index_template"), std::string::npos);
  EXPECT_NE(bad.status().message().find("{seq}"), std::string::npos);
  Result<service::PublicationSettings> unknown =
      ParsePublicationSettings(R"({"publication": {"index": 1}})", "s.json");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("s.json"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::app
