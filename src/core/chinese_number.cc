#include "core/chinese_number.h"

#include <limits>

#include "core/utf8.h"

namespace gongkai {
namespace {

int DigitValue(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

}  // namespace

std::optional<int> ParseChineseNumeral(std::u32string_view text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  const size_t ten = text.find(U'十');
  if (ten == std::u32string_view::npos) {
    if (text.size() != 1) return std::nullopt;
    const int d = DigitValue(text[0]);
    if (d <= 0) return std::nullopt;
    return d;
  }
  int tens = 1;
  if (ten == 1) {
    tens = DigitValue(text[0]);
    if (tens <= 0) return std::nullopt;
  } else if (ten != 0) {
    return std::nullopt;
  }
  int units = 0;
  if (ten + 1 < text.size()) {
    if (ten + 2 != text.size()) return std::nullopt;
    units = DigitValue(text[ten + 1]);
    if (units <= 0) return std::nullopt;
  }
  return tens * 10 + units;
}

std::optional<int> ParseChineseNumeral(std::string_view utf8_text) {
  return ParseChineseNumeral(utf8::Decode(utf8_text));
}

std::string ChineseNumeral(int n) {
  static const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 100) return std::to_string(n);
  if (n < 10) return kDigits[n];
  std::string out = n / 10 == 1 ? "" : kDigits[n / 10];
  out += "十";
  if (n % 10 != 0) out += kDigits[n % 10];
  return out;
}

std::optional<int64_t> ParseCount(std::string_view text) {
  const std::u32string cps = utf8::Decode(text);
  size_t b = 0;
  size_t e = cps.size();
  while (b < e && utf8::IsSpace(cps[b])) ++b;
  while (e > b && utf8::IsSpace(cps[e - 1])) --e;
  if (b == e) return std::nullopt;
  int64_t value = 0;
  bool any_digit = false;
  bool last_was_separator = false;
  for (size_t i = b; i < e; ++i) {
    const char32_t cp = utf8::FoldWidth(cps[i]);
    if (utf8::IsAsciiDigit(cp)) {
      const int d = static_cast<int>(cp - '0');
      if (value > (std::numeric_limits<int64_t>::max() - d) / 10) return std::nullopt;
      value = value * 10 + d;
      any_digit = true;
      last_was_separator = false;
    } else if ((cp == ',' || cp == 0x2009 || cp == 0x202F) && any_digit &&
               !last_was_separator) {
      last_was_separator = true;
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit || last_was_separator) return std::nullopt;
  return value;
}

}  // namespace gongkai
