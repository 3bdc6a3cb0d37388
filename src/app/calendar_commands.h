// `gongkai calendar …`: the working-day calendar for clerks and scripts.
//   add-workdays DATE N   prints the date N 工作日 after DATE (YYYY-MM-DD)
//   is-workday DATE       prints yes or no
//   import FILE.json      validates a year's State Council notice and stores it
//                         in <data dir>/calendar.d/<year>.json
// All take --overlay NAME (regional holidays); errors exit 2 with a Chinese
// message on stderr.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/status.h"
#include "law/calendar.h"

namespace gongkai::app {

void AddCalendarCommands(CLI::App& calendar, int& exit_code);

// The calendar the platform uses: the shipped file, then every imported year
// (later files override earlier), then the overlay NAME if not empty.
Result<law::WorkdayCalendar> LoadCalendar(const std::string& data_dir, const std::string& overlay);

}  // namespace gongkai::app
