#include "formats/html_safe_values.h"

#include <cstdint>
#include <initializer_list>

#include "core/utf8.h"

namespace gongkai::formats::html_values {
namespace {

constexpr size_t kMaxUrlBytes = 4096;
constexpr size_t kMaxTextBytes = 2048;

bool IsControl(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }
bool IsCssSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimCss(std::string_view s) {
  while (!s.empty() && IsCssSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsCssSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Lower-cased, trimmed, inner white-space runs as one space.
std::string CssValue(std::string_view raw) {
  std::string out;
  bool space = false;
  for (char c : TrimCss(raw)) {
    if (IsCssSpace(c)) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

bool OneOf(std::string_view v, std::initializer_list<std::string_view> options) {
  for (std::string_view o : options) {
    if (v == o) return true;
  }
  return false;
}

bool IsTextAlign(std::string_view v) { return OneOf(v, {"left", "right", "center", "justify"}); }

bool IsFontWeight(std::string_view v) {
  return OneOf(v, {"normal", "bold", "bolder", "lighter", "100", "200", "300", "400", "500", "600",
                   "700", "800", "900"});
}

// A non-negative length: 1–4 digits, optionally '.' and 1–3 digits, then a
// unit (a bare 0 needs none).
bool IsTextIndent(std::string_view v) {
  if (v == "0") return true;
  size_t i = 0;
  while (i < v.size() && IsDigit(v[i])) ++i;
  if (i == 0 || i > 4) return false;
  if (i < v.size() && v[i] == '.') {
    const size_t start = ++i;
    while (i < v.size() && IsDigit(v[i])) ++i;
    if (i == start || i - start > 3) return false;
  }
  return OneOf(v.substr(i), {"em", "px", "pt", "%", "cm", "mm", "ex", "rem"});
}

}  // namespace

std::string StripControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(text, pos);
    if (IsControl(cp) && cp != '\t' && cp != '\n') continue;
    out.append(text.data() + start, pos - start);
  }
  return out;
}

std::optional<std::string> SafeUrl(std::string_view value, UrlUse use) {
  std::string url;
  url.reserve(value.size());
  size_t pos = 0;
  while (pos < value.size()) {
    const size_t start = pos;
    if (IsControl(utf8::Next(value, pos))) continue;  // browsers drop tabs and newlines too
    url.append(value.data() + start, pos - start);
  }
  const size_t first = url.find_first_not_of(' ');
  if (first == std::string::npos) return std::nullopt;
  url = url.substr(first, url.find_last_not_of(' ') - first + 1);
  if (url.size() > kMaxUrlBytes || url.find('\\') != std::string::npos) return std::nullopt;
  const size_t mark = url.find_first_of(":/?#");
  if (mark != std::string::npos && url[mark] == ':') {
    const std::string scheme = AsciiLower(std::string_view(url).substr(0, mark));
    const bool allowed =
        scheme == "http" || scheme == "https" || (scheme == "mailto" && use == UrlUse::kLink);
    if (!allowed) return std::nullopt;
  }
  return url;
}

bool IsExternalUrl(std::string_view safe_url) {
  const std::string head = AsciiLower(safe_url.substr(0, 6));
  return head.starts_with("http:") || head.starts_with("https:") || head.starts_with("//");
}

std::string SafeStyle(std::string_view style, std::string_view legacy_align) {
  std::string align, indent, weight;
  size_t start = 0;
  while (start <= style.size()) {
    size_t end = style.find(';', start);
    if (end == std::string_view::npos) end = style.size();
    const std::string_view decl = style.substr(start, end - start);
    start = end + 1;
    const size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string property = CssValue(decl.substr(0, colon));
    const std::string value = CssValue(decl.substr(colon + 1));
    if (property == "text-align" && IsTextAlign(value)) align = value;
    if (property == "text-indent" && IsTextIndent(value)) indent = value;
    if (property == "font-weight" && IsFontWeight(value)) weight = value;
  }
  if (align.empty()) {
    const std::string legacy = CssValue(legacy_align);
    if (IsTextAlign(legacy)) align = legacy;
  }
  std::string out;
  const auto add = [&out](std::string_view property, const std::string& value) {
    if (value.empty()) return;
    if (!out.empty()) out += "; ";
    out.append(property).append(": ").append(value);
  };
  add("text-align", align);
  add("text-indent", indent);
  add("font-weight", weight);
  return out;
}

std::optional<std::string> SafeNumber(std::string_view value, int min, int max, bool percent) {
  value = TrimCss(value);
  bool has_percent = false;
  if (percent && !value.empty() && value.back() == '%') {
    has_percent = true;
    value.remove_suffix(1);
  }
  if (value.empty() || value.size() > 7) return std::nullopt;
  int64_t n = 0;
  for (char c : value) {
    if (!IsDigit(c)) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < min || n > max) return std::nullopt;
  return std::to_string(n) + (has_percent ? "%" : "");
}

std::optional<std::string> SafeText(std::string_view value) {
  std::string text = StripControls(value);
  if (text.empty() || text.size() > kMaxTextBytes) return std::nullopt;
  return text;
}

}  // namespace gongkai::formats::html_values
