#include "app/mailbox_settings_file.h"

#include <gtest/gtest.h>

namespace gongkai::app {
namespace {

TEST(MailboxSettingsFile, DefaultsWhenAbsent) {
  Result<domain::MailboxSettings> s = ParseMailboxSettings(R"({"clock": {}})", "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->ack_wd, 2);
  EXPECT_EQ(s->reply_wd, 10);
  EXPECT_EQ(s->extend_wd, 10);
  EXPECT_DOUBLE_EQ(s->alert_ratio, 0.8);
  EXPECT_EQ(s->veto_risk_days, 60);
}

TEST(MailboxSettingsFile, ReadsEveryKey) {
  Result<domain::MailboxSettings> s = ParseMailboxSettings(
      R"({"mailbox": {"ack_wd": 1, "reply_wd": 3, "extend_wd": 7, "alert_ratio": 0.5,
                      "veto_risk_days": 45}})",
      "settings.json");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->ack_wd, 1);
  EXPECT_EQ(s->reply_wd, 3);
  EXPECT_EQ(s->extend_wd, 7);
  EXPECT_DOUBLE_EQ(s->alert_ratio, 0.5);
  EXPECT_EQ(s->veto_risk_days, 45);
}

TEST(MailboxSettingsFile, ErrorsNameTheKey) {
  Result<domain::MailboxSettings> s =
      ParseMailboxSettings(R"({"mailbox": {"reply_days": 3}})", "/d/settings.json");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("mailbox.reply_days"), std::string::npos);
  s = ParseMailboxSettings(R"({"mailbox": {"reply_wd": "十"}})", "/d/settings.json");
  EXPECT_NE(s.status().message().find("应为整数"), std::string::npos);
  s = ParseMailboxSettings(R"({"mailbox": {"alert_ratio": 2}})", "/d/settings.json");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("alert_ratio"), std::string::npos);
  EXPECT_NE(s.status().message().find("/d/settings.json"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::app
