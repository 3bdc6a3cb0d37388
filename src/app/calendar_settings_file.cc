#include "app/calendar_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/clock_settings_file.h"
#include "app/file_io.h"
#include "law/provisional_year.h"

namespace gongkai::app {

Result<CalendarSettings> ParseCalendarSettings(const std::string& text, const std::string& path) {
  CalendarSettings s;
  s.provisional_years = law::kDefaultProvisionalYears;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  if (!root.contains("calendar")) return s;
  const nlohmann::json& section = root["calendar"];
  if (!section.is_object()) return Status::InvalidInput("设置文件 " + path + " 中的“calendar”应为对象");
  for (const auto& [key, v] : section.items()) {
    const std::string at = "设置文件 " + path + " 中的“calendar." + key + "”";
    if (key == "unknown_years") {
      const std::string mode = v.is_string() ? v.get<std::string>() : "";
      if (mode != "provisional" && mode != "refuse") {
        return Status::InvalidInput(at + "应为\"provisional\"（暂按周末和固定日期的节假日计算）或\"refuse\"（拒绝计算）");
      }
      s.provisional = mode == "provisional";
    } else if (key == "provisional_years") {
      if (!v.is_number_integer() || v.get<int64_t>() < 1 || v.get<int64_t>() > law::kMaxProvisionalYears) {
        return Status::InvalidInput(at + "应为1至" + std::to_string(law::kMaxProvisionalYears) + "之间的整数");
      }
      s.provisional_years = v.get<int>();
    } else {
      return Status::InvalidInput(at + "不是已知的设置（可用：unknown_years、provisional_years）");
    }
  }
  return s;
}

Result<CalendarSettings> LoadCalendarSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return CalendarSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParseCalendarSettings(*text, path);
}

}  // namespace gongkai::app
