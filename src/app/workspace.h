// What the case and report commands share: the open database (from --db, the
// GONGKAI_DB environment variable, or ./gongkai.db), the working-day
// calendars per agency overlay, and fresh query codes.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/status.h"
#include "law/calendar.h"
#include "service/calendar_provider.h"
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

// Opens and migrates the database; the message names the URL on failure.
Result<std::unique_ptr<service::Database>> OpenWorkspaceDatabase(const std::string& flag);

// 16 characters of Crockford base32 from the system's random source: the
// code an applicant uses to follow the application.
std::string NewQueryCode();

}  // namespace gongkai::app
