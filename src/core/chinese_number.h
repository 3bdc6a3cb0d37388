// Chinese numerals as used in section and item numbering (一 … 九十九) and
// integers as printed in published reports (full-width digits, thousands
// separators).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

// Parses 一…九十九 (also 两, and 十 forms such as 十二, 二十). Returns nullopt
// for anything else, including 〇/零 alone and empty input.
std::optional<int> ParseChineseNumeral(std::u32string_view text);
std::optional<int> ParseChineseNumeral(std::string_view utf8_text);

// Writes 1…99 as Chinese numerals (1 → 一, 10 → 十, 21 → 二十一).
std::string ChineseNumeral(int n);

// Parses a non-negative integer as written in a report cell: ASCII or
// full-width digits, optional thousands separators (, ， or thin spaces) and
// surrounding white space. Returns nullopt when anything else is present or
// the value does not fit in int64.
std::optional<int64_t> ParseCount(std::string_view text);

}  // namespace gongkai
