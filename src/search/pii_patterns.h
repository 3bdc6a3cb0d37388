// The expressions of the personal-information screen's vectorscan database
// (search/pii_screen), kept apart from the library so the set can be read in
// one place. Internal to search/.
//
// Every expression is matched against the NFKC form of the text (so
// full-width １３８… and Ｘ arrive as ASCII) and finds CANDIDATES only:
// vectorscan has no lookbehind, so digit boundaries, checksums, birth dates,
// 网号 and the full extent of a bank card or e-mail address are checked in
// code (search/pii_candidates). Each expression has a fixed width in bytes, so
// a match's start is its end minus that width and no expression needs
// HS_FLAG_SOM_LEFTMOST (which costs scan speed); sensitive words are matched
// as byte literals, which in valid UTF-8 can only match whole characters, so
// HS_FLAG_UTF8 is not needed either.
//
// Unbroken runs of digits (IDs, mobile numbers, cards written without
// separators) are NOT in the database: expressions made of digit classes
// only slowed the whole scan threefold, so search/pii_digit_runs finds them
// (see there for the measurement).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::search::pii {

enum PatternId : unsigned {
  // [0-9][ -][0-9]{4}[ -][0-9]{4}, 11 bytes: the tail of a 3-4-4 mobile
  // number (138-1234-5678, 138 1234 5678) and of a card in groups of four
  // (6222 0202 0000 1234); the whole grouping is found in code.
  kGroupedDigitsPattern = 0,
  // [A-Za-z0-9_%+-]@[A-Za-z0-9], 3 bytes: around one '@'; the address's
  // extent is found in code.
  kEmailPattern = 1,
  kFirstWordPattern = 16,  // sensitive word k has id kFirstWordPattern + k
};

struct PatternSet {
  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  // The sensitive words as given (index k ↔ id kFirstWordPattern + k) and
  // their NFKC forms' byte lengths (the width of their matches).
  std::vector<std::string> words;
  std::vector<uint32_t> word_widths;
};

// The fixed expressions plus one literal per word. Words are NFKC-normalised
// (so a full-width word in the list matches), trimmed of white space; empty
// ones and repeats are dropped. Words match case-insensitively (ASCII).
PatternSet BuildPatterns(const std::vector<std::string>& sensitive_words);

// `bytes` as an expression matching exactly those bytes (each as \xHH).
std::string EscapeLiteral(std::string_view bytes);

// Width of a fixed pattern's match (not of a word).
uint32_t FixedWidth(PatternId id);

}  // namespace gongkai::search::pii
