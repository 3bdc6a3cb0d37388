#include "app/publication_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/clock_settings_file.h"
#include "app/file_io.h"
#include "domain/index_number.h"

namespace gongkai::app {

Result<service::PublicationSettings> ParsePublicationSettings(const std::string& text,
                                                              const std::string& path) {
  service::PublicationSettings s;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  if (!root.contains("publication")) return s;
  const nlohmann::json& section = root["publication"];
  if (!section.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 中的“publication”应为对象");
  }
  for (const auto& [key, v] : section.items()) {
    const std::string at = "设置文件 " + path + " 中的“publication." + key + "”";
    if (key == "index_template") {
      if (!v.is_string()) return Status::InvalidInput(at + "应为字符串，例如 \"{org}/{year}-{seq:05}\"");
      s.index_template = v.get<std::string>();
      if (Status valid = domain::ValidateIndexTemplate(s.index_template); !valid.ok()) {
        return valid.WithContext(at);
      }
    } else if (key == "review_by_other") {
      if (!v.is_boolean()) return Status::InvalidInput(at + "应为true或false");
      s.review_by_other = v.get<bool>();
    } else if (key == "summary_max_chars") {
      if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > 100000) {
        return Status::InvalidInput(at + "应为 0–100000 的整数（0 表示不限），例如 100");
      }
      s.summary_max_chars = static_cast<int>(v.get<int64_t>());
    } else {
      return Status::InvalidInput(
          at + "不是已知的设置（可用：index_template、review_by_other、summary_max_chars）");
    }
  }
  return s;
}

Result<service::PublicationSettings> LoadPublicationSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return service::PublicationSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParsePublicationSettings(*text, path);
}

}  // namespace gongkai::app
