#include "app/clock_settings_file.h"

#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

TEST(ClockSettingsFile, DefaultsAndOverrides) {
  Result<law::ClockSettings> s = ParseClockSettings("{}", "settings.json");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->max_extensions, 1);
  EXPECT_TRUE(s->fee_pauses_clock);
  s = ParseClockSettings(R"({"clock":{"max_extensions":2,"fee_pauses_clock":false}})", "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->max_extensions, 2);
  EXPECT_FALSE(s->fee_pauses_clock);
  EXPECT_FALSE(s->counting.start_day_counts);
}

TEST(ClockSettingsFile, MistakesNameTheFileAndKey) {
  EXPECT_EQ(ParseClockSettings(R"({"clock":{"max_extension":2}})", "/d/settings.json").status().message(),
            "设置文件 /d/settings.json 中的“clock.max_extension”不是已知的设置（可用：start_day_counts、"
            "fee_pauses_clock、extension_before_due、max_extensions）");
  EXPECT_FALSE(ParseClockSettings(R"({"clock":{"max_extensions":0}})", "s").ok());
  EXPECT_FALSE(ParseClockSettings(R"({"clock":{"fee_pauses_clock":"yes"}})", "s").ok());
  EXPECT_FALSE(ParseClockSettings("[", "s").ok());
}

}  // namespace
}  // namespace gongkai::app
