#include "formats/report_header.h"

#include <vector>

#include "core/chinese_number.h"
#include "core/utf8.h"

namespace gongkai::formats {
namespace {

int ChineseDigit(char32_t c) {
  if (c == U'〇' || c == U'零' || c == U'○' || c == U'O') return 0;
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (auto v = ParseChineseNumeral(std::u32string(1, c)); v && *v < 10) return *v;
  return -1;
}

struct DateAt {
  CivilDate date;
  size_t begin;
  size_t end;
};

// Every "YYYY年M月D日" in `t` (ASCII digits, after width folding).
std::vector<DateAt> FindDates(const std::u32string& t) {
  std::vector<DateAt> out;
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!utf8::IsAsciiDigit(t[i]) || (i > 0 && utf8::IsAsciiDigit(t[i - 1]))) continue;
    size_t j = i;
    int parts[3] = {0, 0, 0};
    const char32_t seps[3] = {U'年', U'月', U'日'};
    bool ok = true;
    for (int p = 0; p < 3 && ok; ++p) {
      const size_t start = j;
      while (j < t.size() && utf8::IsAsciiDigit(t[j]) && j - start < 4) {
        parts[p] = parts[p] * 10 + static_cast<int>(t[j] - '0');
        ++j;
      }
      ok = j > start && j < t.size() && t[j] == seps[p] && (p == 0 ? j - start == 4 : true);
      ++j;
    }
    if (ok && CivilDate::IsValid(parts[0], parts[1], parts[2])) {
      out.push_back({CivilDate{parts[0], parts[1], parts[2]}, i, j});
      i = j - 1;
    }
  }
  return out;
}

}  // namespace

TitleParts ParseTitle(const std::string& title) {
  TitleParts out;
  const std::u32string t = utf8::Decode(utf8::StripSpaces(utf8::FoldWidth(title)));
  const size_t nian = t.find(U'年');
  if (nian == std::u32string::npos || nian < 4) {
    out.agency = "";
    return out;
  }
  int year = 0;
  for (size_t k = nian - 4; k < nian; ++k) {
    const int d = ChineseDigit(t[k]);
    if (d < 0) {
      year = -1;
      break;
    }
    year = year * 10 + d;
  }
  if (year >= 2000 && year <= 2100) {
    out.year = year;
    out.agency = utf8::Encode(t.substr(0, nian - 4));
  }
  return out;
}

bool LooksLikeTitleLine(const std::string& line) {
  const std::u32string t = utf8::Decode(utf8::Trim(line));
  if (t.empty() || t.size() > 40) return false;
  return t.find_first_of(U"。；！？：") == std::u32string::npos;
}

std::optional<Period> FindPeriod(const std::string& text) {
  const std::u32string t = utf8::Decode(utf8::StripSpaces(utf8::FoldWidth(text)));
  const std::vector<DateAt> dates = FindDates(t);
  for (size_t i = 0; i + 1 < dates.size(); ++i) {
    const DateAt& a = dates[i];
    const DateAt& b = dates[i + 1];
    if (b.begin < a.end || b.begin - a.end > 2) continue;
    const std::u32string between = t.substr(a.end, b.begin - a.end);
    if (between != U"至" && between != U"到" && between != U"-" && between != U"—" &&
        between != U"——" && between != U"~" && between != U"～" && between != U"至至") {
      continue;
    }
    // The sentence must be about the period, not an event that spans dates.
    const size_t from = a.begin > 30 ? a.begin - 30 : 0;
    const std::u32string before = t.substr(from, a.begin - from);
    if (before.find(U"统计") == std::u32string::npos &&
        before.find(U"期限") == std::u32string::npos &&
        before.find(U"时限") == std::u32string::npos &&
        before.find(U"期间") == std::u32string::npos &&
        before.find(U"时间") == std::u32string::npos) {
      continue;
    }
    return Period{a.date, b.date};
  }
  return std::nullopt;
}

}  // namespace gongkai::formats
