#include "app/workspace.h"

#include <cstdlib>
#include <fstream>
#include <random>

#include "app/calendar_commands.h"
#include "app/clock_settings_file.h"
#include "app/data_paths.h"
#include "app/text_tools.h"
#include "storage/open_database.h"

namespace gongkai::app {

std::string DatabaseUrl(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("GONGKAI_DB"); env != nullptr && *env != '\0') return env;
  return "gongkai.db";
}

Result<const law::WorkdayCalendar*> DataCalendars::ForOverlay(const std::string& overlay) {
  auto it = loaded_.find(overlay);
  if (it == loaded_.end()) {
    Result<law::WorkdayCalendar> c = LoadCalendar(DataDir(), overlay);
    if (!c.ok()) return c.status();
    it = loaded_.emplace(overlay, std::make_unique<law::WorkdayCalendar>(std::move(c).value())).first;
  }
  return static_cast<const law::WorkdayCalendar*>(it->second.get());
}

Result<const law::WorkdayCalendar*> DataCalendars::ForAgency(const domain::Agency& agency) {
  return ForOverlay(agency.calendar_overlay);
}

Result<std::unique_ptr<service::Database>> OpenWorkspaceDatabase(const std::string& flag,
                                                                 OpenPurpose purpose) {
  const std::string url = DatabaseUrl(flag);
  const std::string where = "数据库“" + url + "”";
  storage::OpenOptions options;
  options.create = purpose == OpenPurpose::kInit;
  // The search index is written with the one CJK tokenizer on every engine.
  Result<const service::TextTokenizer*> tokenizer = SharedTokenizer();
  if (!tokenizer.ok()) return tokenizer.status();
  options.tokenizer = *tokenizer;
  Result<std::unique_ptr<service::Database>> db = storage::OpenDatabase(url, options);
  if (!db.ok()) {
    if (db.status().code() == StatusCode::kNotFound) return Status::NotFound(where + "：" + kNoDatabaseMessage);
    return db.status().WithContext(where);
  }
  if (purpose == OpenPurpose::kInit) {
    if (Status s = (*db)->Migrate(); !s.ok()) return s.WithContext(where);
    return db;
  }
  Result<int> version = (*db)->SchemaVersion();
  if (!version.ok()) return version.status().WithContext(where);
  const int latest = (*db)->LatestSchemaVersion();
  if (*version == 0) return Status::NotFound(where + "：" + kNoDatabaseMessage);
  if (*version > latest) {
    return Status::Unsupported(where + "的结构版本为" + std::to_string(*version) +
                               "，高于本程序支持的版本" + std::to_string(latest) +
                               "，请使用较新版本的 gongkai");
  }
  if (purpose == OpenPurpose::kMigrate) {
    if (Status s = (*db)->Migrate(); !s.ok()) return s.WithContext(where);
    return db;
  }
  if (*version < latest) {
    return Status::Unsupported(where + "的结构版本为" + std::to_string(*version) + "，本程序需要版本" +
                               std::to_string(latest) + "：请先运行 gongkai db migrate 升级（已有数据会保留）");
  }
  return db;
}

Result<law::ClockSettings> WorkspaceClockSettings() { return LoadClockSettings(DataDir()); }

Result<std::unique_ptr<CaseDesk>> OpenCaseDesk(const std::string& db_flag) {
  auto desk = std::make_unique<CaseDesk>();
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag);
  if (!db.ok()) return db.status();
  desk->db = std::move(db).value();
  Result<law::ClockSettings> settings = WorkspaceClockSettings();
  if (!settings.ok()) return settings.status();
  desk->settings = *settings;
  desk->cases = std::make_unique<service::CaseService>(*desk->db, desk->calendars, desk->settings,
                                                       NewQueryCode);
  return desk;
}

std::string NewQueryCode() {
  static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford base32
  unsigned char bytes[16] = {};
  std::ifstream urandom("/dev/urandom", std::ios::binary);
  if (urandom.read(reinterpret_cast<char*>(bytes), sizeof bytes).gcount() != sizeof bytes) {
    std::random_device rd;  // fallback: still a non-deterministic source
    for (unsigned char& b : bytes) b = static_cast<unsigned char>(rd());
  }
  std::string code;
  for (unsigned char b : bytes) code.push_back(kAlphabet[b % 32]);
  return code;
}

service::Actor CliActor(const std::string& flag) {
  if (!flag.empty()) return {flag};
  for (const char* var : {"GONGKAI_ACTOR", "USER", "LOGNAME"}) {
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') return {v};
  }
  return {"clerk"};
}

}  // namespace gongkai::app
