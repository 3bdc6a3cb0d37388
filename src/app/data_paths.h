// Where gongkai's data files live: the environment variable GONGKAI_DATA_DIR,
// else the compiled-in default (GONGKAI_DEFAULT_DATA_DIR, the source tree's
// data/ in a development build).
//
// Layout of the data directory:
//   cn-workdays.json              the shipped national calendar
//   calendar.d/<year>.json        years imported by `gongkai calendar import`,
//                                 merged over the shipped file in file-name order
//   calendar-overlays/<name>.json regional extra holidays (calendar --overlay NAME)
#pragma once

#include <string>

namespace gongkai::app {

std::string DataDir();
// Where the web site's templates/ and static/ folders are: $GONGKAI_SITE_DIR,
// else the compiled-in default (GONGKAI_DEFAULT_SITE_DIR, the source tree).
std::string SiteDir();
std::string ShippedCalendarPath(const std::string& data_dir);
std::string ImportedCalendarDir(const std::string& data_dir);
std::string ImportedCalendarPath(const std::string& data_dir, int year);
std::string CalendarOverlayPath(const std::string& data_dir, const std::string& name);

}  // namespace gongkai::app
