#include "app/portal_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "app/clock_settings_file.h"
#include "app/file_io.h"

namespace gongkai::app {

Result<web::PortalSettings> ParsePortalSettings(const std::string& text, const std::string& path) {
  web::PortalSettings s;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  if (!root.contains("portal")) return s;
  const nlohmann::json& section = root["portal"];
  if (!section.is_object()) return Status::InvalidInput("设置文件 " + path + " 中的“portal”应为对象");
  const std::vector<std::pair<const char*, std::string*>> keys = {
      {"site_name", &s.site_name},         {"site_domain", &s.site_domain},
      {"site_id_code", &s.site_id_code},   {"icp", &s.icp},
      {"police_record", &s.police_record}, {"sponsor", &s.sponsor},
      {"contact", &s.contact},             {"error_report_url", &s.error_report_url}};
  for (const auto& [key, v] : section.items()) {
    const std::string at = "设置文件 " + path + " 中的“portal." + key + "”";
    std::string* field = nullptr;
    for (const auto& [name, target] : keys) {
      if (key == name) field = target;
    }
    if (!field) {
      return Status::InvalidInput(at + "不是已知的设置（可用：site_name、site_domain、site_id_code、"
                                       "icp、police_record、sponsor、contact、error_report_url）");
    }
    if (!v.is_string()) return Status::InvalidInput(at + "应为字符串");
    *field = v.get<std::string>();
  }
  if (s.site_name.empty()) return Status::InvalidInput("设置文件 " + path + " 中的“portal.site_name”不能为空");
  return s;
}

Result<web::PortalSettings> LoadPortalSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return web::PortalSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParsePortalSettings(*text, path);
}

}  // namespace gongkai::app
