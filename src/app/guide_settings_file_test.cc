#include "app/guide_settings_file.h"

#include <gtest/gtest.h>

#include "app/clock_settings_file.h"

namespace gongkai::app {
namespace {

TEST(GuideSettingsFile, DefaultsWhenAbsent) {
  Result<web::GuideSettings> s = ParseGuideSettings(R"({"clock": {}})", "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->office.empty());
  EXPECT_EQ(s->rules_topic, "综合政务\\政务公开");
}

TEST(GuideSettingsFile, ReadsTheOfficeAndNormalisesTheTopic) {
  Result<web::GuideSettings> s = ParseGuideSettings(
      R"({"guide": {"office": "青山市人民政府办公室", "phone": "0000-00000000", "updated_on": "2025-01-02",
                    "rules_topic": "综合政务/政务公开"}})",
      "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->office, "青山市人民政府办公室");
  EXPECT_EQ(s->phone, "0000-00000000");
  EXPECT_EQ(s->rules_topic, "综合政务\\政务公开");
}

TEST(GuideSettingsFile, BadValuesNameTheKey) {
  for (const char* text : {R"({"guide": {"office": 3}})", R"({"guide": {"boss": "x"}})",
                           R"({"guide": {"updated_on": "昨天"}})", R"({"guide": {"rules_topic": "杂项"}})"}) {
    Result<web::GuideSettings> s = ParseGuideSettings(text, "settings.json");
    ASSERT_FALSE(s.ok()) << text;
    EXPECT_NE(s.status().message().find("guide."), std::string::npos) << s.status().message();
  }
}

TEST(GuideSettingsFile, TheClockReaderAcceptsTheSection) {
  EXPECT_TRUE(ParseClockSettings(R"({"guide": {"office": "x"}})", "s.json").ok());
}

}  // namespace
}  // namespace gongkai::app
