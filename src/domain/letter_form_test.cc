#include "domain/letter_form.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

LetterForm Good() {
  LetterForm f;
  f.agency = "1";
  f.category = "suggestion";
  f.title = "  关于增设公交站点的建议 ";
  f.body = "建议在人民路与解放路交叉口增设公交站点，方便附近居民出行。";
  f.name = "王五";
  f.phone = "13900139000";
  f.consent = "1";
  return f;
}

TEST(LetterForm, AGoodLetterPasses) {
  const LetterCheck c = CheckLetter(Good());
  ASSERT_TRUE(c.ok()) << c.errors[0].message;
  EXPECT_EQ(c.letter.title, "关于增设公交站点的建议");
  EXPECT_EQ(c.letter.category, MessageCategory::kSuggestion);
  EXPECT_TRUE(c.letter.consent);
}

TEST(LetterForm, EachProblemNamesItsField) {
  LetterForm f = Good();
  f.category = "spam";
  f.body = "";
  f.phone = "110";
  f.email = "a@b";
  f.consent = "";
  const LetterCheck c = CheckLetter(f);
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].field, "category");
  EXPECT_EQ(c.errors[1].field, "body");
  EXPECT_EQ(c.errors[2].field, "phone");
  EXPECT_EQ(c.errors[3].field, "email");
  EXPECT_FALSE(c.letter.consent);
}

}  // namespace
}  // namespace gongkai::domain
