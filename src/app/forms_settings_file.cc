#include "app/forms_settings_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/clock_settings_file.h"
#include "app/file_io.h"

namespace gongkai::app {
namespace {

Status ReadInt(const nlohmann::json& v, const std::string& at, int64_t min, int64_t max,
               int64_t& out) {
  if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max) {
    return Status::InvalidInput(at + "应为 " + std::to_string(min) + "–" + std::to_string(max) +
                                " 的整数");
  }
  out = v.get<int64_t>();
  return Status::Ok();
}

// `at` ends in the closing quote ”: a key inside goes before it.
std::string Inside(const std::string& at, const std::string& key) {
  const std::string close = "”";
  return at.substr(0, at.size() - close.size()) + "." + key + close;
}

Status ReadLimit(const nlohmann::json& v, const std::string& at, service::RateLimit& out) {
  if (!v.is_object()) return Status::InvalidInput(at + "应为对象，如 {\"count\": 5, \"seconds\": 3600}");
  for (const auto& [key, value] : v.items()) {
    int64_t n = 0;
    if (key == "count") {
      if (Status st = ReadInt(value, Inside(at, key), 0, 100000, n); !st.ok()) return st;
      out.count = static_cast<int>(n);
    } else if (key == "seconds") {
      if (Status st = ReadInt(value, Inside(at, key), 0, 86400 * 7, n); !st.ok()) return st;
      out.seconds = static_cast<int>(n);
    } else {
      return Status::InvalidInput(Inside(at, key) + "不是已知的设置（可用：count、seconds）");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<FormsSettings> ParseFormsSettings(const std::string& text, const std::string& path) {
  FormsSettings s;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    return Status::InvalidInput("设置文件 " + path + " 不是有效的JSON对象");
  }
  if (!root.contains("forms")) return s;
  const nlohmann::json& section = root["forms"];
  if (!section.is_object()) return Status::InvalidInput("设置文件 " + path + " 中的“forms”应为对象");
  for (const auto& [key, v] : section.items()) {
    const std::string at = "设置文件 " + path + " 中的“forms." + key + "”";
    int64_t n = 0;
    Status st;
    if (key == "min_fill_seconds") {
      st = ReadInt(v, at, 0, 600, n);
      s.guard.min_fill_seconds = static_cast<int>(n);
    } else if (key == "max_age_seconds") {
      st = ReadInt(v, at, 60, 86400 * 7, n);
      s.guard.max_age_seconds = static_cast<int>(n);
    } else if (key == "apply_limit") {
      st = ReadLimit(v, at, s.guard.apply);
    } else if (key == "mail_limit") {
      st = ReadLimit(v, at, s.guard.mail);
    } else if (key == "track_limit") {
      st = ReadLimit(v, at, s.guard.track);
    } else if (key == "max_proof_bytes") {
      st = ReadInt(v, at, 1024, 10 * 1024 * 1024, n);
      s.limits.max_proof_bytes = n;
    } else {
      return Status::InvalidInput(at + "不是已知的设置（可用：min_fill_seconds、max_age_seconds、"
                                       "apply_limit、mail_limit、track_limit、max_proof_bytes）");
    }
    if (!st.ok()) return st;
  }
  return s;
}

Result<FormsSettings> LoadFormsSettings(const std::string& data_dir) {
  const std::string path = SettingsPath(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return FormsSettings{};
  Result<std::string> text = ReadWholeFile(path, size_t{1} << 20);
  if (!text.ok()) return text.status();
  return ParseFormsSettings(*text, path);
}

}  // namespace gongkai::app
