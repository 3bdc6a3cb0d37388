// Personal information on published pages (portal-and-catalogue.md §6): the
// checks that tell a real resident ID, mobile number or bank card from any
// other run of digits, and the masks shown instead of them. Pure: no I/O, no
// clock (the birth-date check uses a fixed year range, not "today").
//
// The screen (search/pii_screen) finds candidates with one vectorscan
// database and asks these functions which candidates are real.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::domain {

// ---- Resident ID, GB 11643-1999 -------------------------------------------
// 18 characters = 6-digit address code (GB/T 2260) + birth date YYYYMMDD +
// 3-digit order code + 1 check character. Every function below takes the 18
// ASCII characters (the caller folds full-width forms first) and returns
// false for anything else (wrong length, a non-digit among the first 17).

// ISO 7064 MOD 11-2: S = Σ a_i·w_i over the first 17 digits with
// w = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check = "10X98765432"[S mod 11];
// a lowercase x is accepted for X. E.g. 11010519491231002X is valid.
bool ValidResidentIdChecksum(std::string_view id18);

// Characters 7–14 are a real calendar date with the year in 1900–2099 (a
// fixed range: domain code reads no clock, so a future date in range passes).
bool PlausibleResidentIdBirthDate(std::string_view id18);

// The first two digits are a province-level code of GB/T 2260: 11–15, 21–23,
// 31–37, 41–46, 50–54, 61–65, 71 (台湾), 81 (香港), 82 (澳门).
bool KnownProvinceCode(std::string_view id);

// All three checks above.
bool ValidResidentId(std::string_view id18);

// ---- Bank cards ------------------------------------------------------------
// Luhn: from the right, double every second digit (−9 when above 9); the sum
// is a multiple of 10. False for an empty string or any non-digit.
bool PassesLuhn(std::string_view digits);

// ---- Mobile numbers --------------------------------------------------------
// 11 ASCII digits whose 网号 (first three) is in the 工信部 table (2023-03):
// 130–139, 145–149, 150–153, 155–159, 162, 165–167, 170–173, 174 (174x:
// satellite, accepted whole), 175–178, 180–189, 190–193, 195–199. 140–144
// are 13-digit IoT numbers and never match.
bool ValidMobileNumber(std::string_view digits11);

// ---- Masking -----------------------------------------------------------------
// Which characters a mask keeps. The patterns are a setting ([I]: the spec
// lists the defaults below and alternatives seen on sites, e.g. 1101**********002X
// is {4, 4}), so callers pass a MaskStyle rather than a pattern being fixed here.
struct MaskStyle {
  int keep_head = 0;  // significant characters kept at the start
  int keep_tail = 0;  // significant characters kept at the end
};
inline constexpr MaskStyle kResidentIdMask{6, 4};  // 110105********002X
inline constexpr MaskStyle kMobileMask{3, 4};      // 138****5678
inline constexpr MaskStyle kBankCardMask{0, 4};    // ************1234
inline constexpr MaskStyle kEmailMask{1, 0};       // z***@example.com

// The number masks take the text as it appears (UTF-8, full-width digits
// allowed, separators such as spaces or '-' kept where they are): each
// significant character — a digit, or X/x, in ASCII or full-width form — that
// is not kept becomes one ASCII '*'. When keep_head + keep_tail would keep
// every significant character, all of them are masked. Negative counts are 0.
std::string MaskResidentId(std::string_view id, MaskStyle style = kResidentIdMask);
// A country-code prefix (+86 / 86, any digits beyond the last 11) is kept
// and does not count towards keep_head.
std::string MaskMobile(std::string_view number, MaskStyle style = kMobileMask);
std::string MaskBankCard(std::string_view number, MaskStyle style = kBankCardMask);

// The local part keeps keep_head characters at the start and keep_tail at the
// end (at least one character is always hidden) with "***" between, so the
// mask does not reveal its length; the domain is kept: z***@example.com.
// Text without '@' is masked as a whole the same way.
std::string MaskEmail(std::string_view email, MaskStyle style = kEmailMask);

}  // namespace gongkai::domain
