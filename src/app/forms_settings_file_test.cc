#include "app/forms_settings_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

using ::testing::HasSubstr;

TEST(FormsSettings, DefaultsWithoutTheSection) {
  Result<FormsSettings> s = ParseFormsSettings("{}", "settings.json");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->guard.min_fill_seconds, 3);
  EXPECT_EQ(s->guard.apply.count, 5);
  EXPECT_EQ(s->limits.max_proof_bytes, 5 * 1024 * 1024);
}

TEST(FormsSettings, ReadsEveryKey) {
  Result<FormsSettings> s = ParseFormsSettings(
      R"({"forms": {"min_fill_seconds": 0, "max_age_seconds": 600,
          "apply_limit": {"count": 2, "seconds": 60}, "track_limit": {"count": 3},
          "max_proof_bytes": 2048}})",
      "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->guard.min_fill_seconds, 0);
  EXPECT_EQ(s->guard.max_age_seconds, 600);
  EXPECT_EQ(s->guard.apply.count, 2);
  EXPECT_EQ(s->guard.apply.seconds, 60);
  EXPECT_EQ(s->guard.track.count, 3);
  EXPECT_EQ(s->guard.track.seconds, 600);
  EXPECT_EQ(s->limits.max_proof_bytes, 2048);
}

TEST(FormsSettings, RefusalsNameTheKey) {
  EXPECT_THAT(ParseFormsSettings(R"({"forms": {"min_fill": 1}})", "s.json").status().message(),
              HasSubstr("forms.min_fill"));
  EXPECT_THAT(ParseFormsSettings(R"({"forms": {"max_age_seconds": 5}})", "s.json").status().message(),
              HasSubstr("60–604800"));
  EXPECT_THAT(
      ParseFormsSettings(R"({"forms": {"mail_limit": {"count": "5"}}})", "s.json").status().message(),
      HasSubstr("forms.mail_limit.count"));
}

}  // namespace
}  // namespace gongkai::app
