#include "core/utf8.h"

namespace gongkai::utf8 {
namespace {
constexpr char32_t kReplacement = 0xFFFD;

// A byte where IsSpace may begin: an ASCII space, or the lead byte of one of
// the other code points it accepts (U+0085/U+00A0: C2, U+1680: E1,
// U+2000…U+205F: E2, U+3000: E3, U+FEFF: EF). Every other byte — most of
// Chinese text — is copied or skipped without decoding.
inline bool MayBeginSpace(unsigned char b) {
  return b == ' ' || (b >= '\t' && b <= '\r') || b == 0xC2 || b == 0xE1 || b == 0xE2 ||
         b == 0xE3 || b == 0xEF;
}
}

char32_t NextMultiByte(std::string_view text, size_t& pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b0 = byte(pos);
  int extra = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
    min = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + extra >= text.size()) {  // truncated sequence
    ++pos;
    return kReplacement;
  }
  for (int i = 1; i <= extra; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += extra + 1;
  return cp;
}

std::u32string Decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) out.push_back(Next(text, pos));
  return out;
}

void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  char buf[4];
  size_t n = 0;
  if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out.append(buf, n);
}

std::string Encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t cp : text) Append(out, cp);
  return out;
}

bool IsValid(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t before = pos;
    const char32_t cp = Next(text, pos);
    if (cp == kReplacement) {
      // A literal U+FFFD is three bytes long; a decoding failure advances one.
      if (pos - before != 3) return false;
    }
  }
  return true;
}

std::string Sanitize(std::string_view text) {
  if (IsValid(text)) return std::string(text);
  return Encode(Decode(text));
}

size_t Length(std::string_view text) {
  size_t n = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    Next(text, pos);
    ++n;
  }
  return n;
}

bool IsCjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x85 || cp == 0x1680 || cp == 0x2028 ||
         cp == 0x2029;
}

bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

char32_t FoldWidth(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  if (cp == 0x3000) return ' ';
  return cp;
}

std::string FoldWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = Next(text, pos);
    const char32_t folded = FoldWidth(cp);
    if (folded == cp) {
      out.append(text.data() + start, pos - start);
    } else {
      Append(out, folded);
    }
  }
  return out;
}

std::string Trim(std::string_view text) {
  if (text.empty()) return {};
  // Fast path: neither end can be a space.
  size_t last = text.size() - 1;
  while (last > 0 && text.size() - last < 4 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) {
    --last;
  }
  if (!MayBeginSpace(static_cast<unsigned char>(text[0])) &&
      !MayBeginSpace(static_cast<unsigned char>(text[last]))) {
    return std::string(text);
  }
  // Leading spaces: decode forward until the first non-space.
  size_t begin = 0;
  while (begin < text.size()) {
    size_t next = begin;
    if (!IsSpace(Next(text, next))) break;
    begin = next;
  }
  // Trailing spaces: step back over whole code points.
  size_t end = text.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t probe = start;
    if (!IsSpace(Next(text, probe)) || probe != end) break;
    end = start;
  }
  return std::string(text.substr(begin, end - begin));
}

std::string StripSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    // Copy the run of bytes that cannot begin a space as it is.
    size_t run = pos;
    while (run < text.size() && !MayBeginSpace(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text.data() + pos, run - pos);
    pos = run;
    if (pos == text.size()) break;
    const size_t start = pos;
    if (!IsSpace(Next(text, pos))) out.append(text.data() + start, pos - start);
  }
  return out;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    if (IsSpace(Next(text, pos))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.data() + start, pos - start);
  }
  return out;
}

}  // namespace gongkai::utf8
