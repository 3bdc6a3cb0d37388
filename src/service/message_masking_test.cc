#include "service/message_masking.h"

#include <gtest/gtest.h>

namespace gongkai::service {
namespace {

ScreenHit Hit(size_t begin, size_t end, const char* masked,
              ScreenHitKind kind = ScreenHitKind::kMobile, int line = 1) {
  ScreenHit h;
  h.kind = kind;
  h.begin = begin;
  h.end = end;
  h.masked = masked;
  h.line = line;
  return h;
}

// Finds one mobile number and one sensitive word.
class OneNumberScreen final : public TextScreen {
 public:
  std::vector<ScreenHit> Scan(std::string_view text) const override {
    std::vector<ScreenHit> out;
    if (size_t at = text.find("13912345678"); at != std::string_view::npos) {
      out.push_back(Hit(at, at + 11, "139****5678"));
    }
    if (size_t at = text.find("机密"); at != std::string_view::npos) {
      out.push_back(Hit(at, at + 6, "机密", ScreenHitKind::kSensitiveWord, 2));
    }
    return out;
  }
};

TEST(ApplyScreenMasks, ReplacesByteRangesInAnyOrder) {
  const std::string text = "电话13912345678，证件11010519491231002X。";
  const size_t phone = text.find("139");
  const size_t id = text.find("1101");
  std::string out = ApplyScreenMasks(
      text, {Hit(id, id + 18, "110105********002X"), Hit(phone, phone + 11, "139****5678")});
  EXPECT_EQ(out, "电话139****5678，证件110105********002X。");
}

TEST(ApplyScreenMasks, SkipsOverlappingAndOutOfRangeHits) {
  EXPECT_EQ(ApplyScreenMasks("abcdef", {Hit(1, 4, "*"), Hit(2, 5, "#"), Hit(4, 99, "!")}), "a*ef");
  EXPECT_EQ(ApplyScreenMasks("abc", {}), "abc");
}

TEST(MaskPersonName, KeepsTheFirstCharacter) {
  EXPECT_EQ(MaskPersonName("张三"), "张*");
  EXPECT_EQ(MaskPersonName("王小明"), "王**");
  EXPECT_EQ(MaskPersonName("欧阳修"), "欧**");
}

TEST(MaskForPublication, ScreenHitsAndTheWritersOwnData) {
  OneNumberScreen screen;
  domain::MessageContact writer{"李四", "010-12345678", "ls@example.cn"};
  MaskedText t = MaskForPublication(
      "我是李四，手机13912345678，座机010-12345678，邮箱ls@example.cn。\n李四敬上，涉及机密",
      "留言内容", true, screen, writer);
  EXPECT_EQ(t.text,
            "我是李*，手机139****5678，座机010-****5678，邮箱l***@example.cn。\n李*敬上，涉及机密");
  ASSERT_EQ(t.sensitive_words.size(), 1u);
  EXPECT_EQ(t.sensitive_words[0].where, "留言内容第2行");
  std::vector<std::string> kinds;
  for (const MaskedItem& i : t.masked) kinds.push_back(i.kind + "@" + i.where);
  EXPECT_EQ(kinds, (std::vector<std::string>{"手机号码@留言内容第1行", "写信人姓名@留言内容第1行",
                                             "写信人姓名@留言内容第2行", "写信人电话@留言内容第1行",
                                             "写信人邮箱@留言内容第1行"}));
  for (const MaskedItem& i : t.masked) {
    EXPECT_EQ(i.masked.find("12345678"), std::string::npos) << i.masked;
  }
}

TEST(MaskForPublication, AOneCharacterNameIsLeftAlone) {
  OneNumberScreen screen;
  MaskedText t = MaskForPublication("王先生您好", "答复内容", false, screen, {"王", "", ""});
  EXPECT_EQ(t.text, "王先生您好");
  EXPECT_TRUE(t.masked.empty());
}

}  // namespace
}  // namespace gongkai::service
