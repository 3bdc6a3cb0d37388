#include "search/pii_candidates.h"

#include <string>

#include "domain/personal_info.h"

namespace gongkai::search::pii {
namespace {

using service::ScreenHitKind;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsLetter(c); }

// True when the byte before `begin` / at `end` is absent or not `pred`.
template <typename Pred>
bool FreeBefore(std::string_view text, size_t begin, Pred pred) {
  return begin == 0 || !pred(text[begin - 1]);
}
template <typename Pred>
bool FreeAfter(std::string_view text, size_t end, Pred pred) {
  return end >= text.size() || !pred(text[end]);
}

// The digits of text[begin, end), separators dropped (at most 32 kept).
std::string DigitsOf(std::string_view text, size_t begin, size_t end) {
  std::string digits;
  for (size_t i = begin; i < end && digits.size() < 32; ++i) {
    if (IsDigit(text[i])) digits.push_back(text[i]);
  }
  return digits;
}

bool IsCardNumber(const std::string& digits) {
  return digits.size() >= 16 && digits.size() <= 19 && domain::PassesLuhn(digits) &&
         !domain::ValidResidentId(digits);
}

bool IsLocalChar(char c) {
  return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsDomainChar(char c) { return IsAlnum(c) || c == '.' || c == '-'; }

}  // namespace

std::optional<Candidate> VerifyResidentId(std::string_view text, size_t begin) {
  const size_t end = begin + 18;
  if (end > text.size()) return std::nullopt;
  if (!FreeBefore(text, begin, IsAlnum) || !FreeAfter(text, end, IsAlnum)) return std::nullopt;
  if (!domain::ValidResidentId(text.substr(begin, 18))) return std::nullopt;
  return Candidate{ScreenHitKind::kResidentId, begin, end};
}

std::optional<Candidate> VerifyMobile(std::string_view text, size_t begin, size_t end) {
  if (end > text.size() || begin >= end) return std::nullopt;
  if (!FreeAfter(text, end, IsDigit)) return std::nullopt;
  if (!domain::ValidMobileNumber(DigitsOf(text, begin, end))) return std::nullopt;
  // A country code: "+86", "86", each optionally followed by '-' or a space.
  size_t p = begin;
  if (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '-')) --p;
  if (p >= 2 && text[p - 2] == '8' && text[p - 1] == '6') {
    p -= 2;
    if (p > 0 && text[p - 1] == '+') --p;
    if (FreeBefore(text, p, IsDigit)) return Candidate{ScreenHitKind::kMobile, p, end};
  }
  if (!FreeBefore(text, begin, IsDigit)) return std::nullopt;
  return Candidate{ScreenHitKind::kMobile, begin, end};
}

DigitRun DigitRunAt(std::string_view text, size_t pos) {
  DigitRun run{pos, pos};
  if (pos >= text.size() || !IsDigit(text[pos])) return run;
  while (run.begin > 0 && IsDigit(text[run.begin - 1])) --run.begin;
  while (run.end < text.size() && IsDigit(text[run.end])) ++run.end;
  return run;
}

std::optional<Candidate> VerifyBankCardRun(std::string_view text, DigitRun run) {
  const size_t length = run.end - run.begin;
  if (length < 16 || length > 19) return std::nullopt;
  if (!FreeBefore(text, run.begin, IsAlnum) || !FreeAfter(text, run.end, IsAlnum)) {
    return std::nullopt;
  }
  if (!IsCardNumber(std::string(text.substr(run.begin, length)))) return std::nullopt;
  return Candidate{ScreenHitKind::kBankCard, run.begin, run.end};
}

std::optional<Candidate> VerifyGroupedBankCard(std::string_view text, size_t begin) {
  size_t end = begin + 19;
  if (end > text.size()) return std::nullopt;
  if (!FreeBefore(text, begin, IsAlnum)) return std::nullopt;
  // Exactly "dddd dddd dddd dddd" (or with '-'): the pattern that found the
  // candidate saw only two of the groups (fuzz_screen: "6217 0000 00234563"
  // is no such grouping, and its span would have run past the number).
  for (size_t k = 0; k < 19; ++k) {
    const char c = text[begin + k];
    const bool separator_place = k == 4 || k == 9 || k == 14;
    if (separator_place ? (c != ' ' && c != '-') : !IsDigit(c)) return std::nullopt;
  }
  // Not the tail of a longer grouping "dddd dddd dddd dddd dddd".
  if (begin >= 2 && text[begin - 1] == ' ' && IsDigit(text[begin - 2])) return std::nullopt;
  if (end < text.size() && IsDigit(text[end])) return std::nullopt;  // a 5-digit group
  if (end + 1 < text.size() && text[end] == ' ' && IsDigit(text[end + 1])) {
    size_t k = end + 1;
    while (k < text.size() && IsDigit(text[k]) && k - end <= 4) ++k;
    if (k - end - 1 > 3) return std::nullopt;  // a fifth group of 4+: 20+ digits
    end = k;
  }
  if (!FreeAfter(text, end, IsAlnum)) return std::nullopt;
  if (!IsCardNumber(DigitsOf(text, begin, end))) return std::nullopt;
  return Candidate{ScreenHitKind::kBankCard, begin, end};
}

std::optional<Candidate> VerifyDigitRun(std::string_view text, DigitRun run) {
  const size_t length = run.end - run.begin;
  if (length == 17 && run.end < text.size() && (text[run.end] == 'X' || text[run.end] == 'x')) {
    return VerifyResidentId(text, run.begin);
  }
  if (length == 18) {
    if (auto id = VerifyResidentId(text, run.begin)) return id;
  }
  if (length >= 16 && length <= 19) return VerifyBankCardRun(text, run);
  if (length == 11) return VerifyMobile(text, run.begin, run.end);
  if (length == 13 && text[run.begin] == '8' && text[run.begin + 1] == '6') {
    return VerifyMobile(text, run.begin + 2, run.end);  // takes the 86 in as its prefix
  }
  return std::nullopt;
}

void VerifyGroupedDigits(std::string_view text, size_t begin, std::vector<Candidate>& out) {
  if (begin + 11 > text.size()) return;
  const DigitRun first = DigitRunAt(text, begin);  // the group ending at `begin`
  const size_t first_length = first.end - first.begin;
  if (first_length == 3) {
    if (auto mobile = VerifyMobile(text, first.begin, begin + 11)) out.push_back(*mobile);
    return;
  }
  if (first_length != 4) return;
  // Walk back over earlier groups of four to the grouping's first group.
  size_t start = first.begin;
  for (int groups = 1; groups < 4 && start >= 5 && text[start - 1] == ' '; ++groups) {
    const DigitRun previous = DigitRunAt(text, start - 2);
    if (previous.end != start - 1 || previous.end - previous.begin != 4) break;
    start = previous.begin;
  }
  if (auto card = VerifyGroupedBankCard(text, start)) out.push_back(*card);
}

std::optional<Candidate> VerifyEmail(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != '@') return std::nullopt;
  size_t begin = at;
  while (begin > 0 && at - begin < 64 && IsLocalChar(text[begin - 1])) --begin;
  while (begin < at && text[begin] == '.') ++begin;
  if (begin == at) return std::nullopt;
  size_t end = at + 1;
  while (end < text.size() && end - at - 1 < 255 && IsDomainChar(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  // Labels: non-empty, the last one (the TLD) 2+ letters, at least two.
  const std::string_view domain = text.substr(at + 1, end - at - 1);
  const size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos || last_dot + 3 > domain.size()) return std::nullopt;
  for (size_t i = last_dot + 1; i < domain.size(); ++i) {
    if (!IsLetter(domain[i])) return std::nullopt;
  }
  if (domain.front() == '.' || domain.find("..") != std::string_view::npos) return std::nullopt;
  return Candidate{ScreenHitKind::kEmail, begin, end};
}

}  // namespace gongkai::search::pii
