#include "search/snippet.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "search/cjk_tokenizer.h"

namespace gongkai::search {
namespace {

const CjkTokenizer& Tokenizer() {
  static const std::unique_ptr<CjkTokenizer> tokenizer = [] {
    Result<std::unique_ptr<CjkTokenizer>> t = CjkTokenizer::Create();
    EXPECT_TRUE(t.ok()) << t.status().message();
    return std::move(t).value();
  }();
  return *tokenizer;
}

// Parts as "plain[hit]plain…" for compact expectations.
std::string Show(const std::vector<SnippetPart>& parts) {
  std::string out;
  for (const SnippetPart& p : parts) out += p.hit ? "[" + p.text + "]" : p.text;
  return out;
}
std::string Snippet(std::string_view text, std::string_view query, size_t max_chars = 120) {
  return Show(MakeSnippet(text, Tokenizer().ParseQuery(query), Tokenizer(), max_chars));
}
std::string Title(std::string_view title, std::string_view query) {
  return Show(HighlightTitle(title, Tokenizer().ParseQuery(query), Tokenizer()));
}

// The parts' contract: no empty text, kinds alternate, valid UTF-8.
void ExpectWellFormed(const std::vector<SnippetPart>& parts) {
  for (size_t i = 0; i < parts.size(); ++i) {
    EXPECT_FALSE(parts[i].text.empty()) << i;
    EXPECT_TRUE(utf8::IsValid(parts[i].text)) << i;
    if (i > 0) {
      EXPECT_NE(parts[i].hit, parts[i - 1].hit) << i;
    }
  }
}

TEST(MakeSnippet, ShortTextIsShownWholeWithHits) {
  EXPECT_EQ(Snippet("本机关依法主动公开政府信息。", "公开"), "本机关依法主动[公开]政府信息。");
  EXPECT_EQ(Snippet("本机关依法主动公开政府信息。", "信息公开"), "本机关依法主动公开政府信息。");
  EXPECT_EQ(Snippet("本机关依法主动公开政府信息。", "政府信息"), "本机关依法主动公开[政府信息]。");
}

TEST(MakeSnippet, TraditionalAndFullWidthTextHighlightForSimplifiedQueries) {
  EXPECT_EQ(Snippet("本機關依法公開政府資訊。", "资讯"), "本機關依法公開政府[資訊]。");
  EXPECT_EQ(Snippet("本機關依法公開政府資訊。", "\"公开政府\""), "本機關依法[公開政府]資訊。");
  EXPECT_EQ(Snippet("委托ＡＢＣ公司承办", "abc"), "委托[ＡＢＣ]公司承办");
  EXPECT_EQ(Snippet("依照ＧＢ１１６４３执行", "GB11643"), "依照[ＧＢ１１６４３]执行");
}

TEST(MakeSnippet, PrefixMarksOnlyItsCharacter) {
  EXPECT_EQ(Snippet("市税务局收到申请", "税"), "市[税]务局收到申请");
  EXPECT_EQ(Snippet("缴纳个人所得税", "税"), "缴纳个人所得[税]");
  EXPECT_EQ(Snippet("2024年度报告", "2024年"), "[2024年]度报告");
}

TEST(MakeSnippet, AdjacentAndOverlappingHitsMerge) {
  const std::vector<SnippetPart> parts =
      MakeSnippet("关于政府信息公开的通知", Tokenizer().ParseQuery("政府 信息 息公"), Tokenizer());
  EXPECT_EQ(Show(parts), "关于[政府信息公]开的通知");
  ExpectWellFormed(parts);
}

TEST(MakeSnippet, LongTextIsCutOnCharactersWithEllipses) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "甲";
  text += "政府信息公开";
  for (int i = 0; i < 100; ++i) text += "乙";
  const std::vector<SnippetPart> parts = MakeSnippet(text, Tokenizer().ParseQuery("公开"), Tokenizer(), 20);
  ExpectWellFormed(parts);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1].text, "公开");
  EXPECT_TRUE(parts[1].hit);
  EXPECT_EQ(parts[0].text.rfind("…", 0), 0u);  // starts with …
  EXPECT_EQ(parts[2].text.substr(parts[2].text.size() - 3), "…");
  // 20 characters plus the two ellipses, the hit about in the middle.
  EXPECT_EQ(utf8::Length(parts[0].text + parts[1].text + parts[2].text), 22u);
  EXPECT_EQ(Show(parts), "…甲甲甲甲甲政府信息[公开]乙乙乙乙乙乙乙乙乙…");
}

TEST(MakeSnippet, WindowWithTheMostDistinctPhrasesWins) {
  std::string text = "预算公开在前。";
  for (int i = 0; i < 60; ++i) text += "甲";
  text += "政府预算与三公经费";
  for (int i = 0; i < 60; ++i) text += "乙";
  const std::string shown = Snippet(text, "预算 三公", 30);
  EXPECT_NE(shown.find("[预算]与[三公]"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("在前"), std::string::npos) << shown;
}

TEST(MakeSnippet, NoHitShowsTheBeginning) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "甲";
  EXPECT_EQ(Snippet(text, "公开", 10), "甲甲甲甲甲甲甲甲甲甲…");
  EXPECT_EQ(Snippet("短文", "公开"), "短文");
  EXPECT_EQ(Snippet("短文", ""), "短文");
}

TEST(MakeSnippet, WhiteSpaceCollapses) {
  EXPECT_EQ(Snippet("\n  政府\n\n\t信息 公开  \n", "信息"), "政府 [信息] 公开");
}

TEST(MakeSnippet, NothingToShow) {
  EXPECT_TRUE(MakeSnippet("", Tokenizer().ParseQuery("公开"), Tokenizer()).empty());
  EXPECT_TRUE(MakeSnippet("公开", Tokenizer().ParseQuery("公开"), Tokenizer(), 0).empty());
}

TEST(MakeSnippet, InvalidUtf8IsShownAsReplacement) {
  const std::vector<SnippetPart> parts =
      MakeSnippet("政府\xFF信息\xE5", Tokenizer().ParseQuery("信息"), Tokenizer());
  ExpectWellFormed(parts);
  EXPECT_EQ(Show(parts), "政府\uFFFD[信息]\uFFFD");
}

TEST(MakeSnippet, RandomTextKeepsTheContract) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"政", "府", "資", "讯", "公", "開", "，", "Ａ", "a", "1", " ", "\n",
                                "\xFF", "\xE5", "😀", "㍱"};
  const std::string queries[] = {"政府", "资讯 公开", "a1", "府", "\"政府 公开\"", ""};
  for (int round = 0; round < 1000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    const size_t max_chars = 1 + rng() % 40;
    const std::vector<SnippetPart> parts =
        MakeSnippet(text, Tokenizer().ParseQuery(queries[round % std::size(queries)]), Tokenizer(), max_chars);
    ExpectWellFormed(parts);
    std::string plain;
    for (const SnippetPart& p : parts) plain += p.text;
    EXPECT_LE(utf8::Length(plain), max_chars + 2) << text;
  }
}

TEST(HighlightTitle, WholeTitleWithEveryHit) {
  EXPECT_EQ(Title("关于2024年度政府信息公开工作年度报告的通知", "年度 公开"),
            "关于2024[年度]政府信息[公开]工作[年度]报告的通知");
  EXPECT_EQ(Title("某市財政局政府資訊公開", "资讯公开"), "某市財政局政府[資訊公開]");
  EXPECT_EQ(Title("无关标题", "公开"), "无关标题");
}

}  // namespace
}  // namespace gongkai::search
