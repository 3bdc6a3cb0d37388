#include "search/pii_patterns.h"

#include <hs.h>

#include <algorithm>
#include <unordered_set>

#include "core/utf8.h"
#include "search/normalized_text.h"

namespace gongkai::search::pii {

uint32_t FixedWidth(PatternId id) {
  switch (id) {
    case kGroupedDigitsPattern:
      return 11;
    case kEmailPattern:
      return 3;
    case kFirstWordPattern:
      break;
  }
  return 0;
}

std::string EscapeLiteral(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 4);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out += "\\x";
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
  }
  return out;
}

PatternSet BuildPatterns(const std::vector<std::string>& sensitive_words) {
  PatternSet set;
  const auto add = [&set](std::string expression, unsigned flags, unsigned id) {
    set.expressions.push_back(std::move(expression));
    set.flags.push_back(flags);
    set.ids.push_back(id);
  };
  add("[0-9][ \\-][0-9]{4}[ \\-][0-9]{4}", 0, kGroupedDigitsPattern);
  add("[A-Za-z0-9_%+\\-]@[A-Za-z0-9]", 0, kEmailPattern);

  std::unordered_set<std::string> seen;
  for (const std::string& word : sensitive_words) {
    const std::string trimmed = utf8::Trim(word);
    const std::string normalized = NormalizeNfkc(trimmed).text;
    if (normalized.empty() || !seen.insert(normalized).second) continue;
    const auto k = static_cast<unsigned>(set.words.size());
    set.words.push_back(trimmed);
    set.word_widths.push_back(static_cast<uint32_t>(normalized.size()));
    // Caseless only where it matters: it costs a little scan speed.
    const bool has_letter = std::any_of(normalized.begin(), normalized.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    add(EscapeLiteral(normalized), has_letter ? HS_FLAG_CASELESS : 0u, kFirstWordPattern + k);
  }
  return set;
}

}  // namespace gongkai::search::pii
