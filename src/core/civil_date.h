// A civil (calendar) date with no time zone. Used for report periods,
// publication dates and, later, every statutory deadline.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Parses YYYY-MM-DD (also YYYY/M/D and YYYY年M月D日); validates the day.
  static std::optional<CivilDate> Parse(std::string_view text);
  static bool IsValid(int y, int m, int d);

  // Days since 1970-01-01 (negative before it) and back.
  int64_t ToDays() const;
  static CivilDate FromDays(int64_t days);

  int Weekday() const;  // 1 = Monday … 7 = Sunday (ISO 8601)

  std::string ToString() const;  // YYYY-MM-DD

  auto operator<=>(const CivilDate&) const = default;
};

}  // namespace gongkai
