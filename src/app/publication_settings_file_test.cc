#include "app/publication_settings_file.h"

#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

TEST(PublicationSettingsFile, DefaultsWhenAbsent) {
  Result<service::PublicationSettings> s = ParsePublicationSettings("{\"clock\": {}}", "s.json");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->index_template, "{org}/{year}-{seq:05}");
  EXPECT_TRUE(s->review_by_other);
  EXPECT_EQ(s->summary_max_chars, 100);
}

TEST(PublicationSettingsFile, SummaryLimit) {
  Result<service::PublicationSettings> s =
      ParsePublicationSettings(R"({"publication": {"summary_max_chars": 0}})", "s.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->summary_max_chars, 0);
  for (const char* bad : {R"({"publication": {"summary_max_chars": -1}})",
                          R"({"publication": {"summary_max_chars": "100"}})"}) {
    Result<service::PublicationSettings> r = ParsePublicationSettings(bad, "s.json");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.status().message().find("publication.summary_max_chars"), std::string::npos);
  }
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
