#include "domain/credit_code.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

TEST(CreditCode, TheStandardsExampleIsValid) {
  EXPECT_TRUE(ValidCreditCode("91350100M000100Y43"));
  EXPECT_FALSE(ValidCreditCode("91350100M000100Y44"));
}

TEST(CreditCode, CheckCharacterMayBeALetterOrZero) {
  EXPECT_TRUE(ValidCreditCode("12100000400000112R"));
  EXPECT_TRUE(ValidCreditCode("91110108MA01ABCDEN"));
  EXPECT_FALSE(ValidCreditCode("91110108MA01ABCDEM"));
}

TEST(CreditCode, MalformedIsNeverValid) {
  EXPECT_FALSE(ValidCreditCode(""));
  EXPECT_FALSE(ValidCreditCode("91350100M000100Y4"));     // 17
  EXPECT_FALSE(ValidCreditCode("91350100M000100Y433"));   // 19
  EXPECT_FALSE(ValidCreditCode("91350100m000100Y43"));    // lower case
  EXPECT_FALSE(ValidCreditCode("91350100I000100Y43"));    // I is not in the alphabet
  EXPECT_FALSE(ValidCreditCode("91350100M000100Y4\xE4"));
}

}  // namespace
}  // namespace gongkai::domain
