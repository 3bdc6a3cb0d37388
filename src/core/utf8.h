// UTF-8 helpers. All text inside gongkai is UTF-8 std::string; these
// functions never throw and treat invalid bytes as U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::utf8 {

// Decodes one code point at `pos` and advances `pos`. Invalid or truncated
// sequences yield U+FFFD and advance by one byte.
char32_t NextMultiByte(std::string_view text, size_t& pos);
inline char32_t Next(std::string_view text, size_t& pos) {
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  return NextMultiByte(text, pos);
}

std::u32string Decode(std::string_view text);
void Append(std::string& out, char32_t cp);
std::string Encode(std::u32string_view text);

// True when every byte sequence in `text` is well-formed UTF-8.
bool IsValid(std::string_view text);

// Replaces invalid sequences with U+FFFD so the text is safe to show or emit.
std::string Sanitize(std::string_view text);

// Number of code points.
size_t Length(std::string_view text);

bool IsCjk(char32_t cp);          // CJK ideographs (incl. extension A, compatibility)
bool IsSpace(char32_t cp);        // ASCII and Unicode white space, incl. U+3000 and NBSP
bool IsAsciiDigit(char32_t cp);

// Maps full-width ASCII forms (U+FF01..U+FF5E) to ASCII and U+3000 to a space;
// keeps everything else. Used before matching labels and numbers, never for
// display.
char32_t FoldWidth(char32_t cp);
std::string FoldWidth(std::string_view text);

// Trims white space (per IsSpace) at both ends.
std::string Trim(std::string_view text);

// Removes every white-space code point.
std::string StripSpaces(std::string_view text);

// Joins runs of white space into one ASCII space and trims.
std::string CollapseSpaces(std::string_view text);

}  // namespace gongkai::utf8
