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
// refused by the rules (the law, the lock, a conflicting record — nothing
// was changed), 2 when it could not run (no database, unreadable input …).
inline int Fail(const Status& s) {
  std::cerr << "错误：" << s.message() << "\n";
  return s.code() == StatusCode::kInvalidInput || s.code() == StatusCode::kConflict ? 1 : 2;
}

}  // namespace gongkai::app
