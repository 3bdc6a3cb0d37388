// Test helper: the shipped national calendar (data/cn-workdays.json).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/civil_date.h"
#include "law/calendar.h"

namespace gongkai::law::testing {

inline std::string ShippedCalendarJson() {
  std::ifstream in(std::string(GONGKAI_SOURCE_DIR) + "/data/cn-workdays.json");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Aborts the test binary if the shipped data does not load: every test
// depends on it.
inline const WorkdayCalendar& ShippedCalendar() {
  static const WorkdayCalendar cal = [] {
    Result<WorkdayCalendar> c = WorkdayCalendar::FromJson(ShippedCalendarJson(), "cn-workdays.json");
    if (!c.ok()) {
      std::fprintf(stderr, "%s\n", c.status().message().c_str());
      std::abort();
    }
    return std::move(c).value();
  }();
  return cal;
}

inline CivilDate D(const char* text) { return *CivilDate::Parse(text); }

}  // namespace gongkai::law::testing
