// The settings of the application clock that the spec marks [I] or [R]
// (application-workflow.md), read from <data dir>/settings.json so that an
// office can follow its province without a rebuild:
//
//   {"clock": {"start_day_counts": false,     // [I] the start day of a period does not count
//              "fee_pauses_clock": true,      // [R] notice→payment is left out of the period
//              "extension_before_due": true,  // [I] extensions approved by the due date
//              "max_extensions": 1}}          // [I] extensions per application (total ≤ 20 工作日)
//
// Every key is optional (the defaults above); a missing file means all
// defaults. Unknown keys and wrong types are errors naming the file and key.
#pragma once

#include <string>

#include "core/status.h"
#include "law/clock.h"

namespace gongkai::app {

std::string SettingsPath(const std::string& data_dir);

Result<law::ClockSettings> LoadClockSettings(const std::string& data_dir);

// Parses the text of a settings file (`path` names it in messages).
Result<law::ClockSettings> ParseClockSettings(const std::string& text, const std::string& path);

}  // namespace gongkai::app
