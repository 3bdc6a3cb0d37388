#include "app/clock_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/file_io.h"

namespace gongkai::app {

std::string SettingsPath(const std::string& data_dir) { return data_dir + "/settings.json"; }

Result<law::ClockSettings> ParseClockSettings(const std::string& text, const std::string& path) {
  law::ClockSettings s;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  for (const auto& [section, value] : root.items()) {
    if (section == "publication" || section == "mailbox" || section == "portal" ||
        section == "forms" || section == "calendar" || section == "guide") {
      continue;  // their own readers
    }
    if (section != "clock") {
      return Status::InvalidInput("设置文件 " + path + " 中有未知的设置“" + section +
                                  "”（可用：clock、calendar、publication、mailbox、portal、forms、guide）");
    }
    if (!value.is_object()) return Status::InvalidInput("设置文件 " + path + " 中的“clock”应为对象");
    for (const auto& [key, v] : value.items()) {
      const std::string at = "设置文件 " + path + " 中的“clock." + key + "”";
      bool* flag = key == "start_day_counts"       ? &s.counting.start_day_counts
                   : key == "fee_pauses_clock"     ? &s.fee_pauses_clock
                   : key == "extension_before_due" ? &s.extension_before_due
                                                   : nullptr;
      if (flag != nullptr) {
        if (!v.is_boolean()) return Status::InvalidInput(at + "应为true或false");
        *flag = v.get<bool>();
      } else if (key == "max_extensions") {
        if (!v.is_number_integer() || v.get<int64_t>() < 1 || v.get<int64_t>() > 20) {
          return Status::InvalidInput(at + "应为1至20之间的整数");
        }
        s.max_extensions = v.get<int>();
      } else {
        return Status::InvalidInput(at + "不是已知的设置（可用：start_day_counts、fee_pauses_clock、"
                                         "extension_before_due、max_extensions）");
      }
    }
  }
  return s;
}

Result<law::ClockSettings> LoadClockSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return law::ClockSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParseClockSettings(*text, path);
}

}  // namespace gongkai::app
