// Made-up personal data for the demo publications (portal-and-catalogue.md
// §6): resident IDs with a correct GB 11643 check character, mobile numbers
// of the 工信部 网号 table and UnionPay-style card numbers passing Luhn — the
// numbers the publication screen must catch — and 18-digit numbers that look
// like IDs but carry a wrong check character, which it must let through.
// All fictional: the address codes are 4399xx (a prefecture code Hunan does
// not use), the card BIN is 621799.
#pragma once

#include <string>
#include <string_view>

#include "app/demo_city.h"

namespace gongkai::app::demo {

enum class PlantedKind { kNone, kResidentId, kMobile, kBankCard };

// An 18-character resident ID whose check character is right (ISO 7064
// MOD 11-2), born between 1950 and 2004.
std::string DrawResidentId(Dice& dice);
// An 18-digit number shaped like an ID (address code, birth date, order
// code) whose check character is wrong, and which fails Luhn too (so the
// screen has no reason to report it as an ID or a card).
std::string DrawBadChecksumId(Dice& dice);
std::string DrawMobile(Dice& dice);
// 19 digits starting 621799, the last one the Luhn check digit.
std::string DrawBankCard(Dice& dice);
std::string DrawPlanted(Dice& dice, PlantedKind kind);

// ASCII digits and X as their full-width forms (０–９, Ｘ): what a clerk's
// input method sometimes types; the screen folds them (NFKC).
std::string FullWidth(std::string_view ascii);

// 身份证号码, 手机号码, 银行卡号.
const char* PlantedLabel(PlantedKind kind);

}  // namespace gongkai::app::demo
