// What the case and report commands share: the open database (from --db, the
// GONGKAI_DB environment variable, or ./gongkai.db), the working-day
// calendars per agency overlay, the clock settings, fresh query codes and
// the acting user.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/status.h"
#include "law/calendar.h"
#include "law/clock.h"
#include "service/actor.h"
#include "service/calendar_provider.h"
#include "service/case_service.h"
#include "service/database.h"

namespace gongkai::app {

// The database URL to use: `flag` when given, else $GONGKAI_DB, else "gongkai.db".
std::string DatabaseUrl(const std::string& flag);

// Loads calendars from the data directory on first use, one per overlay.
class DataCalendars : public service::CalendarProvider {
 public:
  Result<const law::WorkdayCalendar*> ForAgency(const domain::Agency& agency) override;
  Result<const law::WorkdayCalendar*> ForOverlay(const std::string& overlay);

 private:
  std::map<std::string, std::unique_ptr<law::WorkdayCalendar>> loaded_;
};

// The message (and exit code 2) for a database that does not exist or was
// never initialised: every command but `db init` refuses it rather than
// answering from an empty database (a mistyped path is not "nothing due").
inline constexpr const char* kNoDatabaseMessage = "数据库不存在或尚未初始化，请先运行 gongkai db init";

enum class OpenPurpose {
  kInit,     // gongkai db init: create when absent, migrate
  kMigrate,  // gongkai db migrate: must exist and be initialised; migrate
  kUse,      // every other command: must exist at the newest schema version
};

// Opens the database for `purpose`; every failure names the URL. A missing
// or uninitialised database fails with kNotFound and kNoDatabaseMessage; an
// older schema asks for `gongkai db migrate`, a newer one for a newer gongkai.
Result<std::unique_ptr<service::Database>> OpenWorkspaceDatabase(const std::string& flag,
                                                                 OpenPurpose purpose = OpenPurpose::kUse);

// The clock settings of <data dir>/settings.json (clock_settings_file.h).
Result<law::ClockSettings> WorkspaceClockSettings();

// What a case command works with: the database opened for use, the
// calendars, the clock settings and the CaseService over them.
struct CaseDesk {
  std::unique_ptr<service::Database> db;
  DataCalendars calendars;
  law::ClockSettings settings;
  std::unique_ptr<service::CaseService> cases;
};
Result<std::unique_ptr<CaseDesk>> OpenCaseDesk(const std::string& db_flag);

// 16 characters of Crockford base32 from the system's random source: the
// code an applicant uses to follow the application.
std::string NewQueryCode();

// The acting user of a command: --actor, else $GONGKAI_ACTOR, else the
// login name ($USER), else "clerk".
service::Actor CliActor(const std::string& flag);

}  // namespace gongkai::app
