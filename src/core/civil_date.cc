#include "core/civil_date.h"

#include <cstdio>

#include "core/utf8.h"

namespace gongkai {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

bool CivilDate::IsValid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

std::optional<CivilDate> CivilDate::Parse(std::string_view text) {
  const std::string folded = utf8::Trim(utf8::FoldWidth(text));
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int index = 0;
  size_t pos = 0;
  while (pos < folded.size()) {
    const char32_t cp = utf8::Next(folded, pos);
    if (utf8::IsAsciiDigit(cp)) {
      if (index > 2 || ++digits[index] > 4) return std::nullopt;
      parts[index] = parts[index] * 10 + static_cast<int>(cp - '0');
    } else if ((cp == '-' || cp == '/' || cp == '.' || cp == U'年' || cp == U'月') && index < 2 &&
               digits[index] > 0) {
      ++index;
    } else if (cp == U'日' && index == 2 && digits[2] > 0 && pos == folded.size()) {
      break;
    } else {
      return std::nullopt;
    }
  }
  if (index != 2 || digits[0] != 4 || digits[1] == 0 || digits[1] > 2 || digits[2] == 0 ||
      digits[2] > 2) {
    return std::nullopt;
  }
  if (!IsValid(parts[0], parts[1], parts[2])) return std::nullopt;
  return CivilDate{parts[0], parts[1], parts[2]};
}

// Howard Hinnant's days_from_civil algorithm.
int64_t CivilDate::ToDays() const {
  const int y = month <= 2 ? year - 1 : year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

CivilDate CivilDate::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int CivilDate::Weekday() const {
  const int64_t days = ToDays();  // 1970-01-01 was a Thursday (4)
  const int64_t w = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

std::string CivilDate::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace gongkai
