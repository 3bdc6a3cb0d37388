#include "domain/personal_info.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

TEST(ResidentId, ChecksumOfTheSpecExample) {
  EXPECT_TRUE(ValidResidentIdChecksum("11010519491231002X"));
  EXPECT_TRUE(ValidResidentIdChecksum("11010519491231002x"));
  EXPECT_FALSE(ValidResidentIdChecksum("110105194912310021"));
  EXPECT_FALSE(ValidResidentIdChecksum("11010519491231003X"));
}

TEST(ResidentId, ChecksumWithDigitCheckCharacter) {
  EXPECT_TRUE(ValidResidentIdChecksum("440301199003071230"));
  EXPECT_TRUE(ValidResidentIdChecksum("310115198706150035"));
  EXPECT_FALSE(ValidResidentIdChecksum("440301199003071231"));
}

TEST(ResidentId, MalformedInputIsNeverValid) {
  EXPECT_FALSE(ValidResidentIdChecksum(""));
  EXPECT_FALSE(ValidResidentIdChecksum("11010519491231002"));                     // 17
  EXPECT_FALSE(ValidResidentIdChecksum("11010519491231002XX"));                   // 19
  EXPECT_FALSE(ValidResidentIdChecksum("1101051949123100X2"));                    // X not last
  EXPECT_FALSE(ValidResidentIdChecksum("１１０１０５１９４９１２３１００２Ｘ"));  // not folded
  EXPECT_FALSE(ValidResidentId("11010519491231002Y"));
}

TEST(ResidentId, BirthDate) {
  EXPECT_TRUE(PlausibleResidentIdBirthDate("11010519491231002X"));
  EXPECT_TRUE(PlausibleResidentIdBirthDate("320106200002294562"));   // 2000-02-29
  EXPECT_TRUE(PlausibleResidentIdBirthDate("11010519000101001X"));   // 1900 is in range
  EXPECT_TRUE(PlausibleResidentIdBirthDate("110105209912310010"));   // 2099 is in range
  EXPECT_FALSE(PlausibleResidentIdBirthDate("110105194902300020"));  // 02-30
  EXPECT_FALSE(PlausibleResidentIdBirthDate("110105189912310010"));  // 1899
  EXPECT_FALSE(PlausibleResidentIdBirthDate("110105210001010010"));  // 2100
  EXPECT_FALSE(PlausibleResidentIdBirthDate("110105190002290010"));  // 1900 not a leap year
  EXPECT_FALSE(PlausibleResidentIdBirthDate("110105194913010010"));  // month 13
  EXPECT_FALSE(PlausibleResidentIdBirthDate("110105194901000010"));  // day 0
}

TEST(ResidentId, ProvinceCodes) {
  for (const char* code :
       {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"}) {
    EXPECT_TRUE(KnownProvinceCode(code)) << code;
  }
  for (const char* code : {"00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66",
                           "70", "72", "80", "83", "99", "1", "1a"}) {
    EXPECT_FALSE(KnownProvinceCode(code)) << code;
  }
}

TEST(ResidentId, AllChecksTogether) {
  EXPECT_TRUE(ValidResidentId("11010519491231002X"));
  EXPECT_TRUE(ValidResidentId("65010219851112153X"));
  EXPECT_FALSE(ValidResidentId("990105194912310023"));  // checksum fine, province 99 unknown
  EXPECT_FALSE(ValidResidentId("110105194902300020"));  // checksum fine, 02-30
}

TEST(BankCard, Luhn) {
  EXPECT_TRUE(PassesLuhn("6222020200001234562"));
  EXPECT_TRUE(PassesLuhn("6217000000123451"));
  EXPECT_TRUE(PassesLuhn("4111111111111111"));
  EXPECT_TRUE(PassesLuhn("0"));
  EXPECT_FALSE(PassesLuhn("6222020200001234563"));
  EXPECT_FALSE(PassesLuhn("4111111111111112"));
  EXPECT_FALSE(PassesLuhn(""));
  EXPECT_FALSE(PassesLuhn("4111 1111 1111 1111"));
}

TEST(Mobile, NetworkCodes) {
  for (const char* n :
       {"13012345678", "13912345678", "14512345678", "14912345678", "15012345678", "15312345678",
        "15512345678", "15912345678", "16212345678", "16512345678", "16712345678", "17012345678",
        "17312345678", "17400012345", "17512345678", "17812345678", "18012345678", "18912345678",
        "19012345678", "19312345678", "19512345678", "19912345678"}) {
    EXPECT_TRUE(ValidMobileNumber(n)) << n;
  }
  for (const char* n : {"14012345678", "14412345678", "15412345678", "16012345678", "16112345678",
                        "16312345678", "16412345678", "16812345678", "16912345678", "17912345678",
                        "19412345678", "12012345678", "11012345678", "10012345678", "23812345678",
                        "1381234567", "138123456789", "1381234567a", ""}) {
    EXPECT_FALSE(ValidMobileNumber(n)) << n;
  }
}

TEST(Mask, ResidentIdDefaultAndAlternatives) {
  EXPECT_EQ(MaskResidentId("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskResidentId("11010519491231002X", {4, 4}), "1101**********002X");
  EXPECT_EQ(MaskResidentId("11010519491231002X", {3, 4}), "110***********002X");
  EXPECT_EQ(MaskResidentId("11010519491231002x"), "110105********002x");
}

TEST(Mask, FullWidthOriginalsKeepTheirForm) {
  EXPECT_EQ(MaskResidentId("１１０１０５１９４９１２３１００２Ｘ"), "１１０１０５********００２Ｘ");
  EXPECT_EQ(MaskMobile("１３８００１３８０００"), "１３８****８０００");
}

TEST(Mask, Mobile) {
  EXPECT_EQ(MaskMobile("13812345678"), "138****5678");
  EXPECT_EQ(MaskMobile("13812345678", {3, 3}), "138*****678");
  EXPECT_EQ(MaskMobile("138-1234-5678"), "138-****-5678");
  EXPECT_EQ(MaskMobile("+86 138 1234 5678"), "+86 138 **** 5678");
  EXPECT_EQ(MaskMobile("8613812345678"), "86138****5678");
}

TEST(Mask, BankCard) {
  EXPECT_EQ(MaskBankCard("6222020200001234562"), "***************4562");
  EXPECT_EQ(MaskBankCard("6217000000123451"), "************3451");
  EXPECT_EQ(MaskBankCard("6217 0000 0012 3451"), "**** **** **** 3451");
  EXPECT_EQ(MaskBankCard("6217000000123451", {4, 4}), "6217********3451");
}

TEST(Mask, NeverShowsEverything) {
  EXPECT_EQ(MaskMobile("1234", {3, 4}), "****");
  EXPECT_EQ(MaskBankCard("", {0, 4}), "");
  EXPECT_EQ(MaskResidentId("12", {-1, -5}), "**");
}

TEST(Mask, Email) {
  EXPECT_EQ(MaskEmail("zhangsan@example.com"), "z***@example.com");
  EXPECT_EQ(MaskEmail("zhangsan@example.com", {2, 1}), "zh***n@example.com");
  EXPECT_EQ(MaskEmail("a@b.cn"), "***@b.cn");
  EXPECT_EQ(MaskEmail("ab@b.cn", {3, 3}), "a***@b.cn");
  EXPECT_EQ(MaskEmail("张三@例子.中国"), "张***@例子.中国");
  EXPECT_EQ(MaskEmail("noatsign"), "n***");
}

}  // namespace
}  // namespace gongkai::domain
