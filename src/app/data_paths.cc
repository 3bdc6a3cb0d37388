#include "app/data_paths.h"

#include <cstdlib>

#ifndef GONGKAI_DEFAULT_DATA_DIR
#define GONGKAI_DEFAULT_DATA_DIR "data"
#endif

#ifndef GONGKAI_DEFAULT_SITE_DIR
#define GONGKAI_DEFAULT_SITE_DIR "."
#endif

namespace gongkai::app {

std::string SiteDir() {
  const char* env = std::getenv("GONGKAI_SITE_DIR");
  if (env != nullptr && *env != '\0') return env;
  return GONGKAI_DEFAULT_SITE_DIR;
}

std::string DataDir() {
  const char* env = std::getenv("GONGKAI_DATA_DIR");
  if (env != nullptr && *env != '\0') return env;
  return GONGKAI_DEFAULT_DATA_DIR;
}

std::string ShippedCalendarPath(const std::string& data_dir) {
  return data_dir + "/cn-workdays.json";
}

std::string ImportedCalendarDir(const std::string& data_dir) { return data_dir + "/calendar.d"; }

std::string ImportedCalendarPath(const std::string& data_dir, int year) {
  return ImportedCalendarDir(data_dir) + "/" + std::to_string(year) + ".json";
}

std::string CalendarOverlayPath(const std::string& data_dir, const std::string& name) {
  return data_dir + "/calendar-overlays/" + name + ".json";
}

}  // namespace gongkai::app
