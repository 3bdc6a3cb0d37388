#include "search/cjk_tokenizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/utf8.h"

namespace gongkai::search {
namespace {

using service::QueryPhrase;
using service::TextQuery;
using service::TextToken;

const CjkTokenizer& Tokenizer() {
  static const std::unique_ptr<CjkTokenizer> tokenizer = [] {
    Result<std::unique_ptr<CjkTokenizer>> t = CjkTokenizer::Create();
    EXPECT_TRUE(t.ok()) << t.status().message();
    return std::move(t).value();
  }();
  return *tokenizer;
}

struct Tok {
  std::string term;
  size_t begin;
  size_t end;
  bool operator==(const Tok&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "{" << t.term << " " << t.begin << "-" << t.end << "}";
}
std::vector<Tok> Toks(std::string_view text) {
  std::vector<Tok> out;
  for (const TextToken& t : Tokenizer().Tokenize(text)) out.push_back({t.term, t.begin, t.end});
  return out;
}
std::vector<std::string> Terms(std::string_view text) {
  std::vector<std::string> out;
  for (const TextToken& t : Tokenizer().Tokenize(text)) out.push_back(t.term);
  return out;
}
using Strings = std::vector<std::string>;

TEST(CjkTokenizer, HanRunGivesBigramsThenTrailingUnigram) {
  EXPECT_EQ(Toks("政府信息公开"), (std::vector<Tok>{{"政府", 0, 6},
                                                  {"府信", 3, 9},
                                                  {"信息", 6, 12},
                                                  {"息公", 9, 15},
                                                  {"公开", 12, 18},
                                                  {"开", 15, 18}}));
}

TEST(CjkTokenizer, SingleCharacterRunIsOneUnigram) {
  EXPECT_EQ(Toks("税"), (std::vector<Tok>{{"税", 0, 3}}));
  EXPECT_EQ(Toks("（税）"), (std::vector<Tok>{{"税", 3, 6}}));
}

TEST(CjkTokenizer, TraditionalBecomesSimplified) {
  EXPECT_EQ(Toks("資訊"), (std::vector<Tok>{{"资讯", 0, 6}, {"讯", 3, 6}}));
  EXPECT_EQ(Terms("政府資訊公開"), (Strings{"政府", "府资", "资讯", "讯公", "公开", "开"}));
  // Kept alone by OpenCC, changed inside its phrases: one mapping everywhere.
  EXPECT_EQ(Terms("答覆"), (Strings{"答复", "复"}));
  EXPECT_EQ(Terms("瞭解"), (Strings{"了解", "解"}));
  // Context-free, so the document and the query agree: 乾清宮 and 乾清宫.
  EXPECT_EQ(Terms("乾清宮"), Terms("乾清宫"));
}

TEST(CjkTokenizer, SimplifiedTextIsLeftAsItIs) {
  const std::u32string text = utf8::Decode(
      "根据中华人民共和国政府信息公开条例第二十条规定本机关主动公开机构设置职能办事程序"
      "什么怎么俱乐部沈阳复议借口了解只有抵达与时俱进著名着陆后面里面余额发展頁");
  for (char32_t cp : text.substr(0, text.size() - 1)) {
    EXPECT_EQ(Tokenizer().Simplified(cp), cp) << utf8::Encode(std::u32string(1, cp));
  }
  EXPECT_EQ(Tokenizer().Simplified(U'頁'), U'页');
  // The few characters merged with the form their phrases take (see the
  // header): 覆 also in simplified 覆盖, 彷 in 彷徨. Both sides agree.
  EXPECT_EQ(Terms("覆盖"), (Strings{"复盖", "盖"}));
  EXPECT_EQ(Terms("彷徨"), Terms("仿徨"));
}

TEST(CjkTokenizer, SimplificationTableIsIdempotent) {
  const CjkTokenizer& t = Tokenizer();
  EXPECT_GT(t.ConvertibleCount(), 4000u);
  EXPECT_EQ(t.Simplified(U'資'), U'资');
  EXPECT_EQ(t.Simplified(U'政'), U'政');
  EXPECT_EQ(t.Simplified(U'a'), U'a');
  for (char32_t cp = 0x3400; cp < 0x31350; ++cp) {
    const char32_t s = t.Simplified(cp);
    ASSERT_EQ(t.Simplified(s), s) << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(CjkTokenizer, FullWidthLettersAndDigitsFold) {
  EXPECT_EQ(Toks("ＡＢＣ１２３"), (std::vector<Tok>{{"abc123", 0, 18}}));
  EXPECT_EQ(Toks("ＰＤＦ版"), (std::vector<Tok>{{"pdf", 0, 9}, {"版", 9, 12}}));
}

TEST(CjkTokenizer, DigitsAndHanSplitLettersAndDigitsDoNot) {
  EXPECT_EQ(Toks("2024年度报告"), (std::vector<Tok>{{"2024", 0, 4},
                                                  {"年度", 4, 10},
                                                  {"度报", 7, 13},
                                                  {"报告", 10, 16},
                                                  {"告", 13, 16}}));
  EXPECT_EQ(Terms("GB11643"), (Strings{"gb11643"}));
  EXPECT_EQ(Terms("GB/T 11643-2019"), (Strings{"gb", "t", "11643", "2019"}));
  EXPECT_EQ(Terms("国办发〔2019〕5号"), (Strings{"国办", "办发", "发", "2019", "5", "号"}));
}

TEST(CjkTokenizer, PunctuationAndSpaceSeparate) {
  EXPECT_EQ(Terms("政府，信息。"), (Strings{"政府", "府", "信息", "息"}));
  EXPECT_EQ(Terms("  a\tb\u3000c  "), (Strings{"a", "b", "c"}));
  EXPECT_TRUE(Terms("，。！？、《》“”「」()[]{}*+-:^\"'").empty());
  EXPECT_TRUE(Terms("").empty());
}

TEST(CjkTokenizer, LingZeroAndExtensionsAreHan) {
  EXPECT_EQ(Terms("二〇二四年"), (Strings{"二〇", "〇二", "二四", "四年", "年"}));
  EXPECT_EQ(Terms("\U00020000\U00020001"), (Strings{"\U00020000\U00020001", "\U00020001"}));
  EXPECT_EQ(Terms("㐀"), (Strings{"㐀"}));  // extension A
}

TEST(CjkTokenizer, OtherScriptsAreWords) {
  EXPECT_EQ(Terms("α-淀粉酶"), (Strings{"α", "淀粉", "粉酶", "酶"}));
  EXPECT_EQ(Terms("ΑΒΓ Straße"), (Strings{"αβγ", "straße"}));
}

TEST(CjkTokenizer, NfkcExpansionCoversTheOriginalCharacter) {
  // ㍱ (U+3371) is hPa; ① is 1.
  EXPECT_EQ(Toks("㍱"), (std::vector<Tok>{{"hpa", 0, 3}}));
  EXPECT_EQ(Toks("①号"), (std::vector<Tok>{{"1", 0, 3}, {"号", 3, 6}}));
}

TEST(CjkTokenizer, LongWordsAreCutIntoPieces) {
  const std::string word(150, 'A');
  EXPECT_EQ(Toks(word), (std::vector<Tok>{{std::string(64, 'a'), 0, 64},
                                          {std::string(64, 'a'), 64, 128},
                                          {std::string(22, 'a'), 128, 150}}));
}

TEST(CjkTokenizer, InvalidUtf8IsASeparator) {
  EXPECT_EQ(Toks("ab\xFF" "cd"), (std::vector<Tok>{{"ab", 0, 2}, {"cd", 3, 5}}));
  EXPECT_EQ(Toks("政\xE5\xBA" "府"), (std::vector<Tok>{{"政", 0, 3}, {"府", 5, 8}}));
}

// Every token: in bounds, non-empty, valid UTF-8, no spaces, quotes or
// query operators.
void ExpectWellFormed(std::string_view text, const std::vector<TextToken>& tokens) {
  size_t previous_begin = 0;
  for (const TextToken& t : tokens) {
    ASSERT_FALSE(t.term.empty());
    ASSERT_TRUE(utf8::IsValid(t.term)) << t.term;
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, text.size());
    ASSERT_LE(previous_begin, t.begin);
    previous_begin = t.begin;
    for (char c : t.term) {
      ASSERT_EQ(std::string_view(" \t\r\n\"'*+-:^()&|!<>\\,.").find(c), std::string_view::npos)
          << t.term;
    }
  }
}

TEST(CjkTokenizer, ArbitraryBytesNeverBreakTheContract) {
  std::mt19937 rng(20261203);
  const std::string pieces[] = {"政", "資", "，", "Ａ", "a", "Z", "9", " ", "\"", "*", "\xFF",
                                "\xE5", "\xBA", "\xF0\x9F\x98\x80", "\xCC\x81", "㍱", "〇", "\0"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    if (round % 3 == 0) {
      for (char& c : text) {
        if (rng() % 7 == 0) c = static_cast<char>(rng());
      }
    }
    ExpectWellFormed(text, Tokenizer().Tokenize(text));
    const TextQuery q = Tokenizer().ParseQuery(text);
    for (const QueryPhrase& p : q.phrases) {
      ASSERT_FALSE(p.terms.empty());
      ASSERT_TRUE(utf8::IsValid(p.text));
    }
  }
}

// What FTS5 does with the strings of a MATCH expression: each term, parsed
// again, is itself.
void ExpectTermIsStable(const std::string& term) {
  const TextQuery q = Tokenizer().ParseQuery(term);
  ASSERT_EQ(q.phrases.size(), 1u) << term;
  EXPECT_EQ(q.phrases[0].terms, Strings{term});
  const std::vector<TextToken> tokens = Tokenizer().Tokenize(term);
  ASSERT_FALSE(tokens.empty()) << term;
  EXPECT_EQ(tokens[0].term, term);
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, term.size());
  const char32_t first = utf8::Decode(term)[0];
  const bool han_bigram = utf8::Length(term) == 2 && (utf8::IsCjk(first) || first == U'〇');
  EXPECT_EQ(tokens.size(), han_bigram ? 2u : 1u) << term;
}

TEST(CjkTokenizer, TermsAreStableUnderRetokenizing) {
  const std::string sample =
      "《中华人民共和国政府信息公开条例》第二十条：行政機關應當主動公開本機關的資訊。"
      "ＧＢ／Ｔ １１６４３－２０１９，国办发〔2019〕5号，2024年度报告（PDF版），"
      "二〇二四年三月，ΑΒΓ café ㍱ ①②③ 乾清宮 答覆 瞭解 " +
      std::string(100, 'x');
  std::vector<std::string> terms;
  for (const TextToken& t : Tokenizer().Tokenize(sample)) terms.push_back(t.term);
  for (const QueryPhrase& p : Tokenizer().ParseQuery(sample).phrases) {
    terms.insert(terms.end(), p.terms.begin(), p.terms.end());
  }
  ASSERT_GT(terms.size(), 50u);
  for (const std::string& t : terms) ExpectTermIsStable(t);
}

TEST(CjkTokenizer, SharedAcrossThreads) {
  const std::string text = "政府資訊公開，ＧＢ１１６４３，2024年度報告。" + std::string(2000, 'a');
  const std::vector<Tok> expected = Toks(text);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      bool same = true;
      for (int k = 0; k < 200; ++k) same = same && Toks(text) == expected;
      ok[i] = same;
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(ok, (std::vector<int>{1, 1, 1, 1}));
}

// ---------------------------------------------------------------------------
// ParseQuery

struct Phrase {
  Strings terms;
  bool prefix = false;
  std::string text;
  bool operator==(const Phrase&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Phrase& p) {
  os << "{[";
  for (const std::string& t : p.terms) os << t << ",";
  return os << "] " << (p.prefix ? "prefix " : "") << "'" << p.text << "'}";
}
std::vector<Phrase> Parse(std::string_view query) {
  std::vector<Phrase> out;
  for (const QueryPhrase& p : Tokenizer().ParseQuery(query).phrases) {
    out.push_back({p.terms, p.prefix, p.text});
  }
  return out;
}

TEST(ParseQuery, TwoCharactersAreOneBigram) {
  EXPECT_EQ(Parse("公开"), (std::vector<Phrase>{{{"公开"}, false, "公开"}}));
  EXPECT_EQ(Parse("信息公开"), (std::vector<Phrase>{{{"信息", "息公", "公开"}, false, "信息公开"}}));
}

TEST(ParseQuery, OneCharacterIsAPrefix) {
  EXPECT_EQ(Parse("税"), (std::vector<Phrase>{{{"税"}, true, "税"}}));
  EXPECT_EQ(Parse(" 稅 "), (std::vector<Phrase>{{{"税"}, true, "稅"}}));
}

TEST(ParseQuery, SpacesSeparatePhrases) {
  EXPECT_EQ(Parse("政府 信息公开\u3000报告"),
            (std::vector<Phrase>{{{"政府"}, false, "政府"},
                                 {{"信息", "息公", "公开"}, false, "信息公开"},
                                 {{"报告"}, false, "报告"}}));
}

TEST(ParseQuery, QuotesMakeOnePhrase) {
  const std::vector<Phrase> expected{{{"政府", "府", "信息", "息公", "公开"}, false, "政府 信息公开"}};
  EXPECT_EQ(Parse("\"政府 信息公开\""), expected);
  EXPECT_EQ(Parse("“政府 信息公开”"), expected);
  EXPECT_EQ(Parse("「政府 信息公开」"), expected);
  EXPECT_EQ(Parse("『 政府 信息公开 』"), expected);
  EXPECT_EQ(Parse("＂政府 信息公开＂"), expected);
  // Unclosed: to the end. Quotes also end a word.
  EXPECT_EQ(Parse("年报\"政府 信息"),
            (std::vector<Phrase>{{{"年报"}, false, "年报"}, {{"政府", "府", "信息"}, false, "政府 信息"}}));
}

TEST(ParseQuery, MixedScriptWordIsOnePhrase) {
  EXPECT_EQ(Parse("2024年度"), (std::vector<Phrase>{{{"2024", "年度"}, false, "2024年度"}}));
  EXPECT_EQ(Parse("2024年"), (std::vector<Phrase>{{{"2024", "年"}, true, "2024年"}}));
  // A Han run before more of the phrase keeps its trailing unigram, as indexed.
  EXPECT_EQ(Parse("政府abc"), (std::vector<Phrase>{{{"政府", "府", "abc"}, false, "政府abc"}}));
  EXPECT_EQ(Parse("国办发〔2019〕5号"),
            (std::vector<Phrase>{{{"国办", "办发", "发", "2019", "5", "号"}, true, "国办发〔2019〕5号"}}));
  EXPECT_EQ(Parse("ＧＢ１１６４３"), (std::vector<Phrase>{{{"gb11643"}, false, "ＧＢ１１６４３"}}));
}

TEST(ParseQuery, OperatorsAreStripped) {
  EXPECT_EQ(Parse("政府 AND 信息*"), (std::vector<Phrase>{{{"政府"}, false, "政府"},
                                                        {{"and"}, false, "AND"},
                                                        {{"信息"}, false, "信息*"}}));
  EXPECT_EQ(Parse("'政府' <-> (信息:*) & !公开 | NEAR(a^b)"),
            (std::vector<Phrase>{{{"政府"}, false, "'政府'"},
                                 {{"信息"}, false, "(信息:*)"},
                                 {{"公开"}, false, "!公开"},
                                 {{"near", "a", "b"}, false, "NEAR(a^b)"}}));
}

TEST(ParseQuery, NothingSearchableIsEmpty) {
  EXPECT_TRUE(Tokenizer().ParseQuery("").phrases.empty());
  EXPECT_TRUE(Tokenizer().ParseQuery("   \u3000 ").phrases.empty());
  EXPECT_TRUE(Tokenizer().ParseQuery("，。！？ * - + \"\" 「」 ()").phrases.empty());
  EXPECT_TRUE(Tokenizer().ParseQuery("\xFF\xFE").phrases.empty());
}

TEST(ParseQuery, DuplicatesAreKeptOnce) {
  EXPECT_EQ(Parse("公开 公開 \"公开\""), (std::vector<Phrase>{{{"公开"}, false, "公开"}}));
}

TEST(ParseQuery, AtMostSixteenPhrasesAndSixtyFourTerms) {
  std::string many;
  for (int i = 0; i < 20; ++i) many += "w" + std::to_string(i) + " ";
  const TextQuery q = Tokenizer().ParseQuery(many);
  ASSERT_EQ(q.phrases.size(), kMaxQueryPhrases);
  EXPECT_EQ(q.phrases.back().terms, Strings{"w15"});

  // 40 terms, then a phrase of 40 cut to 24 (no longer a prefix), then none.
  std::string han41, han40;
  for (int i = 0; i < 41; ++i) han41 += "政";
  for (int i = 0; i < 40; ++i) han40 += "府";
  const TextQuery cut = Tokenizer().ParseQuery(han41 + " " + han40 + "税 信息");
  ASSERT_EQ(cut.phrases.size(), 2u);
  EXPECT_EQ(cut.phrases[0].terms.size(), 40u);
  EXPECT_EQ(cut.phrases[1].terms.size(), 24u);
  EXPECT_FALSE(cut.phrases[1].prefix);
}

TEST(CjkTokenizerCreate, MissingConfigIsNotFound) {
  Result<std::unique_ptr<CjkTokenizer>> t = CjkTokenizer::Create("/nonexistent/t2s.json");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kNotFound);
  EXPECT_NE(t.status().message().find("/nonexistent/t2s.json"), std::string::npos);
}

TEST(CjkTokenizerCreate, BrokenConfigIsInvalidInput) {
  const std::string path = ::testing::TempDir() + "gongkai_broken_opencc.json";
  std::ofstream(path) << "{ not json";
  Result<std::unique_ptr<CjkTokenizer>> t = CjkTokenizer::Create(path);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(t.status().message().find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(CjkTokenizerCreate, ConfigNamingAMissingDictionaryIsNotFound) {
  const std::string path = ::testing::TempDir() + "gongkai_missing_dict.json";
  std::ofstream(path) << R"({"name": "x", "segmentation": {"type": "mmseg", "dict":
      {"type": "ocd2", "file": "Missing.ocd2"}}, "conversion_chain": []})";
  Result<std::unique_ptr<CjkTokenizer>> t = CjkTokenizer::Create(path);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kNotFound);
  EXPECT_NE(t.status().message().find("Missing.ocd2"), std::string::npos);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace gongkai::search
