#include "formats/pdf_lines.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/utf8.h"

namespace gongkai::formats {
namespace {

constexpr double kMaxCoordinate = 1e5;  // points; anything beyond is clamped

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsChineseNumeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

bool IsDash(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 ||
         c == 0x2212 || c == 0x2500;
}

// Folded to ASCII where possible, white space removed.
std::u32string Compact(std::string_view text) {
  std::u32string out;
  const std::u32string in = utf8::Decode(text);
  out.reserve(in.size());
  for (char32_t c : in) {
    c = utf8::FoldWidth(c);
    if (!utf8::IsSpace(c)) out.push_back(c);
  }
  return out;
}

// Number of leading Chinese numerals of `s` from `pos`, at most 3.
size_t ChineseNumeralRun(std::u32string_view s, size_t pos) {
  size_t n = 0;
  while (pos + n < s.size() && n < 3 && IsChineseNumeral(s[pos + n])) ++n;
  return n;
}

double Clamp(double v) { return std::clamp(v, -kMaxCoordinate, kMaxCoordinate); }

}  // namespace

double PdfWordSize(const PdfWord& w) {
  if (std::isfinite(w.font_size) && w.font_size > 0.5 && w.font_size < 500) return w.font_size;
  const double h = w.y1 - w.y0;
  return std::clamp(h / 1.15, 1.0, 500.0);
}

std::string TidyPdfSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char32_t last = 0;     // last code point written
  bool pending = false;  // white space seen since `last`
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = utf8::Next(text, pos);
    if (utf8::IsSpace(c) || c < 0x20 || c == 0x7F) {
      pending = true;
      continue;
    }
    if (pending && last != 0 && IsAsciiAlnum(last) && IsAsciiAlnum(c)) out.push_back(' ');
    pending = false;
    utf8::Append(out, c);
    last = c;
  }
  return out;
}

void AppendPdfText(std::string& out, std::string_view piece) {
  const std::string tidy = TidyPdfSpaces(piece);
  if (tidy.empty()) return;
  if (!out.empty()) {
    const unsigned char a = static_cast<unsigned char>(out.back());
    const unsigned char b = static_cast<unsigned char>(tidy.front());
    if (IsAsciiAlnum(a) && IsAsciiAlnum(b)) out.push_back(' ');
  }
  out += tidy;
}

bool IsPdfNumber(std::string_view text) {
  const std::u32string s = Compact(text);
  size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  const size_t start = i;
  size_t digits = 0, group = 0;
  bool commas = false;
  for (; i < s.size() && (IsDigit(s[i]) || s[i] == ','); ++i) {
    if (s[i] == ',') {
      // Thousands separators: 1-3 digits first, then groups of exactly 3.
      if ((!commas && (group == 0 || group > 3)) || (commas && group != 3)) return false;
      commas = true;
      group = 0;
    } else {
      ++digits;
      ++group;
    }
  }
  if (digits == 0 || i == start || (commas && group != 3)) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const size_t frac = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == frac) return false;
  }
  return i == s.size();
}

bool IsPdfPlaceholder(std::string_view text) {
  const std::u32string s = Compact(text);
  if (s.empty() || s.size() > 3) return false;
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return IsDash(c) || c == '/'; });
}

bool IsPdfPageNumber(std::string_view text) {
  const std::u32string s = Compact(text);
  if (s.empty() || s.size() > 24) return false;
  // "-3-", "—3—", "3"
  size_t a = 0, b = s.size();
  while (a < b && IsDash(s[a])) ++a;
  while (b > a && IsDash(s[b - 1])) --b;
  const size_t lead = a, trail = s.size() - b;
  if (b > a && b - a <= 4 && (lead == 0) == (trail == 0) &&
      std::all_of(s.begin() + a, s.begin() + b, IsDigit)) {
    return true;
  }
  // "3/6"
  const size_t slash = s.find('/');
  if (slash != std::u32string::npos && slash > 0 && slash + 1 < s.size() &&
      std::all_of(s.begin(), s.begin() + slash, IsDigit) &&
      std::all_of(s.begin() + slash + 1, s.end(), IsDigit)) {
    return true;
  }
  // "第3页", "第3页共6页", "第3页/共6页", "共6页第3页"
  std::u32string rest = s;
  for (int part = 0; part < 2 && !rest.empty(); ++part) {
    if (rest.front() == '/' || rest.front() == ',') rest.erase(0, 1);
    if (rest.empty() || (rest.front() != U'第' && rest.front() != U'共')) return false;
    size_t k = 1;
    while (k < rest.size() && IsDigit(rest[k])) ++k;
    if (k == 1 || k >= rest.size() || rest[k] != U'页') return false;
    rest.erase(0, k + 1);
  }
  return rest.empty();
}

bool StartsWithPdfSectionHeading(std::string_view text) {
  const std::u32string s = Compact(text.substr(0, 64));
  const size_t n = ChineseNumeralRun(s, 0);
  return n > 0 && n < s.size() && s[n] == U'、';
}

bool StartsWithPdfHeading(std::string_view text) {
  const std::u32string s = Compact(text.substr(0, 64));
  if (s.empty()) return false;
  if (StartsWithPdfSectionHeading(text)) return true;
  if (s[0] == '(') {  // （二） (2)
    size_t n = ChineseNumeralRun(s, 1);
    if (n == 0) {
      while (1 + n < s.size() && n < 2 && IsDigit(s[1 + n])) ++n;
    }
    return n > 0 && 1 + n < s.size() && s[1 + n] == ')';
  }
  size_t n = 0;  // 3、 3. but not 3.5 or 2024年
  while (n < s.size() && n < 2 && IsDigit(s[n])) ++n;
  if (n == 0 || n >= s.size()) return false;
  if (s[n] == U'、') return true;
  return s[n] == '.' && n + 1 < s.size() && !IsDigit(s[n + 1]);
}

std::string PdfLine::Text() const {
  std::string out;
  for (const PdfCell& c : cells) AppendPdfText(out, c.text);
  return out;
}

std::vector<PdfLine> BuildPdfLines(const PdfPage& page, int page_number, size_t max_words) {
  struct Word {
    double x0, y0, x1, y1, size;
    std::string text;
    bool numeric;
    double cy() const { return (y0 + y1) / 2; }
    double h() const { return y1 - y0; }
  };
  std::vector<Word> words;
  words.reserve(std::min(page.words.size(), max_words));
  for (const PdfWord& w : page.words) {
    if (words.size() >= max_words) break;
    if (!std::isfinite(w.x0) || !std::isfinite(w.x1) || !std::isfinite(w.y0) ||
        !std::isfinite(w.y1)) {
      continue;
    }
    std::string text = TidyPdfSpaces(utf8::Sanitize(w.text));
    if (text.empty()) continue;
    Word v{Clamp(std::min(w.x0, w.x1)), Clamp(std::min(w.y0, w.y1)), Clamp(std::max(w.x0, w.x1)),
           Clamp(std::max(w.y0, w.y1)), 0, std::move(text), false};
    PdfWord sized = w;
    sized.y0 = v.y0;
    sized.y1 = v.y1;
    v.size = PdfWordSize(sized);
    if (v.y1 - v.y0 < 0.5) {  // degenerate box: give it the height of its type
      v.y0 -= v.size * 0.4;
      v.y1 += v.size * 0.4;
    }
    v.numeric = IsPdfNumber(v.text);
    words.push_back(std::move(v));
  }
  std::vector<size_t> order(words.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return words[a].cy() < words[b].cy();
  });

  // Sweep top to bottom: a word joins the current line when its vertical
  // centre is within half a height of the line's mean centre.
  std::vector<std::vector<size_t>> groups;
  double sum_cy = 0, min_h = 0;
  for (size_t idx : order) {
    const Word& w = words[idx];
    if (!groups.empty()) {
      const double mean = sum_cy / static_cast<double>(groups.back().size());
      if (std::abs(w.cy() - mean) <= 0.5 * std::min(min_h, w.h())) {
        groups.back().push_back(idx);
        sum_cy += w.cy();
        min_h = std::min(min_h, w.h());
        continue;
      }
    }
    groups.push_back({idx});
    sum_cy = w.cy();
    min_h = w.h();
  }

  std::vector<PdfLine> lines;
  lines.reserve(groups.size());
  for (std::vector<size_t>& g : groups) {
    std::stable_sort(g.begin(), g.end(),
                     [&](size_t a, size_t b) { return words[a].x0 < words[b].x0; });
    PdfLine line;
    line.page = page_number;
    line.number = static_cast<int>(lines.size()) + 1;
    line.x0 = line.y0 = kMaxCoordinate;
    line.x1 = line.y1 = -kMaxCoordinate;
    for (size_t idx : g) {
      Word& w = words[idx];
      line.x0 = std::min(line.x0, w.x0);
      line.y0 = std::min(line.y0, w.y0);
      line.x1 = std::max(line.x1, w.x1);
      line.y1 = std::max(line.y1, w.y1);
      line.size = std::max(line.size, w.size);
      line.chars += utf8::Length(w.text);
      if (!line.cells.empty()) {
        PdfCell& c = line.cells.back();
        const double gap = w.x0 - c.x1;
        const bool both_numbers = c.numeric && w.numeric;
        if (gap <= 0.8 * std::max(c.size, w.size) && !both_numbers) {
          AppendPdfText(c.text, w.text);
          c.x1 = std::max(c.x1, w.x1);
          c.y0 = std::min(c.y0, w.y0);
          c.y1 = std::max(c.y1, w.y1);
          c.size = std::max(c.size, w.size);
          c.numeric = false;
          continue;
        }
      }
      line.cells.push_back(PdfCell{w.x0, w.y0, w.x1, w.y1, w.size, std::move(w.text), w.numeric});
    }
    line.all_numeric = std::all_of(line.cells.begin(), line.cells.end(),
                                   [](const PdfCell& c) { return c.numeric; });
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace gongkai::formats
