#include "domain/personal_info.h"

#include <algorithm>
#include <vector>

#include "core/civil_date.h"
#include "core/utf8.h"

namespace gongkai::domain {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int DigitAt(std::string_view s, size_t i) { return s[i] - '0'; }

bool AllDigits(std::string_view s) { return std::all_of(s.begin(), s.end(), IsDigit); }

// 18 characters, the first 17 digits, the last a digit or X/x.
bool WellFormedId(std::string_view id) {
  if (id.size() != 18 || !AllDigits(id.substr(0, 17))) return false;
  const char last = id[17];
  return IsDigit(last) || last == 'X' || last == 'x';
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// A digit or X/x, in ASCII or full-width form (U+FF10–FF19, U+FF38, U+FF58).
bool IsSignificant(char32_t cp) {
  return (cp >= '0' && cp <= '9') || cp == 'X' || cp == 'x' || (cp >= 0xFF10 && cp <= 0xFF19) ||
         cp == 0xFF38 || cp == 0xFF58;
}

// Masks the significant characters of `text` with index in
// [skip + head, count - tail), where count is their number; the first `skip`
// significant characters are always kept (a country code).
std::string MaskSignificant(std::string_view text, MaskStyle style, int skip) {
  struct Char {
    size_t begin;
    size_t end;
    bool significant;
  };
  std::vector<Char> chars;
  int count = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t begin = pos;
    const bool significant = IsSignificant(utf8::Next(text, pos));
    chars.push_back({begin, pos, significant});
    if (significant) ++count;
  }
  skip = std::clamp(skip, 0, count);
  const int body = count - skip;
  int head = std::max(style.keep_head, 0);
  int tail = std::max(style.keep_tail, 0);
  if (head + tail >= body) head = tail = 0;  // never show the whole number
  std::string out;
  out.reserve(text.size());
  int index = 0;
  for (const Char& c : chars) {
    if (c.significant) {
      const int k = index++ - skip;
      if (k >= head && k < body - tail) {
        out.push_back('*');
        continue;
      }
    }
    out.append(text.substr(c.begin, c.end - c.begin));
  }
  return out;
}

int CountSignificant(std::string_view text) {
  int count = 0;
  for (size_t pos = 0; pos < text.size();) count += IsSignificant(utf8::Next(text, pos)) ? 1 : 0;
  return count;
}

}  // namespace

bool ValidResidentIdChecksum(std::string_view id18) {
  if (!WellFormedId(id18)) return false;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += DigitAt(id18, i) * kWeights[i];
  const char last = id18[17] == 'x' ? 'X' : id18[17];
  return kCheck[sum % 11] == last;
}

bool PlausibleResidentIdBirthDate(std::string_view id18) {
  if (!WellFormedId(id18)) return false;
  const int year = Number(id18.substr(6, 4));
  const int month = Number(id18.substr(10, 2));
  const int day = Number(id18.substr(12, 2));
  return year >= 1900 && year <= 2099 && CivilDate::IsValid(year, month, day);
}

bool KnownProvinceCode(std::string_view id) {
  if (id.size() < 2 || !IsDigit(id[0]) || !IsDigit(id[1])) return false;
  const int p = Number(id.substr(0, 2));
  return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) ||
         (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 ||
         p == 81 || p == 82;
}

bool ValidResidentId(std::string_view id18) {
  return KnownProvinceCode(id18) && PlausibleResidentIdBirthDate(id18) &&
         ValidResidentIdChecksum(id18);
}

bool PassesLuhn(std::string_view digits) {
  if (digits.empty() || !AllDigits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = DigitAt(digits, i);
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool ValidMobileNumber(std::string_view digits11) {
  if (digits11.size() != 11 || !AllDigits(digits11) || digits11[0] != '1') return false;
  const int second = DigitAt(digits11, 1);
  const int third = DigitAt(digits11, 2);
  switch (second) {
    case 3:
    case 8:
      return true;  // 130–139, 180–189
    case 4:
      return third >= 5;  // 145–149
    case 5:
      return third != 4;  // 150–153, 155–159
    case 6:
      return third == 2 || (third >= 5 && third <= 7);  // 162, 165–167
    case 7:
      return third <= 8;  // 170–178 (174x satellite)
    case 9:
      return third != 4;  // 190–193, 195–199
    default:
      return false;
  }
}

std::string MaskResidentId(std::string_view id, MaskStyle style) {
  return MaskSignificant(id, style, 0);
}

std::string MaskMobile(std::string_view number, MaskStyle style) {
  return MaskSignificant(number, style, std::max(CountSignificant(number) - 11, 0));
}

std::string MaskBankCard(std::string_view number, MaskStyle style) {
  return MaskSignificant(number, style, 0);
}

std::string MaskEmail(std::string_view email, MaskStyle style) {
  const size_t at = email.rfind('@');
  const std::string_view local = at == std::string_view::npos ? email : email.substr(0, at);
  const std::string_view rest =
      at == std::string_view::npos ? std::string_view() : email.substr(at);
  std::vector<size_t> starts;  // byte offset of each character of the local part
  for (size_t pos = 0; pos < local.size(); utf8::Next(local, pos)) starts.push_back(pos);
  const size_t n = starts.size();
  size_t head = static_cast<size_t>(std::max(style.keep_head, 0));
  size_t tail = static_cast<size_t>(std::max(style.keep_tail, 0));
  if (head + tail >= n) {  // hide at least one character; the head is kept first
    const size_t visible = n == 0 ? 0 : n - 1;
    head = std::min(head, visible);
    tail = std::min(tail, visible - head);
  }
  std::string out;
  out.append(local.substr(0, head < n ? starts[head] : local.size()));
  out.append("***");
  if (tail > 0) out.append(local.substr(starts[n - tail]));
  out.append(rest);
  return out;
}

}  // namespace gongkai::domain
