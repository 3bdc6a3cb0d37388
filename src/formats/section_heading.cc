#include "formats/section_heading.h"

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "report/format_detection.h"
#include "report/labels.h"
#include "report/section_titles.h"

namespace gongkai::formats {
namespace {

using report::HeadingNumbering;

constexpr size_t kMaxTitleChars = 40;

struct Numbering {
  HeadingNumbering style = HeadingNumbering::kNone;
  int value = 0;
  size_t length = 0;  // code points consumed, incl. the separator
};

bool IsSeparator(char32_t c) {
  return c == U'、' || c == U'．' || c == '.' || c == U'，' || c == ',' || c == ' ';
}

Numbering ReadNumbering(const std::u32string& t) {
  Numbering n;
  if (t.empty()) return n;
  // （一） (1) （1）
  if (t[0] == U'（' || t[0] == '(') {
    const size_t close = t.find_first_of(U"）)");
    if (close != std::u32string::npos && close > 1 && close <= 4) {
      const std::u32string inner = t.substr(1, close - 1);
      int v = 0;
      if (const auto c = ParseChineseNumeral(inner)) v = *c;
      else if (const auto d = ParseCount(utf8::Encode(inner))) v = static_cast<int>(*d);
      if (v > 0) {
        n.style = HeadingNumbering::kParenthesised;
        n.value = v;
        n.length = close + 1;
        if (n.length < t.size() && IsSeparator(t[n.length])) ++n.length;
      }
    }
    return n;
  }
  // 第一部分 / 第一、
  size_t i = 0;
  const bool di = t[0] == U'第';
  if (di) i = 1;
  size_t j = i;
  while (j < t.size() && j < i + 3 && (ParseChineseNumeral(std::u32string(1, t[j])) ||
                                       t[j] == U'十')) {
    ++j;
  }
  if (j > i) {
    if (const auto v = ParseChineseNumeral(t.substr(i, j - i))) {
      size_t k = j;
      if (di && t.compare(k, 2, U"部分") == 0) k += 2;
      if (k < t.size() && IsSeparator(t[k])) {
        n.style = HeadingNumbering::kChinese;
        n.value = *v;
        n.length = k + 1;
        return n;
      }
      if (di && k > j) {
        n.style = HeadingNumbering::kChinese;
        n.value = *v;
        n.length = k;
        return n;
      }
    }
    return n;
  }
  while (j < t.size() && j < 2 && utf8::IsAsciiDigit(t[j])) ++j;
  if (j > 0 && j < t.size() && IsSeparator(t[j])) {
    n.style = HeadingNumbering::kArabic;
    n.value = static_cast<int>(ParseCount(utf8::Encode(t.substr(0, j))).value_or(0));
    n.length = j + 1;
  }
  return n;
}

// Strips white space and a trailing full stop or colon.
std::u32string CleanTitle(std::u32string_view t) {
  std::u32string out;
  for (char32_t c : t) {
    if (!utf8::IsSpace(c)) out.push_back(c);
  }
  while (!out.empty() && (out.back() == U'。' || out.back() == U'：' || out.back() == ':' ||
                          out.back() == '.')) {
    out.pop_back();
  }
  return out;
}

}  // namespace

std::optional<HeadingMatch> MatchSectionHeading(const std::string& paragraph) {
  // At most 4 bytes a code point: longer paragraphs cannot be headings.
  if (paragraph.size() > (kMaxTitleChars + 8) * 4 + 64) return std::nullopt;
  const std::u32string text = utf8::Decode(utf8::Trim(paragraph));
  if (text.empty() || text.size() > kMaxTitleChars + 8) return std::nullopt;
  const Numbering n = ReadNumbering(text);
  const std::u32string title = CleanTitle(std::u32string_view(text).substr(n.length));
  if (title.empty() || title.size() > kMaxTitleChars) return std::nullopt;
  // A title never contains sentence punctuation.
  if (title.find_first_of(U"。；，！？") != std::u32string::npos) return std::nullopt;
  const int number = report::MatchSectionTitle(title, n.value);
  HeadingMatch m;
  m.numbering = n.style;
  m.title = utf8::Encode(title);
  if (number == 0) {
    // An extra top-level part: 七、… and beyond, numbered the top-level way.
    if (n.style == HeadingNumbering::kChinese && n.value > report::kSectionCount &&
        n.value <= 20) {
      m.number = 0;
      return m;
    }
    return std::nullopt;
  }
  // Sub-items such as （二）依申请公开情况 inside 一 are not section headings:
  // a parenthesised number must agree with the title's section.
  if (n.style == HeadingNumbering::kParenthesised && n.value != number) return std::nullopt;
  // Variants like 主动公开情况 are also sub-item titles of section 一; only
  // count them as headings when the number agrees.
  if (n.style != HeadingNumbering::kNone && n.value != number &&
      title != utf8::Decode(report::kSectionTitles[number - 1])) {
    return std::nullopt;
  }
  if (n.style == HeadingNumbering::kNone &&
      title != utf8::Decode(report::kSectionTitles[number - 1])) {
    return std::nullopt;
  }
  m.number = number;
  return m;
}

}  // namespace gongkai::formats
