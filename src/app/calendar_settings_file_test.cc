#include "app/calendar_settings_file.h"

#include <gtest/gtest.h>

#include "app/clock_settings_file.h"

namespace gongkai::app {
namespace {

TEST(CalendarSettingsFile, ProvisionalForTwoYearsByDefault) {
  Result<CalendarSettings> s = ParseCalendarSettings(R"({"clock": {}})", "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->provisional);
  EXPECT_EQ(s->YearsAhead(), 2);
}

TEST(CalendarSettingsFile, RefuseTurnsItOff) {
  Result<CalendarSettings> s = ParseCalendarSettings(
      R"({"calendar": {"unknown_years": "refuse", "provisional_years": 3}})", "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_FALSE(s->provisional);
  EXPECT_EQ(s->YearsAhead(), 0);
  s = ParseCalendarSettings(R"({"calendar": {"provisional_years": 1}})", "settings.json");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->YearsAhead(), 1);
}

TEST(CalendarSettingsFile, BadValuesNameTheKey) {
  for (const char* text : {R"({"calendar": {"unknown_years": "guess"}})",
                           R"({"calendar": {"provisional_years": 0}})",
                           R"({"calendar": {"provisional_years": "2"}})",
                           R"({"calendar": {"years": 2}})", R"({"calendar": []})"}) {
    Result<CalendarSettings> s = ParseCalendarSettings(text, "settings.json");
    ASSERT_FALSE(s.ok()) << text;
    EXPECT_NE(s.status().message().find("settings.json"), std::string::npos) << text;
    EXPECT_NE(s.status().message().find("calendar"), std::string::npos) << text;
  }
}

TEST(CalendarSettingsFile, TheClockReaderAcceptsTheSection) {
  EXPECT_TRUE(ParseClockSettings(R"({"calendar": {"unknown_years": "refuse"}})", "s.json").ok());
}

}  // namespace
}  // namespace gongkai::app
