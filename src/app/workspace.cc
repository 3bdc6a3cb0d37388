#include "app/workspace.h"

#include <cstdlib>
#include <fstream>
#include <random>

#include "app/calendar_commands.h"
#include "app/data_paths.h"
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

Result<std::unique_ptr<service::Database>> OpenWorkspaceDatabase(const std::string& flag) {
  const std::string url = DatabaseUrl(flag);
  Result<std::unique_ptr<service::Database>> db = storage::OpenDatabase(url);
  if (!db.ok()) return db.status().WithContext("数据库“" + url + "”");
  if (Status s = (*db)->Migrate(); !s.ok()) return s.WithContext("数据库“" + url + "”");
  return db;
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

}  // namespace gongkai::app
