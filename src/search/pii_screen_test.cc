#include "search/pii_screen.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace gongkai::search {
namespace {

using service::ScreenHit;
using service::ScreenHitKind;

const std::vector<std::string> kWords = {"机密", "内部资料", "不得外传",
                                         "秘密", "工作秘密", "秘密★"};

const PiiScreen& Screen() {
  static const std::unique_ptr<PiiScreen> screen = [] {
    auto created = PiiScreen::Create(kWords);
    EXPECT_TRUE(created.ok()) << created.status().message();
    return std::move(created).value();
  }();
  return *screen;
}

std::vector<ScreenHit> HitsOf(std::string_view text, ScreenHitKind kind) {
  std::vector<ScreenHit> out;
  for (ScreenHit& hit : Screen().Scan(text)) {
    if (hit.kind == kind) out.push_back(std::move(hit));
  }
  return out;
}

std::string Span(std::string_view text, const ScreenHit& hit) {
  return std::string(text.substr(hit.begin, hit.end - hit.begin));
}

// ---- resident IDs ------------------------------------------------------------

TEST(PiiScreen, FindsAnAsciiResidentId) {
  const std::string text = "申请人身份证号码：11010519491231002X，联系地址略。";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kResidentId);
  EXPECT_EQ(hits[0].begin, text.find("1101"));
  EXPECT_EQ(Span(text, hits[0]), "11010519491231002X");
  EXPECT_EQ(hits[0].line, 1);
  EXPECT_EQ(hits[0].masked, "110105********002X");
  EXPECT_EQ(hits[0].context, "申请人身份证号码：110105********002X，联系地址略。");
}

TEST(PiiScreen, FindsAFullWidthResidentIdAndMasksItAsWritten) {
  const std::string id = "１１０１０５１９４９１２３１００２Ｘ";
  const std::string text = "身份证" + id + "号";
  const auto hits = HitsOf(text, ScreenHitKind::kResidentId);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].begin, 9u);
  EXPECT_EQ(hits[0].end, 9u + id.size());
  EXPECT_EQ(hits[0].masked, "１１０１０５********００２Ｘ");
  EXPECT_EQ(hits[0].context, "身份证１１０１０５********００２Ｘ号");
}

TEST(PiiScreen, FindsAnIdInsideChineseTextWithoutSpacesAndWithLowercaseX) {
  const std::string text = "经办人张三11010519491231002x男，住址略";
  const auto hits = HitsOf(text, ScreenHitKind::kResidentId);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(Span(text, hits[0]), "11010519491231002x");
  EXPECT_EQ(hits[0].masked, "110105********002x");
}

TEST(PiiScreen, AContextNeverShowsANeighbouringHitUnmasked) {
  const auto hits = Screen().Scan("身份证号11010519491231002X，电话13800138000。");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[1].context.find("11010519491231002X"), std::string::npos) << hits[1].context;
  EXPECT_NE(hits[1].context.find("110105********002X"), std::string::npos) << hits[1].context;
  EXPECT_EQ(hits[0].context.find("13800138000"), std::string::npos) << hits[0].context;
}

TEST(PiiScreen, IgnoresAnIdWithABadChecksum) {
  // The acceptance overrides the spec's "report typos".
  EXPECT_TRUE(Screen().Scan("编号110105194912310021").empty());
  EXPECT_TRUE(Screen().Scan("11010519491231003X").empty());
}

TEST(PiiScreen, IgnoresIdsWithImpossibleDatesOrProvinces) {
  // Checksums valid; 02-30, and province 99 (990105194912310023 passes Luhn,
  // so it is still screened, as a bank card).
  EXPECT_TRUE(Screen().Scan("110105194902300020").empty());
  EXPECT_TRUE(HitsOf("990105194912310023", ScreenHitKind::kResidentId).empty());
}

TEST(PiiScreen, ADigitRunLongerThanEighteenIsNotAnId) {
  // 440301199003071230 is valid; neither 19-digit string passes Luhn.
  EXPECT_TRUE(HitsOf("号码9440301199003071230。", ScreenHitKind::kResidentId).empty());
  EXPECT_TRUE(HitsOf("号码4403011990030712305。", ScreenHitKind::kResidentId).empty());
  EXPECT_TRUE(Screen().Scan("4403011990030712305").empty());
  EXPECT_TRUE(HitsOf("AB440301199003071230", ScreenHitKind::kResidentId).empty());
}

TEST(PiiScreen, AValidIdThatPassesLuhnIsNotABankCard) {
  const auto hits = Screen().Scan("440301199003070350");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kResidentId);
}

// ---- mobile numbers ------------------------------------------------------------

TEST(PiiScreen, FindsMobileNumbersInSeveralFormats) {
  struct Case {
    std::string text;
    std::string span;
    std::string masked;
  };
  const std::vector<Case> cases = {
      {"电话13812345678。", "13812345678", "138****5678"},
      {"电话138-1234-5678。", "138-1234-5678", "138-****-5678"},
      {"电话 138 1234 5678 转", "138 1234 5678", "138 **** 5678"},
      {"电话+86 138 1234 5678", "+86 138 1234 5678", "+86 138 **** 5678"},
      {"电话+8613812345678", "+8613812345678", "+86138****5678"},
      {"电话8613812345678", "8613812345678", "86138****5678"},
      {"电话+86-138-1234-5678", "+86-138-1234-5678", "+86-138-****-5678"},
      {"电话１３８１２３４５６７８", "１３８１２３４５６７８", "１３８****５６７８"},
      {"Tel:19912345678", "19912345678", "199****5678"},
  };
  for (const Case& c : cases) {
    const auto hits = HitsOf(c.text, ScreenHitKind::kMobile);
    ASSERT_EQ(hits.size(), 1u) << c.text;
    EXPECT_EQ(Span(c.text, hits[0]), c.span) << c.text;
    EXPECT_EQ(hits[0].masked, c.masked) << c.text;
  }
}

TEST(PiiScreen, NumbersThatAreNotMobiles) {
  EXPECT_TRUE(Screen().Scan("138123456789").empty());  // 12 digits
  EXPECT_TRUE(Screen().Scan("913812345678").empty());  // 12 digits
  EXPECT_TRUE(Screen().Scan("12012345678").empty());   // 网号 120
  EXPECT_TRUE(Screen().Scan("14012345678").empty());   // 140: IoT
  EXPECT_TRUE(Screen().Scan("1381234567").empty());    // 10 digits
  EXPECT_TRUE(Screen().Scan("138-1234-56789").empty());
}

// ---- bank cards -------------------------------------------------------------

TEST(PiiScreen, FindsALuhnBankCardAndIgnoresOthers) {
  const std::string text = "收款账号6222020200001234562，开户行略";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kBankCard);
  EXPECT_EQ(Span(text, hits[0]), "6222020200001234562");
  EXPECT_EQ(hits[0].masked, "***************4562");
  EXPECT_TRUE(Screen().Scan("账号6222020200001234563").empty());
  EXPECT_TRUE(Screen().Scan("账号62220202000012345620").empty());  // 20 digits
}

TEST(PiiScreen, FindsABankCardInGroupsOfFour) {
  const std::string text = "卡号 6217 0000 0012 3451，";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kBankCard);
  EXPECT_EQ(Span(text, hits[0]), "6217 0000 0012 3451");
  EXPECT_EQ(hits[0].masked, "**** **** **** 3451");

  const std::string nineteen = "卡号 6222 0202 0000 1234 562。";
  const auto long_hits = Screen().Scan(nineteen);
  ASSERT_EQ(long_hits.size(), 1u);
  EXPECT_EQ(Span(nineteen, long_hits[0]), "6222 0202 0000 1234 562");
  EXPECT_TRUE(Screen().Scan("6217 0000 0012 3452").empty());       // Luhn fails
  EXPECT_TRUE(Screen().Scan("1111 6217 0000 0012 3451").empty());  // 20 digits
}

// ---- e-mail -------------------------------------------------------------------

TEST(PiiScreen, FindsEmailAddresses) {
  const std::string text = "来信请发送至 zhang.san@example.gov.cn。谢谢";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kEmail);
  EXPECT_EQ(Span(text, hits[0]), "zhang.san@example.gov.cn");
  EXPECT_EQ(hits[0].masked, "z***@example.gov.cn");
  EXPECT_TRUE(Screen().Scan("@ 符号与 a@b 不是地址").empty());
}

TEST(PiiScreen, AnEmailWholeWinsOverTheMobileInIt) {
  const std::string text = "邮箱13812345678@139.com";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kEmail);
  EXPECT_EQ(Span(text, hits[0]), "13812345678@139.com");
}

TEST(PiiScreen, FindsAFullWidthEmail) {
  const std::string text = "ｚｓ＠ｅｘａｍｐｌｅ．ｃｏｍ";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kEmail);
  EXPECT_EQ(hits[0].begin, 0u);
  EXPECT_EQ(hits[0].end, text.size());
  EXPECT_EQ(hits[0].masked, "z***@example.com");
}

// ---- sensitive words ----------------------------------------------------------

TEST(PiiScreen, FindsChineseSensitiveWords) {
  const std::string text = "本件系机密，内部资料不得外传。";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(Span(text, hits[0]), "机密");
  EXPECT_EQ(Span(text, hits[1]), "内部资料");
  EXPECT_EQ(Span(text, hits[2]), "不得外传");
  for (const ScreenHit& hit : hits) {
    EXPECT_EQ(hit.kind, ScreenHitKind::kSensitiveWord);
    EXPECT_EQ(hit.masked, Span(text, hit));
  }
}

TEST(PiiScreen, OverlappingWordsKeepTheLongest) {
  const std::string text = "属于工作秘密，标注秘密★的";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(Span(text, hits[0]), "工作秘密");
  EXPECT_EQ(Span(text, hits[1]), "秘密★");
}

TEST(PiiScreen, WordsAreMatchedAfterNfkc) {
  auto created = PiiScreen::Create({"ABC内部", "  ", "", "ＡＢＣ内部"});
  ASSERT_TRUE(created.ok());
  EXPECT_EQ((*created)->word_count(), 1u);
  const std::string text = "xｘａｂｃ内部y";
  const auto hits = (*created)->Scan(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].begin, 4u);  // after "xｘ"
  EXPECT_EQ(Span(text, hits[0]), "ａｂｃ内部");
}

TEST(PiiScreen, ScreenWithoutWords) {
  auto created = PiiScreen::Create({});
  ASSERT_TRUE(created.ok());
  EXPECT_TRUE((*created)->Scan("机密").empty());
  EXPECT_EQ((*created)->Scan("13812345678").size(), 1u);
}

// ---- positions, lines, odd input ------------------------------------------------

TEST(PiiScreen, OffsetsAndLinesAreExact) {
  const std::string text =
      "第一行\n"
      "第二行：电话１３８１２３４５６７８\n"
      "\n"
      "第四行 11010519491231002X 与 a@example.com\r\n"
      "机密";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0].kind, ScreenHitKind::kMobile);
  EXPECT_EQ(hits[0].line, 2);
  EXPECT_EQ(hits[0].begin, text.find("１３８"));
  EXPECT_EQ(hits[0].end, text.find("\n\n"));
  // The ID cut by the window's edge is taken whole, and masked.
  EXPECT_EQ(hits[0].context, "第一行 第二行：电话１３８****５６７８  第四行 110105********002X");
  EXPECT_EQ(hits[1].kind, ScreenHitKind::kResidentId);
  EXPECT_EQ(hits[1].line, 4);
  EXPECT_EQ(Span(text, hits[1]), "11010519491231002X");
  EXPECT_EQ(hits[2].kind, ScreenHitKind::kEmail);
  EXPECT_EQ(hits[2].line, 4);
  EXPECT_EQ(hits[2].masked, "***@example.com");
  EXPECT_EQ(hits[3].kind, ScreenHitKind::kSensitiveWord);
  EXPECT_EQ(hits[3].line, 5);
  EXPECT_EQ(hits[3].end, text.size());
}

TEST(PiiScreen, EmptyAndInvalidUtf8Input) {
  EXPECT_TRUE(Screen().Scan("").empty());
  EXPECT_TRUE(Screen().Scan(std::string("\xFF\xFE\xC0\xAF\xE4\xB8", 6)).empty());
  const std::string text = std::string("\xFF\xFE") + "11010519491231002X" + "\xC0" + "机密\xE4";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].begin, 2u);
  EXPECT_EQ(hits[0].end, 20u);
  EXPECT_EQ(hits[0].context,
            "\xEF\xBF\xBD\xEF\xBF\xBD"
            "110105********002X\xEF\xBF\xBD机密\xEF\xBF\xBD");
  EXPECT_EQ(hits[1].begin, 21u);
  EXPECT_EQ(Span(text, hits[1]), "机密");
}

TEST(PiiScreen, ContextIsAboutTwentyCharactersEachSide) {
  const std::string before(30, 'a');
  const std::string after = "一二三四五六七八九十一二三四五六七八九十一二三";
  const auto hits = Screen().Scan(before + "13812345678" + after);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].context,
            std::string(20, 'a') + "138****5678" + "一二三四五六七八九十一二三四五六七八九十");
}

TEST(PiiScreen, ThousandsOfHitsInOrder) {
  std::string text;
  for (int i = 0; i < 5000; ++i)
    text += "第" + std::to_string(i) + "户 11010519491231002X 电话13812345678\n";
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), 10000u);
  for (size_t i = 0; i < hits.size(); ++i) {
    EXPECT_EQ(hits[i].line, static_cast<int>(i / 2 + 1));
    EXPECT_EQ(hits[i].kind, i % 2 == 0 ? ScreenHitKind::kResidentId : ScreenHitKind::kMobile);
    if (i > 0) {
      EXPECT_LT(hits[i - 1].end, hits[i].begin);
    }
  }
}

TEST(PiiScreen, LargeTextIsScannedInPiecesWithoutLosingHits) {
  // More than one 1 MiB piece: lines of Chinese text with an ID every 1000 lines.
  std::string text;
  size_t expected = 0;
  for (int i = 0; text.size() < (size_t{3} << 20); ++i) {
    text += "根据《中华人民共和国政府信息公开条例》第十五条的规定，现予答复。";
    if (i % 1000 == 999) {
      text += "11010519491231002X";
      ++expected;
    }
    text += "\n";
  }
  const auto hits = Screen().Scan(text);
  ASSERT_EQ(hits.size(), expected);
  for (const ScreenHit& hit : hits) EXPECT_EQ(Span(text, hit), "11010519491231002X");
  EXPECT_EQ(hits.back().line, static_cast<int>(expected * 1000));
}

TEST(PiiScreen, OneScreenServesManyThreads) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "身份证11010519491231002X，机密，电话13812345678。\n";
  const size_t expected = Screen().Scan(text).size();
  std::vector<size_t> counts(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 5; ++r) counts[t] = Screen().Scan(text).size();
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (size_t count : counts) EXPECT_EQ(count, expected);
  EXPECT_EQ(expected, 6000u);
}

TEST(PiiScreen, CustomMaskStyles) {
  PiiMasks masks;
  masks.resident_id = {4, 4};
  masks.mobile = {3, 3};
  auto created = PiiScreen::Create({}, masks);
  ASSERT_TRUE(created.ok());
  const auto hits = (*created)->Scan("11010519491231002X 13812345678");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].masked, "1101**********002X");
  EXPECT_EQ(hits[1].masked, "138*****678");
}

TEST(ScreenHitKindName, IsChinese) {
  EXPECT_STREQ(service::ScreenHitKindName(ScreenHitKind::kResidentId), "身份证号码");
  EXPECT_STREQ(service::ScreenHitKindName(ScreenHitKind::kMobile), "手机号码");
  EXPECT_STREQ(service::ScreenHitKindName(ScreenHitKind::kBankCard), "银行卡号");
  EXPECT_STREQ(service::ScreenHitKindName(ScreenHitKind::kEmail), "电子邮箱");
  EXPECT_STREQ(service::ScreenHitKindName(ScreenHitKind::kSensitiveWord), "敏感词");
}

// ---- the word list ----------------------------------------------------------

std::string WriteTemp(const std::string& name, const std::string& contents) {
  const std::string path = std::string(GONGKAI_BINARY_DIR) + "/" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(SensitiveWords, SkipsCommentsAndBlankLines) {
  const std::string path = WriteTemp(
      "words-ok.txt", "\xEF\xBB\xBF# 注释\n机密\n\n  内部资料 \r\n   # 缩进的注释\n不得外传");
  const auto words = LoadSensitiveWords(path);
  ASSERT_TRUE(words.ok()) << words.status().message();
  EXPECT_EQ(*words, (std::vector<std::string>{"机密", "内部资料", "不得外传"}));
  std::remove(path.c_str());
}

TEST(SensitiveWords, InvalidUtf8NamesFileAndLine) {
  const std::string path = WriteTemp("words-bad.txt", "# 注释\n机密\n\xB2\xBB\xB5\xC3\n");
  const auto words = LoadSensitiveWords(path);
  ASSERT_FALSE(words.ok());
  EXPECT_EQ(words.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(words.status().message().find(path), std::string::npos);
  EXPECT_NE(words.status().message().find("第 3 行"), std::string::npos);
  std::remove(path.c_str());
}

TEST(SensitiveWords, MissingFile) {
  const auto words = LoadSensitiveWords("/nonexistent/sensitive-words.txt");
  ASSERT_FALSE(words.ok());
  EXPECT_EQ(words.status().code(), StatusCode::kNotFound);
}

TEST(SensitiveWords, TheShippedListLoadsAndCompiles) {
  const auto words =
      LoadSensitiveWords(std::string(GONGKAI_SOURCE_DIR) + "/data/sensitive-words.txt");
  ASSERT_TRUE(words.ok()) << words.status().message();
  EXPECT_GE(words->size(), 30u);
  auto screen = PiiScreen::Create(*words);
  ASSERT_TRUE(screen.ok()) << screen.status().message();
  EXPECT_EQ((*screen)->word_count(), words->size());
  EXPECT_FALSE((*screen)->Scan("本文件为内部资料，不予公开。").empty());
}

// Found by fuzz_screen: every hit's context shows its masked text (here two
// bank-card candidates after invalid bytes, the second ending at the line).
TEST(PiiScreen, ContextAlwaysHoldsTheMaskedHit) {
  const std::string text("\xff\xff\xff\xff\xff\xff\x2f\xff\xff\xe6\x94\xb6\xe6\xac\xbe\xe8\xb4\xa6\xe5\x8f\xb7\x33\x31\x31\x31\x30\x31\x30\x31\x30\x30\x30\x30\x30\x36\x31\x37\x32\x38\x30\xef\xbc\x9b\xe5\x8d\xa1\xe5\x8f\xb7\x20\x30\x36\x31\x37\x32\x38\x30\xef\xbc\x9b\xe5\x8d\xa1\xe5\x8f\xb7\x20\x36\x32\x31\x37\x20\x30\x30\x30\x30\x20\x30\x30\x32\x33\x34\x35\x36\x33\x0a", 86);
  for (const ScreenHit& hit : Screen().Scan(text)) {
    EXPECT_NE(hit.context.find(hit.masked), std::string::npos)
        << "masked [" << hit.masked << "] context [" << hit.context << "] span ["
        << Span(text, hit) << "]";
    EXPECT_EQ(Span(text, hit).find('\n'), std::string::npos) << Span(text, hit);
  }
  // "6217 0000 00234563" is not a grouping of four: not a grouped card.
  EXPECT_TRUE(HitsOf("卡号 6217 0000 00234563\n", ScreenHitKind::kBankCard).empty());
  EXPECT_EQ(HitsOf("卡号 6217 0000 0023 4563\n", ScreenHitKind::kBankCard).size(),
            HitsOf("卡号 6217000000234563\n", ScreenHitKind::kBankCard).size());
}

}  // namespace
}  // namespace gongkai::search
