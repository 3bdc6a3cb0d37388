#include "app/guide_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "app/clock_settings_file.h"
#include "app/file_io.h"
#include "core/civil_date.h"
#include "domain/catalogue_terms.h"

namespace gongkai::app {

Result<web::GuideSettings> ParseGuideSettings(const std::string& text, const std::string& path) {
  web::GuideSettings s;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  if (!root.contains("guide")) return s;
  const nlohmann::json& section = root["guide"];
  if (!section.is_object()) return Status::InvalidInput("设置文件 " + path + " 中的“guide”应为对象");
  const std::vector<std::pair<const char*, std::string*>> keys = {
      {"office", &s.office},       {"address", &s.address},       {"postal_code", &s.postal_code},
      {"office_hours", &s.office_hours}, {"phone", &s.phone},     {"fax", &s.fax},
      {"email", &s.email},         {"supervisor", &s.supervisor}, {"updated_on", &s.updated_on},
      {"rules_topic", &s.rules_topic}};
  for (const auto& [key, v] : section.items()) {
    const std::string at = "设置文件 " + path + " 中的“guide." + key + "”";
    std::string* field = nullptr;
    for (const auto& [name, target] : keys) {
      if (key == name) field = target;
    }
    if (!field) {
      return Status::InvalidInput(at + "不是已知的设置（可用：office、address、postal_code、office_hours、"
                                       "phone、fax、email、supervisor、updated_on、rules_topic）");
    }
    if (!v.is_string()) return Status::InvalidInput(at + "应为字符串");
    *field = v.get<std::string>();
  }
  if (!s.updated_on.empty() && !CivilDate::Parse(s.updated_on)) {
    return Status::InvalidInput("设置文件 " + path + " 中的“guide.updated_on”应为日期，如 2025-01-01");
  }
  std::optional<std::string> topic = domain::NormalizeTopic(s.rules_topic);
  if (!topic) {
    return Status::InvalidInput("设置文件 " + path + " 中的“guide.rules_topic”“" + s.rules_topic +
                                "”不是主题分类（第一级应为国务院公文主题分类之一，如 综合政务\\政务公开）");
  }
  s.rules_topic = *topic;
  return s;
}

Result<web::GuideSettings> LoadGuideSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return web::GuideSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParseGuideSettings(*text, path);
}

}  // namespace gongkai::app
