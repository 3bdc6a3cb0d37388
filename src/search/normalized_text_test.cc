#include "search/normalized_text.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace gongkai::search {
namespace {

// Checks the dense and the run map agree with each other on every byte.
void ExpectMapsAgree(std::string_view original) {
  const NormalizedText dense = NormalizeNfkc(original);
  const NormalizedRuns runs = NormalizeNfkcRuns(original);
  ASSERT_EQ(runs.Text(original), dense.text);
  EXPECT_EQ(runs.identity, dense.origin.empty());
  for (size_t i = 0; i <= dense.text.size(); ++i) {
    EXPECT_EQ(runs.OriginOf(i), dense.OriginOf(i)) << "at " << i;
  }
}

TEST(NormalizeNfkc, AsciiAndChineseAreIdentity) {
  const std::string text = "政府信息公开 2023 年度报告 abc";
  const NormalizedText n = NormalizeNfkc(text);
  EXPECT_EQ(n.text, text);
  EXPECT_TRUE(n.origin.empty());
  EXPECT_EQ(n.OriginOf(5), 5u);
  const NormalizedRuns r = NormalizeNfkcRuns(text);
  EXPECT_TRUE(r.identity);
  EXPECT_TRUE(r.text.empty());
  EXPECT_EQ(r.Text(text), text);
}

TEST(NormalizeNfkc, EmptyInput) {
  const NormalizedText n = NormalizeNfkc("");
  EXPECT_EQ(n.text, "");
  EXPECT_TRUE(n.origin.empty());
  EXPECT_TRUE(NormalizeNfkcRuns("").identity);
}

TEST(NormalizeNfkc, FullWidthDigitsAndLetters) {
  const NormalizedText n = NormalizeNfkc("１３８ＡＢｘＸ");
  EXPECT_EQ(n.text, "138ABxX");
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  for (size_t i = 0; i < n.text.size(); ++i) EXPECT_EQ(n.origin[i], 3 * i);
  EXPECT_EQ(n.origin.back(), 21u);
  ExpectMapsAgree("１３８ＡＢｘＸ");
  ExpectMapsAgree("ＡＢＣ１２３");
}

TEST(NormalizeNfkc, FullWidthPunctuationAndIdeographicSpace) {
  EXPECT_EQ(NormalizeNfkc("（一），：；！？").text, "(一),:;!?");
  EXPECT_EQ(NormalizeNfkc("甲\u3000乙").text, "甲 乙");
  EXPECT_EQ(NormalizeNfkc("～").text, "~");  // U+FF5E, the last of the block
}

TEST(NormalizeNfkc, CircledAndCompatibilityCharacters) {
  EXPECT_EQ(NormalizeNfkc("①").text, "1");
  EXPECT_EQ(NormalizeNfkc("⑳").text, "20");
  EXPECT_EQ(NormalizeNfkc("㍱").text, "hPa");
  EXPECT_EQ(NormalizeNfkc("ﬁ").text, "fi");
  EXPECT_EQ(NormalizeNfkc("Ⅻ").text, "XII");
  EXPECT_EQ(NormalizeNfkc("ｶ").text, "カ");  // half-width katakana
}

TEST(NormalizeNfkc, PunctuationWithoutDecompositionIsKept) {
  const std::string text = "《条例》第十五条规定：“不予公开”。、";
  const NormalizedText n = NormalizeNfkc(text);
  EXPECT_EQ(n.text, "《条例》第十五条规定:“不予公开”。、");
  ExpectMapsAgree(text);
}

TEST(NormalizeNfkc, MixedTextMapsBackExactly) {
  // 身份证 (9 bytes) ： (3) １ (3) 1 (1) ① (3) 号 (3)
  const std::string text = "身份证：１1①号";
  const NormalizedText n = NormalizeNfkc(text);
  EXPECT_EQ(n.text, "身份证:111号");
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  EXPECT_EQ(n.origin[0], 0u);    // 身
  EXPECT_EQ(n.origin[8], 8u);    // last byte of 证
  EXPECT_EQ(n.origin[9], 9u);    // ： → :
  EXPECT_EQ(n.origin[10], 12u);  // １ → 1
  EXPECT_EQ(n.origin[11], 15u);  // 1
  EXPECT_EQ(n.origin[12], 16u);  // ① → 1
  EXPECT_EQ(n.origin[13], 19u);  // 号
  EXPECT_EQ(n.origin[15], 21u);
  EXPECT_EQ(n.origin.back(), text.size());
  ExpectMapsAgree(text);
}

TEST(NormalizeNfkc, OriginalEndCoversTheWholeExpansion) {
  const std::string text = "a㍱b";  // a(1) ㍱(3) b(1) → "ahPab"
  const NormalizedRuns r = NormalizeNfkcRuns(text);
  ASSERT_EQ(r.Text(text), "ahPab");
  EXPECT_EQ(r.OriginOf(2), 1u);       // "P" comes from ㍱
  EXPECT_EQ(r.OriginalEndOf(3), 4u);  // a match ending after "hP" still ends after ㍱
  EXPECT_EQ(r.OriginalEndOf(4), 4u);
  EXPECT_EQ(r.OriginalEndOf(5), 5u);
  EXPECT_EQ(r.OriginalEndOf(1), 1u);
}

TEST(NormalizeNfkc, InvalidUtf8BecomesReplacementPerByte) {
  const std::string text = std::string("a\xFF") + "中" + "\xE4\xB8" + "b" + "\xC0\xAF";
  const NormalizedText n = NormalizeNfkc(text);
  EXPECT_EQ(n.text,
            "a\xEF\xBF\xBD中\xEF\xBF\xBD\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(n.origin[1], 1u);
  EXPECT_EQ(n.origin[3], 1u);
  EXPECT_EQ(n.origin[4], 2u);  // 中
  EXPECT_EQ(n.origin[7], 5u);  // first byte of the truncated E4 B8
  EXPECT_EQ(n.origin[10], 6u);
  EXPECT_EQ(n.origin.back(), text.size());
  ExpectMapsAgree(text);
}

TEST(NormalizeNfkc, SurrogatesAndTruncationAtEnd) {
  ExpectMapsAgree("\xED\xA0\x80x");                            // encoded surrogate
  ExpectMapsAgree("x\xEF\xBC");                                // truncated full-width form
  ExpectMapsAgree("x\xF0\x9F\x98");                            // truncated 4-byte sequence
  EXPECT_EQ(NormalizeNfkc("\xEF\xBF\xBD").origin.size(), 0u);  // a real U+FFFD is kept
}

TEST(NormalizeNfkc, EveryByteValueNeverCrashesAndMapsAgree) {
  std::string all;
  for (int i = 0; i < 256; ++i) {
    all.push_back(static_cast<char>(i));
    all.push_back(static_cast<char>(255 - i));
  }
  ExpectMapsAgree(all);
  const NormalizedText n = NormalizeNfkc(all);
  for (size_t i = 1; i < n.origin.size(); ++i) EXPECT_LE(n.origin[i - 1], n.origin[i]);
}

// The contract computed the slow way: decode each character (U+FFFD per
// invalid byte) and normalise it alone with ICU; bytes of a character that
// stays as it is map to themselves.
NormalizedText Reference(std::string_view original) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  NormalizedText out;
  for (size_t pos = 0; pos < original.size();) {
    const size_t begin = pos;
    const char32_t cp = utf8::Next(original, pos);
    std::string piece;
    icu::UnicodeString one(static_cast<UChar32>(cp));
    nfkc->normalize(one, ec).toUTF8String(piece);
    const bool copied = piece == original.substr(begin, pos - begin);
    for (size_t i = 0; i < piece.size(); ++i) {
      out.origin.push_back(static_cast<uint32_t>(copied ? begin + i : begin));
    }
    out.text += piece;
  }
  out.origin.push_back(static_cast<uint32_t>(original.size()));
  if (out.text == original) out.origin.clear();
  return out;
}

TEST(NormalizeNfkc, AgreesWithCharacterByCharacterIcuOnRandomText) {
  // Pieces chosen to hit every fast path and its edges, and the 16-byte
  // blocks at every alignment: ideographs at both ends of the block (一 U+4E00,
  // 鿿 U+9FFF, 丁 E4 B8 81, ䷀ E4 B7 80 just below), the CJK punctuation the
  // block check accepts (、 U+3001, 〵 U+3035) and its neighbours (U+3000,
  // 〶 U+3036, 〸 U+3038, ぁ E3 81 81), full-width forms and their neighbours,
  // other scripts, truncated and stray bytes.
  const std::vector<std::string> pieces = {"a",
                                           "1",
                                           " ",
                                           "\n",
                                           "政",
                                           "府",
                                           "一",
                                           "\xE9\xBF\xBF",
                                           "丁",
                                           "\xE4\xB7\x80",
                                           "、",
                                           "。",
                                           "《",
                                           "〵",
                                           "\xE3\x80\x80",
                                           "〶",
                                           "〸",
                                           "ぁ",
                                           "，",
                                           "１",
                                           "Ｘ",
                                           "～",
                                           "\xEF\xBC\x80",
                                           "\xEF\xBD\x9F",
                                           "“",
                                           "…",
                                           "é",
                                           "①",
                                           "㍱",
                                           "ﬁ",
                                           "ｶ",
                                           "가",
                                           "𝟏",
                                           "😀",
                                           "\xFF",
                                           "\x80",
                                           "\xE5",
                                           "\xE5\x80",
                                           "\xE3\x80",
                                           "\xED\xA0\x80",
                                           "\xC0\xAF",
                                           "\xF0\x9F"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
      // Long runs of one piece too, so whole blocks pass the fast check.
      const std::string& p = pieces[pick(rng)];
      const int repeat = (rng() % 4 == 0) ? static_cast<int>(rng() % 12) : 1;
      for (int r = 0; r < repeat; ++r) text += p;
    }
    const NormalizedText expected = Reference(text);
    const NormalizedText got = NormalizeNfkc(text);
    ASSERT_EQ(got.text, expected.text) << "round " << round;
    ASSERT_EQ(got.origin, expected.origin) << "round " << round;
    ExpectMapsAgree(text);
  }
}

}  // namespace
}  // namespace gongkai::search
