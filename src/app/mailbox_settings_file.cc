#include "app/mailbox_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/clock_settings_file.h"
#include "app/file_io.h"

namespace gongkai::app {

Result<domain::MailboxSettings> ParseMailboxSettings(const std::string& text,
                                                     const std::string& path) {
  domain::MailboxSettings s;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  if (!root.contains("mailbox")) return s;
  const nlohmann::json& section = root["mailbox"];
  if (!section.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 中的“mailbox”应为对象");
  }
  for (const auto& [key, v] : section.items()) {
    const std::string at = "设置文件 " + path + " 中的“mailbox." + key + "”";
    int* days = key == "ack_wd"           ? &s.ack_wd
                : key == "reply_wd"       ? &s.reply_wd
                : key == "extend_wd"      ? &s.extend_wd
                : key == "veto_risk_days" ? &s.veto_risk_days
                                          : nullptr;
    if (days) {
      if (!v.is_number_integer()) return Status::InvalidInput(at + "应为整数（天数）");
      const int64_t n = v.get<int64_t>();
      if (n < 0 || n > 1000) return Status::InvalidInput(at + "应为 0–1000 的整数");
      *days = static_cast<int>(n);
    } else if (key == "alert_ratio") {
      if (!v.is_number()) return Status::InvalidInput(at + "应为数字，例如 0.8");
      s.alert_ratio = v.get<double>();
    } else {
      return Status::InvalidInput(at +
                                  "不是已知的设置（可用：ack_wd、reply_wd、extend_wd、"
                                  "alert_ratio、veto_risk_days）");
    }
  }
  if (Status valid = domain::ValidateMailboxSettings(s); !valid.ok()) {
    return valid.WithContext("设置文件 " + path);
  }
  return s;
}

Result<domain::MailboxSettings> LoadMailboxSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return domain::MailboxSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParseMailboxSettings(*text, path);
}

}  // namespace gongkai::app
