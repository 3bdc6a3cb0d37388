#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::utf8 {
namespace {

constexpr char32_t kFffd = 0xFFFD;
const std::string kReplacementUtf8 = "\xEF\xBF\xBD";
const std::string kIdeographicSpace = "\xE3\x80\x80";  // U+3000
const std::string kNbsp = "\xC2\xA0";                  // U+00A0

// Decodes all of `bytes` with Next, recording each code point and step.
struct Step {
  char32_t cp;
  size_t advance;
};
std::vector<Step> Steps(std::string_view bytes) {
  std::vector<Step> out;
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t before = pos;
    const char32_t cp = Next(bytes, pos);
    out.push_back({cp, pos - before});
  }
  return out;
}

TEST(Utf8NextTest, DecodesEachLength) {
  const std::string text = "a\xC3\xA9\xE5\x85\xAC\xF0\x9F\x98\x80";  // a é 公 😀
  size_t pos = 0;
  EXPECT_EQ(Next(text, pos), U'a');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(Next(text, pos), U'\u00E9');
  EXPECT_EQ(pos, 3u);
  EXPECT_EQ(Next(text, pos), U'公');
  EXPECT_EQ(pos, 6u);
  EXPECT_EQ(Next(text, pos), U'\U0001F600');
  EXPECT_EQ(pos, 10u);
}

TEST(Utf8NextTest, BoundaryCodePoints) {
  struct Case {
    std::string bytes;
    char32_t cp;
  };
  const std::vector<Case> cases = {
      {std::string(1, '\0'), 0x0},
      {"\x7F", 0x7F},
      {"\xC2\x80", 0x80},
      {"\xDF\xBF", 0x7FF},
      {"\xE0\xA0\x80", 0x800},
      {"\xED\x9F\xBF", 0xD7FF},
      {"\xEE\x80\x80", 0xE000},
      {"\xEF\xBF\xBF", 0xFFFF},
      {"\xF0\x90\x80\x80", 0x10000},
      {"\xF4\x8F\xBF\xBF", 0x10FFFF},
  };
  for (const Case& c : cases) {
    size_t pos = 0;
    EXPECT_EQ(Next(c.bytes, pos), c.cp) << c.bytes.size();
    EXPECT_EQ(pos, c.bytes.size());
  }
}

TEST(Utf8NextTest, InvalidSequencesYieldReplacementAndAdvanceOneByte) {
  const std::vector<std::string> bad = {
      "\x80",              // lone continuation
      "\xBF",              // lone continuation
      "\xC3",              // truncated 2-byte
      "\xE5\x85",          // truncated 3-byte
      "\xF0\x9F\x98",      // truncated 4-byte
      "\xC3" "A",          // lead followed by ASCII
      "\xE5\x85" "A",      // 3-byte with bad third byte
      "\xF0\x9F\x98" "A",  // 4-byte with bad fourth byte
      "\xC0\x80",          // overlong NUL
      "\xC1\xBF",          // overlong U+007F
      "\xE0\x80\x80",      // overlong 3-byte
      "\xE0\x9F\xBF",      // overlong U+07FF
      "\xF0\x80\x80\x80",  // overlong 4-byte
      "\xF0\x8F\xBF\xBF",  // overlong U+FFFF
      "\xED\xA0\x80",      // surrogate U+D800
      "\xED\xBF\xBF",      // surrogate U+DFFF
      "\xF4\x90\x80\x80",  // U+110000
      "\xF5\x80\x80\x80",  // lead F5
      "\xF8\x88\x80\x80\x80",  // 5-byte form
      "\xFE",
      "\xFF",
  };
  for (const std::string& b : bad) {
    size_t pos = 0;
    EXPECT_EQ(Next(b, pos), kFffd) << "first byte " << static_cast<int>(static_cast<unsigned char>(b[0]));
    EXPECT_EQ(pos, 1u) << "first byte " << static_cast<int>(static_cast<unsigned char>(b[0]));
  }
}

TEST(Utf8NextTest, TruncatedAtEndOfViewIsNotReadPastTheEnd) {
  // The view ends inside the sequence although the buffer continues.
  const std::string buffer = "\xE5\x85\xAC";
  const std::string_view view(buffer.data(), 2);
  size_t pos = 0;
  EXPECT_EQ(Next(view, pos), kFffd);
  EXPECT_EQ(pos, 1u);
}

TEST(Utf8NextTest, ResynchronisesAfterInvalidByte) {
  const std::vector<Step> steps = Steps("\xE5\x85" "\xE5\x85\xAC");  // truncated 公 then 公
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].cp, kFffd);
  EXPECT_EQ(steps[0].advance, 1u);
  EXPECT_EQ(steps[1].cp, kFffd);  // the stray 0x85
  EXPECT_EQ(steps[1].advance, 1u);
  EXPECT_EQ(steps[2].cp, U'公');
  EXPECT_EQ(steps[2].advance, 3u);
}

TEST(Utf8NextTest, LiteralReplacementCharacterIsThreeBytes) {
  size_t pos = 0;
  EXPECT_EQ(Next(kReplacementUtf8, pos), kFffd);
  EXPECT_EQ(pos, 3u);
}

TEST(Utf8DecodeTest, DecodesMixedText) {
  EXPECT_EQ(Decode("政务公开 2024"), U"政务公开 2024");
  EXPECT_EQ(Decode(""), U"");
}

TEST(Utf8DecodeTest, EachInvalidByteBecomesOneReplacement) {
  EXPECT_EQ(Decode("a\xED\xA0\x80" "b"), U"a\uFFFD\uFFFD\uFFFDb");
  EXPECT_EQ(Decode("\xC0\x80"), U"\uFFFD\uFFFD");
  EXPECT_EQ(Decode("x\xE5\x85"), U"x\uFFFD\uFFFD");
}

TEST(Utf8EncodeTest, AppendWritesEachLength) {
  std::string out;
  Append(out, U'A');
  Append(out, 0x7FF);
  Append(out, U'公');
  Append(out, 0x10FFFF);
  EXPECT_EQ(out, "A\xDF\xBF\xE5\x85\xAC\xF4\x8F\xBF\xBF");
  std::string nul;
  Append(nul, 0);
  EXPECT_EQ(nul, std::string(1, '\0'));
}

TEST(Utf8EncodeTest, RoundTripEveryScalarValue) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    Append(s, cp);
    size_t pos = 0;
    const char32_t back = Next(s, pos);
    if (back != cp || pos != s.size()) {
      ADD_FAILURE() << "code point " << static_cast<uint32_t>(cp);
      return;
    }
  }
}

TEST(Utf8EncodeTest, EncodeDecodeRoundTrip) {
  const std::u32string text = U"第一节 总体情况\u3000（一）😀";
  EXPECT_EQ(Decode(Encode(text)), text);
  EXPECT_EQ(Encode(U""), "");
}

TEST(Utf8IsValidTest, ValidText) {
  EXPECT_TRUE(IsValid(""));
  EXPECT_TRUE(IsValid("plain ascii"));
  EXPECT_TRUE(IsValid("政府信息公开工作年度报告"));
  EXPECT_TRUE(IsValid("\xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValid(kReplacementUtf8));  // a literal U+FFFD is valid
  EXPECT_TRUE(IsValid("a" + kReplacementUtf8 + "b"));
  EXPECT_TRUE(IsValid(std::string("a\0b", 3)));
}

TEST(Utf8IsValidTest, InvalidText) {
  EXPECT_FALSE(IsValid("\x80"));
  EXPECT_FALSE(IsValid("abc\xFF"));
  EXPECT_FALSE(IsValid("\xE5\x85"));
  EXPECT_FALSE(IsValid("\xC0\xAF"));
  EXPECT_FALSE(IsValid("\xED\xA0\x80"));
  EXPECT_FALSE(IsValid("\xF4\x90\x80\x80"));
  EXPECT_FALSE(IsValid(kReplacementUtf8 + "\x80"));
  // Literal U+FFFD is valid, but its first two bytes alone are not.
  EXPECT_FALSE(IsValid("\xEF\xBF"));
}

TEST(Utf8SanitizeTest, ValidTextIsUnchanged) {
  EXPECT_EQ(Sanitize(""), "");
  EXPECT_EQ(Sanitize("公开 ok"), "公开 ok");
  EXPECT_EQ(Sanitize(kReplacementUtf8), kReplacementUtf8);
}

TEST(Utf8SanitizeTest, ReplacesEachInvalidByte) {
  EXPECT_EQ(Sanitize("abc\xFF"), "abc" + kReplacementUtf8);
  EXPECT_EQ(Sanitize("\xED\xA0\x80"), kReplacementUtf8 + kReplacementUtf8 + kReplacementUtf8);
  EXPECT_EQ(Sanitize("公\xE5\x85开"), "公" + kReplacementUtf8 + kReplacementUtf8 + "开");
  EXPECT_EQ(Sanitize("\xC0\x80x"), kReplacementUtf8 + kReplacementUtf8 + "x");
}

TEST(Utf8SanitizeTest, ResultIsAlwaysValid) {
  // Every two-byte string, plus a three-byte tail, must sanitize to valid text.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; b += 3) {
      std::string s;
      s.push_back(static_cast<char>(a));
      s.push_back(static_cast<char>(b));
      s += "\xE5\x85";
      const std::string out = Sanitize(s);
      if (!IsValid(out)) {
        ADD_FAILURE() << a << " " << b;
        return;
      }
    }
  }
}

TEST(Utf8LengthTest, CountsCodePoints) {
  EXPECT_EQ(Length(""), 0u);
  EXPECT_EQ(Length("abc"), 3u);
  EXPECT_EQ(Length("政务公开"), 4u);
  EXPECT_EQ(Length("a公😀"), 3u);
  EXPECT_EQ(Length(kIdeographicSpace + kNbsp), 2u);
}

TEST(Utf8LengthTest, EachInvalidByteCountsOnce) {
  EXPECT_EQ(Length("\xE5\x85"), 2u);
  EXPECT_EQ(Length("\xED\xA0\x80"), 3u);
  EXPECT_EQ(Length("a\xFF" "b"), 3u);
}

TEST(Utf8ClassifyTest, IsCjk) {
  EXPECT_TRUE(IsCjk(U'一'));      // U+4E00
  EXPECT_TRUE(IsCjk(0x9FFF));
  EXPECT_TRUE(IsCjk(U'公'));
  EXPECT_TRUE(IsCjk(0x3400));     // extension A
  EXPECT_TRUE(IsCjk(0x4DBF));
  EXPECT_TRUE(IsCjk(0xF900));     // compatibility ideographs
  EXPECT_TRUE(IsCjk(0xFAFF));
  EXPECT_TRUE(IsCjk(0x20000));    // extension B
  EXPECT_FALSE(IsCjk(U'a'));
  EXPECT_FALSE(IsCjk(0x3000));    // ideographic space
  EXPECT_FALSE(IsCjk(U'，'));
  EXPECT_FALSE(IsCjk(U'〇'));     // U+3007 is a symbol, not in the ranges
  EXPECT_FALSE(IsCjk(0x4DC0));
  EXPECT_FALSE(IsCjk(0xA000));
  EXPECT_FALSE(IsCjk(0xFFFD));
}

TEST(Utf8ClassifyTest, IsSpace) {
  for (char32_t cp : {U' ', U'\t', U'\n', U'\r', U'\f', U'\v', char32_t{0xA0}, char32_t{0x3000},
                      char32_t{0xFEFF}, char32_t{0x2000}, char32_t{0x2009}, char32_t{0x200B},
                      char32_t{0x202F}, char32_t{0x205F}}) {
    EXPECT_TRUE(IsSpace(cp)) << static_cast<uint32_t>(cp);
  }
  for (char32_t cp : {U'a', U'0', U'_', U'公', char32_t{0}, char32_t{0x200C},
                      char32_t{0xFFFD}, char32_t{0x3001}}) {
    EXPECT_FALSE(IsSpace(cp)) << static_cast<uint32_t>(cp);
  }
}

TEST(Utf8ClassifyTest, IsAsciiDigit) {
  for (char32_t cp = U'0'; cp <= U'9'; ++cp) EXPECT_TRUE(IsAsciiDigit(cp));
  EXPECT_FALSE(IsAsciiDigit(U'/'));
  EXPECT_FALSE(IsAsciiDigit(U':'));
  EXPECT_FALSE(IsAsciiDigit(U'０'));  // full-width digits need FoldWidth first
  EXPECT_FALSE(IsAsciiDigit(U'一'));
}

TEST(Utf8FoldWidthTest, CodePoints) {
  EXPECT_EQ(FoldWidth(U'０'), U'0');
  EXPECT_EQ(FoldWidth(U'９'), U'9');
  EXPECT_EQ(FoldWidth(U'Ａ'), U'A');
  EXPECT_EQ(FoldWidth(U'ｚ'), U'z');
  EXPECT_EQ(FoldWidth(U'（'), U'(');
  EXPECT_EQ(FoldWidth(U'）'), U')');
  EXPECT_EQ(FoldWidth(U'［'), U'[');
  EXPECT_EQ(FoldWidth(U'｛'), U'{');
  EXPECT_EQ(FoldWidth(U'，'), U',');
  EXPECT_EQ(FoldWidth(U'．'), U'.');
  EXPECT_EQ(FoldWidth(U'！'), U'!');  // U+FF01, first of the range
  EXPECT_EQ(FoldWidth(U'～'), U'~');  // U+FF5E, last of the range
  EXPECT_EQ(FoldWidth(0x3000), U' ');
  // Outside the range: unchanged.
  EXPECT_EQ(FoldWidth(0xFF00), char32_t{0xFF00});
  EXPECT_EQ(FoldWidth(0xFF5F), char32_t{0xFF5F});
  EXPECT_EQ(FoldWidth(U'、'), U'、');
  EXPECT_EQ(FoldWidth(U'。'), U'。');
  EXPECT_EQ(FoldWidth(U'【'), U'【');
  EXPECT_EQ(FoldWidth(U'公'), U'公');
  EXPECT_EQ(FoldWidth(U'a'), U'a');
  EXPECT_EQ(FoldWidth(char32_t{0xA0}), char32_t{0xA0});
}

TEST(Utf8FoldWidthTest, AllFullWidthAsciiForms) {
  for (char32_t cp = 0xFF01; cp <= 0xFF5E; ++cp) {
    EXPECT_EQ(FoldWidth(cp), cp - 0xFEE0);
  }
}

TEST(Utf8FoldWidthTest, Strings) {
  EXPECT_EQ(FoldWidth("２０２４年"), "2024年");
  EXPECT_EQ(FoldWidth("（一）ＡＢｃ"), "(一)ABc");
  EXPECT_EQ(FoldWidth("３，１１９．５"), "3,119.5");
  EXPECT_EQ(FoldWidth("第一节" + kIdeographicSpace + "概述"), "第一节 概述");
  EXPECT_EQ(FoldWidth("a" + kNbsp + "b"), "a" + kNbsp + "b");
  EXPECT_EQ(FoldWidth(""), "");
}

TEST(Utf8FoldWidthTest, KeepsInvalidBytesAsTheyAre) {
  EXPECT_EQ(FoldWidth("１\xFF" "２"), "1\xFF" "2");
  EXPECT_EQ(FoldWidth("\xE5\x85"), "\xE5\x85");
}

TEST(Utf8TrimTest, AsciiAndUnicodeSpaces) {
  EXPECT_EQ(Trim("  abc  "), "abc");
  EXPECT_EQ(Trim("\t\r\nabc\n"), "abc");
  EXPECT_EQ(Trim(kIdeographicSpace + "公开" + kIdeographicSpace), "公开");
  EXPECT_EQ(Trim(kNbsp + "公开" + kNbsp), "公开");
  EXPECT_EQ(Trim(kNbsp + " " + kIdeographicSpace + "政务 公开" + kIdeographicSpace + " " + kNbsp),
            "政务 公开");
  EXPECT_EQ(Trim("\xEF\xBB\xBF" "abc"), "abc");  // byte-order mark
}

TEST(Utf8TrimTest, KeepsInnerSpaces) {
  EXPECT_EQ(Trim("a" + kIdeographicSpace + "b"), "a" + kIdeographicSpace + "b");
  EXPECT_EQ(Trim(" a  b "), "a  b");
}

TEST(Utf8TrimTest, EmptyAndAllSpace) {
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(Trim(kIdeographicSpace), "");
  EXPECT_EQ(Trim(kNbsp + kIdeographicSpace + " "), "");
}

TEST(Utf8TrimTest, NoSpacesUnchanged) {
  EXPECT_EQ(Trim("公"), "公");
  EXPECT_EQ(Trim("a"), "a");
  EXPECT_EQ(Trim("政务公开"), "政务公开");
}

TEST(Utf8TrimTest, InvalidBytesAreNotSpaces) {
  // A stray continuation byte after a real space: only the leading space goes.
  EXPECT_EQ(Trim(" \x80"), "\x80");
  // Ideographic space followed by a stray continuation byte stays.
  EXPECT_EQ(Trim("a" + kIdeographicSpace + "\x80"), "a" + kIdeographicSpace + "\x80");
  // Trailing space after invalid bytes is removed; invalid bytes kept.
  EXPECT_EQ(Trim("a\x80" + kNbsp), "a\x80");
  EXPECT_EQ(Trim("\xA0"), "\xA0");  // Latin-1 NBSP byte is not UTF-8 NBSP
  // Truncated ideographic space is not a space.
  EXPECT_EQ(Trim("a\xE3\x80"), "a\xE3\x80");
}

TEST(Utf8StripSpacesTest, RemovesEverySpace) {
  EXPECT_EQ(StripSpaces(" 政 务" + kIdeographicSpace + "公" + kNbsp + "开\t\n"), "政务公开");
  EXPECT_EQ(StripSpaces("3\xE2\x80\x89" "119"), "3119");  // thin space
  EXPECT_EQ(StripSpaces(""), "");
  EXPECT_EQ(StripSpaces("   "), "");
  EXPECT_EQ(StripSpaces("abc"), "abc");
}

TEST(Utf8StripSpacesTest, KeepsInvalidBytes) {
  EXPECT_EQ(StripSpaces("a \xFF b"), "a\xFF" "b");
}

TEST(Utf8CollapseSpacesTest, JoinsRunsIntoOneAsciiSpace) {
  EXPECT_EQ(CollapseSpaces("a   b"), "a b");
  EXPECT_EQ(CollapseSpaces("政务" + kIdeographicSpace + kIdeographicSpace + "公开"), "政务 公开");
  EXPECT_EQ(CollapseSpaces("a" + kNbsp + "\t\n b"), "a b");
  EXPECT_EQ(CollapseSpaces("a b c"), "a b c");
}

TEST(Utf8CollapseSpacesTest, Trims) {
  EXPECT_EQ(CollapseSpaces("  a  "), "a");
  EXPECT_EQ(CollapseSpaces(kIdeographicSpace + "第一节" + kIdeographicSpace + " 概述" + kNbsp),
            "第一节 概述");
  EXPECT_EQ(CollapseSpaces(""), "");
  EXPECT_EQ(CollapseSpaces(" \t" + kIdeographicSpace + kNbsp), "");
}

TEST(Utf8CollapseSpacesTest, KeepsInvalidBytes) {
  EXPECT_EQ(CollapseSpaces("\xFF  \xFF"), "\xFF \xFF");
}

}  // namespace
}  // namespace gongkai::utf8
