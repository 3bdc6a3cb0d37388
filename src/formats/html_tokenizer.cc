#include "formats/html_tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "core/utf8.h"

namespace gongkai::formats {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigitChar(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigitChar(c); }
bool IsHexDigit(char c) {
  return IsAsciiDigitChar(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char ToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int HexValue(char c) {
  if (IsAsciiDigitChar(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// True when `text` at `pos` starts with `word` ignoring ASCII case.
bool StartsWithNoCase(std::string_view text, size_t pos, std::string_view word) {
  if (pos > text.size() || text.size() - pos < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (ToLower(text[pos + i]) != word[i]) return false;
  }
  return true;
}

struct NamedReference {
  std::string_view name;
  char32_t cp;
};

// The named references a Chinese government page uses in practice (HTML has
// about 2,000; the rest stay as written). Latin-1 ones also match without ';'.
constexpr NamedReference kNamedReferences[] = {
    {"AMP", U'&'},     {"COPY", 0xA9},     {"GT", U'>'},       {"LT", U'<'},
    {"QUOT", U'"'},    {"REG", 0xAE},      {"acute", 0xB4},    {"amp", U'&'},
    {"apos", U'\''},   {"asymp", 0x2248},  {"bdquo", 0x201E},  {"brvbar", 0xA6},
    {"bsol", U'\\'},   {"bull", 0x2022},   {"cedil", 0xB8},    {"cent", 0xA2},
    {"circ", 0x2C6},   {"colon", U':'},    {"comma", U','},    {"copy", 0xA9},
    {"curren", 0xA4},  {"dagger", 0x2020}, {"darr", 0x2193},   {"deg", 0xB0},
    {"divide", 0xF7},  {"emsp", 0x2003},   {"ensp", 0x2002},   {"euro", 0x20AC},
    {"excl", U'!'},    {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
    {"ge", 0x2265},    {"gt", U'>'},       {"harr", 0x2194},   {"hellip", 0x2026},
    {"iexcl", 0xA1},   {"infin", 0x221E},  {"iquest", 0xBF},   {"laquo", 0xAB},
    {"larr", 0x2190},  {"lbrace", U'{'},   {"ldquo", 0x201C},  {"le", 0x2264},
    {"lowbar", U'_'},  {"lowast", 0x2217}, {"loz", 0x25CA},    {"lpar", U'('},
    {"lrm", 0x200E},   {"lsaquo", 0x2039}, {"lsqb", U'['},     {"lsquo", 0x2018},
    {"lt", U'<'},      {"macr", 0xAF},     {"mdash", 0x2014},  {"micro", 0xB5},
    {"middot", 0xB7},  {"minus", 0x2212},  {"nbsp", 0xA0},     {"ndash", 0x2013},
    {"ne", 0x2260},    {"not", 0xAC},      {"num", U'#'},      {"oline", 0x203E},
    {"ordf", 0xAA},    {"ordm", 0xBA},     {"para", 0xB6},     {"percnt", U'%'},
    {"period", U'.'},  {"permil", 0x2030}, {"plusmn", 0xB1},   {"pound", 0xA3},
    {"prime", 0x2032}, {"quest", U'?'},    {"quot", U'"'},     {"radic", 0x221A},
    {"raquo", 0xBB},   {"rarr", 0x2192},   {"rbrace", U'}'},   {"rdquo", 0x201D},
    {"reg", 0xAE},     {"rlm", 0x200F},    {"rpar", U')'},     {"rsaquo", 0x203A},
    {"rsqb", U']'},    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"sect", 0xA7},
    {"semi", U';'},    {"shy", 0xAD},      {"sol", U'/'},      {"sup1", 0xB9},
    {"sup2", 0xB2},    {"sup3", 0xB3},     {"thinsp", 0x2009}, {"tilde", 0x2DC},
    {"times", 0xD7},   {"trade", 0x2122},  {"uarr", 0x2191},   {"uml", 0xA8},
    {"verbar", U'|'},  {"yen", 0xA5},      {"zwj", 0x200D},    {"zwnj", 0x200C},
};

const NamedReference* FindNamedReference(std::string_view name) {
  static const std::vector<NamedReference> sorted = [] {
    std::vector<NamedReference> v(std::begin(kNamedReferences), std::end(kNamedReferences));
    std::sort(v.begin(), v.end(),
              [](const NamedReference& a, const NamedReference& b) { return a.name < b.name; });
    return v;
  }();
  const auto it =
      std::lower_bound(sorted.begin(), sorted.end(), name,
                       [](const NamedReference& r, std::string_view n) { return r.name < n; });
  if (it == sorted.end() || it->name != name) return nullptr;
  return &*it;
}

// HTML maps numeric references 128–159 as windows-1252 (0 = keep the code).
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t NumericReferenceValue(uint32_t v) {
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
  if (v >= 0x80 && v <= 0x9F && kWindows1252[v - 0x80] != 0) return kWindows1252[v - 0x80];
  return v;
}

// Elements dropped whole, content included.
bool IsSkippedElement(std::string_view name) {
  static constexpr std::string_view kSkipped[] = {"script",  "style",    "noscript", "iframe",
                                                  "noembed", "noframes", "xmp",      "template"};
  return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}

}  // namespace

const std::string* HtmlToken::Attribute(std::string_view attribute) const {
  for (const HtmlAttribute& a : attributes) {
    if (a.name == attribute) return &a.value;
  }
  return nullptr;
}

bool IsVoidHtmlElement(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area",  "base",   "br",    "col",  "embed",
                                               "hr",    "img",    "input", "link", "meta",
                                               "param", "source", "track", "wbr"};
  return std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid);
}

std::string DecodeHtmlText(std::string_view raw, bool in_attribute) {
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    const char c = raw[i];
    if (c == '\r') {
      out.push_back('\n');
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '&') {
      out.push_back(c);
      ++i;
      continue;
    }
    size_t j = i + 1;
    if (j < raw.size() && raw[j] == '#') {
      ++j;
      const bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
      if (hex) ++j;
      const size_t digits_start = j;
      uint32_t value = 0;
      while (j < raw.size() && (hex ? IsHexDigit(raw[j]) : IsAsciiDigitChar(raw[j]))) {
        const uint32_t digit = static_cast<uint32_t>(hex ? HexValue(raw[j]) : raw[j] - '0');
        value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit;
        ++j;
      }
      if (j == digits_start) {  // "&#" or "&#x" with no digits: literal
        out.push_back('&');
        ++i;
        continue;
      }
      if (j < raw.size() && raw[j] == ';') ++j;
      utf8::Append(out, NumericReferenceValue(value));
      i = j;
      continue;
    }
    constexpr size_t kMaxNameLength = 32;
    while (j < raw.size() && j - (i + 1) < kMaxNameLength && IsAsciiAlnum(raw[j])) ++j;
    const std::string_view name = raw.substr(i + 1, j - (i + 1));
    const NamedReference* ref = name.empty() ? nullptr : FindNamedReference(name);
    if (ref != nullptr) {
      const bool semicolon = j < raw.size() && raw[j] == ';';
      const bool legacy = ref->cp < 0x100 && name != "apos";
      const bool blocked_in_attribute =
          in_attribute && j < raw.size() && (raw[j] == '=' || IsAsciiAlnum(raw[j]));
      if (semicolon || (legacy && !blocked_in_attribute)) {
        utf8::Append(out, ref->cp);
        i = semicolon ? j + 1 : j;
        continue;
      }
    }
    out.push_back('&');
    ++i;
  }
  return out;
}

int HtmlTokenizer::LineAt(size_t pos) {
  pos = std::min(pos, in_.size());
  for (size_t i = line_pos_; i < pos; ++i) {
    const char c = in_[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= in_.size() || in_[i + 1] != '\n'))) ++line_;
  }
  line_pos_ = std::max(line_pos_, pos);
  return line_;
}

void HtmlTokenizer::SkipPast(std::string_view terminator) {
  const size_t end = in_.find(terminator, pos_);
  pos_ = end == std::string_view::npos ? in_.size() : end + terminator.size();
}

size_t HtmlTokenizer::FindEndTag(std::string_view tag, size_t from) const {
  while (from < in_.size()) {
    const size_t p = in_.find("</", from);
    if (p == std::string_view::npos) return p;
    const size_t after = p + 2 + tag.size();
    if (StartsWithNoCase(in_, p + 2, tag) && (after >= in_.size() || IsHtmlSpace(in_[after]) ||
                                              in_[after] == '/' || in_[after] == '>')) {
      return p;
    }
    from = p + 2;
  }
  return std::string_view::npos;
}

void HtmlTokenizer::SkipRawText(std::string_view tag) {
  const size_t end = FindEndTag(tag, pos_);
  if (end == std::string_view::npos) {
    pos_ = in_.size();
    return;
  }
  pos_ = end;
  SkipPast(">");
}

// Reads attributes up to and including '>'. Returns false (pos_ at the end
// of input) when the tag is not closed.
bool HtmlTokenizer::ReadAttributes(HtmlToken& token) {
  while (pos_ < in_.size()) {
    const char c = in_[pos_];
    if (IsHtmlSpace(c)) {
      ++pos_;
      continue;
    }
    if (c == '>') {
      ++pos_;
      return true;
    }
    if (c == '/') {
      ++pos_;
      if (pos_ < in_.size() && in_[pos_] == '>') {
        token.self_closing = true;
        ++pos_;
        return true;
      }
      continue;
    }
    const size_t name_start = pos_++;  // the first character may be '='
    while (pos_ < in_.size() && !IsHtmlSpace(in_[pos_]) && in_[pos_] != '/' && in_[pos_] != '>' &&
           in_[pos_] != '=') {
      ++pos_;
    }
    const std::string_view raw_name = in_.substr(name_start, pos_ - name_start);
    while (pos_ < in_.size() && IsHtmlSpace(in_[pos_])) ++pos_;
    std::string_view raw_value;
    if (pos_ < in_.size() && in_[pos_] == '=') {
      ++pos_;
      while (pos_ < in_.size() && IsHtmlSpace(in_[pos_])) ++pos_;
      if (pos_ < in_.size() && (in_[pos_] == '"' || in_[pos_] == '\'')) {
        const char quote = in_[pos_++];
        const size_t end = in_.find(quote, pos_);
        if (end == std::string_view::npos) {
          pos_ = in_.size();
          return false;
        }
        raw_value = in_.substr(pos_, end - pos_);
        pos_ = end + 1;
      } else {
        const size_t value_start = pos_;
        while (pos_ < in_.size() && !IsHtmlSpace(in_[pos_]) && in_[pos_] != '>') ++pos_;
        raw_value = in_.substr(value_start, pos_ - value_start);
      }
    }
    if (token.kind != HtmlToken::Kind::kStartTag || token.attributes.size() >= kMaxAttributes) {
      continue;
    }
    std::string name(raw_name);
    for (char& ch : name) ch = ToLower(ch);
    if (token.Attribute(name) != nullptr) continue;  // the first one wins
    token.attributes.push_back(HtmlAttribute{std::move(name), DecodeHtmlText(raw_value, true)});
  }
  return false;
}

// At '<' followed by a letter or '/'. Returns false (having consumed the
// markup) when there is no token to emit.
bool HtmlTokenizer::ReadTag(HtmlToken& token) {
  const size_t start = pos_;
  const bool end_tag = in_[pos_ + 1] == '/';
  size_t p = pos_ + (end_tag ? 2 : 1);
  if (end_tag && (p >= in_.size() || !IsAsciiAlpha(in_[p]))) {
    if (p < in_.size() && in_[p] == '>') {
      pos_ = p + 1;  // "</>" is ignored
    } else {
      pos_ = p;  // "</ …>" is a bogus comment
      SkipPast(">");
    }
    return false;
  }
  token.kind = end_tag ? HtmlToken::Kind::kEndTag : HtmlToken::Kind::kStartTag;
  token.line = LineAt(start);
  while (p < in_.size() && !IsHtmlSpace(in_[p]) && in_[p] != '/' && in_[p] != '>') {
    token.name.push_back(ToLower(in_[p]));
    ++p;
  }
  pos_ = p;
  if (!ReadAttributes(token)) {
    pos_ = in_.size();  // a tag cut off by the end of input is dropped
    return false;
  }
  if (end_tag) return true;
  if (IsSkippedElement(token.name)) {
    SkipRawText(token.name);
    return false;
  }
  if (token.name == "title" || token.name == "textarea") rcdata_tag_ = token.name;
  return true;
}

bool HtmlTokenizer::Next(HtmlToken& token) {
  token.kind = HtmlToken::Kind::kText;
  token.name.clear();
  token.text.clear();
  token.attributes.clear();
  token.self_closing = false;
  while (pos_ < in_.size()) {
    if (!rcdata_tag_.empty()) {
      size_t end = FindEndTag(rcdata_tag_, pos_);
      if (end == std::string_view::npos) end = in_.size();
      rcdata_tag_.clear();
      if (end > pos_) {
        token.line = LineAt(pos_);
        token.text = DecodeHtmlText(in_.substr(pos_, end - pos_));
        pos_ = end;
        return true;
      }
      continue;
    }
    if (in_[pos_] == '<' && pos_ + 1 < in_.size()) {
      const char next = in_[pos_ + 1];
      if (IsAsciiAlpha(next) || next == '/') {
        if (ReadTag(token)) return true;
        token.name.clear();
        token.attributes.clear();
        token.self_closing = false;
        token.kind = HtmlToken::Kind::kText;
        continue;
      }
      if (next == '!') {
        if (in_.substr(pos_, 4) == "<!--") {
          const std::string_view rest = in_.substr(pos_ + 4);
          if (rest.substr(0, 1) == ">") {
            pos_ += 5;
          } else if (rest.substr(0, 2) == "->") {
            pos_ += 6;
          } else {
            pos_ += 4;
            SkipPast("-->");
          }
        } else {
          SkipPast(">");  // <!DOCTYPE …>, <![CDATA[ … ]]> and other bogus comments
        }
        continue;
      }
      if (next == '?') {
        SkipPast(">");
        continue;
      }
    }
    // A text run up to the next '<' that starts markup.
    const size_t start = pos_;
    size_t p = pos_ + 1;
    while (p < in_.size()) {
      p = in_.find('<', p);
      if (p == std::string_view::npos) {
        p = in_.size();
        break;
      }
      if (p + 1 < in_.size()) {
        const char next = in_[p + 1];
        if (IsAsciiAlpha(next) || next == '/' || next == '!' || next == '?') break;
      }
      ++p;
    }
    token.line = LineAt(start);
    token.text = DecodeHtmlText(in_.substr(start, p - start));
    pos_ = p;
    return true;
  }
  return false;
}

}  // namespace gongkai::formats
