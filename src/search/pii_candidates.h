// Verification of the candidates found by the screen's vectorscan database
// (search/pii_patterns) and its digit-run pass (search/pii_digit_runs): each
// function gets the NFKC text that was scanned and the candidate's place in
// it, looks at the bytes around it (vectorscan has no lookbehind) and asks
// domain/personal_info whether the digits are real. Internal to search/.
// Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "service/text_screen.h"

namespace gongkai::search::pii {

// A verified hit in the scanned (NFKC) text: [begin, end).
struct Candidate {
  service::ScreenHitKind kind = service::ScreenHitKind::kResidentId;
  size_t begin = 0;
  size_t end = 0;
};

// [begin, begin + 18) is 17 digits and a digit or X/x. A hit when neither
// neighbour is an ASCII letter or digit (so 18 digits inside a 19-digit
// number are not an ID) and the 18 characters pass domain::ValidResidentId:
// province, birth date and checksum. An 18-digit number with a bad checksum
// is NOT reported: the acceptance criteria override the spec's
// "a checksum miss is still reported (typos)", which flagged too many order
// and serial numbers.
std::optional<Candidate> VerifyResidentId(std::string_view text, size_t begin);

// [begin, end) is an 11-digit number or a 3-4-4 grouping with '-' or space.
// A hit when the digits' 网号 is valid and no digit touches either end;
// a +86 / 86 country code just before (optionally followed by '-' or a
// space) is taken into the hit.
std::optional<Candidate> VerifyMobile(std::string_view text, size_t begin, size_t end);

// The maximal run of digits containing text[pos]: [begin, end).
struct DigitRun {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const DigitRun&) const = default;
};
DigitRun DigitRunAt(std::string_view text, size_t pos);

// A whole digit run: a hit when it has 16–19 digits, no ASCII letter or
// digit touches it, it passes Luhn and it is not a valid resident ID.
std::optional<Candidate> VerifyBankCardRun(std::string_view text, DigitRun run);

// A maximal run of 11+ digits (search/pii_digit_runs): a resident ID (18
// digits, or 17 and X/x), a mobile number (11 digits, or 13 starting with the
// 86 country code) or a bank card (16–19 digits, when it is not a valid ID).
std::optional<Candidate> VerifyDigitRun(std::string_view text, DigitRun run);

// A match of the grouped-digits pattern at [begin, begin + 11): one digit, a
// '-' or space, four digits, a '-' or space, four digits — the tail of a
// 3-4-4 mobile number and of a card in groups of four. Adds the mobile number
// whose first group ends at `begin` (VerifyMobile) and the card whose
// grouping contains it (VerifyGroupedBankCard), when real.
void VerifyGroupedDigits(std::string_view text, size_t begin, std::vector<Candidate>& out);

// [begin, begin + 19) is four groups of 4 digits with single spaces. A hit
// when it is not the tail of a longer grouping, takes an optional fifth group
// of 1–3 digits, no letter or digit touches it, and the 16–19 digits pass
// Luhn and are not a valid resident ID.
std::optional<Candidate> VerifyGroupedBankCard(std::string_view text, size_t begin);

// text[at] is '@' with an address character on each side. The address is
// the longest local part before it ([A-Za-z0-9._%+-], at most 64 bytes, not
// starting with '.') and domain after it (labels of [A-Za-z0-9-] joined by
// '.', at most 255 bytes, ending in a top-level label of 2+ letters).
std::optional<Candidate> VerifyEmail(std::string_view text, size_t at);

}  // namespace gongkai::search::pii
