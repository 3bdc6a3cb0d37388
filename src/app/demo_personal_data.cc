#include "app/demo_personal_data.h"

#include <cstdio>

#include "domain/personal_info.h"

namespace gongkai::app::demo {
namespace {

constexpr int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr const char* kCheckChars = "10X98765432";

std::string Digits(Dice& dice, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>('0' + dice.Below(10));
  return s;
}

char IdCheckChar(const std::string& first17) {
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[static_cast<size_t>(i)] - '0') * kIdWeights[i];
  return kCheckChars[sum % 11];
}

// Address code, birth date and order code: the first 17 characters.
std::string IdBody(Dice& dice) {
  static const char* const kAreas[] = {"439901", "439902", "439921", "439922", "439981"};
  std::string s = kAreas[dice.Below(5)];
  const int year = dice.Between(1950, 2004);
  const int month = dice.Between(1, 12);
  const int day = dice.Between(1, 28);
  char date[9];
  std::snprintf(date, sizeof date, "%04d%02d%02d", year, month, day);
  s += date;
  s += Digits(dice, 3);
  return s;
}

}  // namespace

std::string DrawResidentId(Dice& dice) {
  std::string s = IdBody(dice);
  s += IdCheckChar(s);
  return s;
}

std::string DrawBadChecksumId(Dice& dice) {
  for (;;) {
    std::string s = IdBody(dice);
    const char right = IdCheckChar(s);
    const char wrong = static_cast<char>('0' + dice.Below(10));
    if (wrong == right) continue;
    s += wrong;
    if (!domain::ValidResidentId(s) && !domain::PassesLuhn(s)) return s;
  }
}

std::string DrawMobile(Dice& dice) {
  static const char* const kPrefixes[] = {"138", "139", "150", "151", "158",
                                          "177", "186", "188", "199", "135"};
  return std::string(kPrefixes[dice.Below(10)]) + Digits(dice, 8);
}

std::string DrawBankCard(Dice& dice) {
  std::string s = "621799" + Digits(dice, 12);
  for (char c = '0'; c <= '9'; ++c) {
    if (domain::PassesLuhn(s + c)) return s + c;
  }
  return s + '0';  // unreachable: one of ten check digits always passes
}

std::string DrawPlanted(Dice& dice, PlantedKind kind) {
  switch (kind) {
    case PlantedKind::kNone:
      return "";
    case PlantedKind::kResidentId:
      return DrawResidentId(dice);
    case PlantedKind::kMobile:
      return DrawMobile(dice);
    case PlantedKind::kBankCard:
      return DrawBankCard(dice);
  }
  return "";
}

std::string FullWidth(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    if (c >= '0' && c <= '9') {
      // U+FF10 + d: EF BC 90 … EF BC 99.
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (c - '0'));
    } else if (c == 'X') {
      out += "\xEF\xBC\xB8";  // U+FF38 Ｘ
    } else {
      out += c;
    }
  }
  return out;
}

const char* PlantedLabel(PlantedKind kind) {
  switch (kind) {
    case PlantedKind::kNone:
      return "";
    case PlantedKind::kResidentId:
      return "身份证号码";
    case PlantedKind::kMobile:
      return "手机号码";
    case PlantedKind::kBankCard:
      return "银行卡号";
  }
  return "";
}

}  // namespace gongkai::app::demo
