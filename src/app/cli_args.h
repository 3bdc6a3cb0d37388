// Small helpers for command-line values: dates and Chinese error output.
#pragma once

#include <chrono>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/status.h"

namespace gongkai::app {

// Parses YYYY-MM-DD; prints "错误：--NAME 的日期…" and returns nullopt when bad.
inline std::optional<CivilDate> DateArg(const std::string& name, const std::string& value) {
  if (auto d = CivilDate::Parse(value)) return d;
  std::cerr << "错误：" << name << " 的日期“" << value << "”无效，请使用YYYY-MM-DD格式。\n";
  return std::nullopt;
}

// Today's date in China (UTC+8, no daylight saving): the day clerks mean by
// "today". Only the command line reads the clock.
inline CivilDate TodayInChina() {
  const auto now = std::chrono::system_clock::now();
  const int64_t seconds =
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count() + 8 * 3600;
  return CivilDate::FromDays(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400);
}

// Prints a failed Status and returns the exit code: 1 when the command was
// refused (the law, the lock, a conflicting record, a record that does not
// exist — nothing was changed), 2 when it could not run.
inline int Fail(const Status& s) {
  std::cerr << "错误：" << s.message() << "\n";
  const StatusCode c = s.code();
  return c == StatusCode::kInvalidInput || c == StatusCode::kConflict || c == StatusCode::kNotFound ? 1 : 2;
}

// Prints a failure to get started — the database cannot be opened or is not
// initialised, an input file cannot be read, the settings are wrong — and
// returns exit code 2.
inline int FailToStart(const Status& s) {
  std::cerr << "错误：" << s.message() << "\n";
  return 2;
}

}  // namespace gongkai::app
