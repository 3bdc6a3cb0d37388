#include "formats/html_tokenizer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::formats {
namespace {

// One line per token: "T:text", "S:name a=v …" ("/" when self-closing), "E:name"; each with @line.
std::vector<std::string> Tokens(std::string_view html) {
  std::vector<std::string> out;
  HtmlTokenizer tokenizer(html);
  HtmlToken t;
  while (tokenizer.Next(t)) {
    std::string s;
    switch (t.kind) {
      case HtmlToken::Kind::kText:
        s = "T:" + t.text;
        break;
      case HtmlToken::Kind::kStartTag:
        s = "S:" + t.name;
        for (const HtmlAttribute& a : t.attributes) s += " " + a.name + "=" + a.value;
        if (t.self_closing) s += " /";
        break;
      case HtmlToken::Kind::kEndTag:
        s = "E:" + t.name;
        break;
    }
    out.push_back(s + "@" + std::to_string(t.line));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(HtmlTokenizerTest, TagsAttributesAndLines) {
  EXPECT_EQ(
      Tokens("<P Class=\"a\">x</P>\n<TD ColSpan=3 rowspan = '2' data-x=\"a&amp;b\" hidden>"
             "<br/><img src=a.png alt='>'>"),
      (V{"S:p class=a@1", "T:x@1", "E:p@1", "T:\n@1",
         "S:td colspan=3 rowspan=2 data-x=a&b hidden=@2", "S:br /@2", "S:img src=a.png alt=>@2"}));
}

TEST(HtmlTokenizerTest, FirstDuplicateAttributeWins) {
  EXPECT_EQ(Tokens("<td colspan=2 COLSPAN=5>"), (V{"S:td colspan=2@1"}));
}

TEST(HtmlTokenizerTest, CharacterReferences) {
  EXPECT_EQ(
      DecodeHtmlText("&amp;&lt;&gt;&quot;&apos;&nbsp;&#12345;&#x4E00;&#X4e8C;&ldquo;公开&rdquo;"),
      "&<>\"'\u00A0\u3039一二“公开”");
  EXPECT_EQ(DecodeHtmlText("&copy 2023 &nbsp&unknown; &amp"), "© 2023 \u00A0&unknown; &");
  EXPECT_EQ(DecodeHtmlText("&#0;&#xD800;&#x110000;&#99999999999999;&#150;&#;&#x;a&b"),
            "\uFFFD\uFFFD\uFFFD\uFFFD\u2013&#;&#x;a&b");
  EXPECT_EQ(DecodeHtmlText("a\r\nb\rc"), "a\nb\nc");
  // In attributes a legacy reference followed by '=' or a letter stays as written.
  EXPECT_EQ(DecodeHtmlText("?a=1&copy=2&nbspx", true), "?a=1&copy=2&nbspx");
}

TEST(HtmlTokenizerTest, CommentsScriptsAndStylesAreDropped) {
  EXPECT_EQ(Tokens("a<!-- <p>x</p> -->b<script type=\"text/javascript\">if (a<b) "
                   "document.write('</p>')</script >c<STYLE>p{}</style>d<!DOCTYPE html><?xml x?>"
                   "<![CDATA[y]]>e<!-->f<!--->g"),
            (V{"T:a@1", "T:b@1", "T:c@1", "T:d@1", "T:e@1", "T:f@1", "T:g@1"}));
  EXPECT_EQ(Tokens("a<!-- never closed <p>b</p>"), (V{"T:a@1"}));
  EXPECT_EQ(Tokens("a<script>never closed <p>b</p>"), (V{"T:a@1"}));
}

TEST(HtmlTokenizerTest, TitleHoldsTextOnly) {
  EXPECT_EQ(Tokens("<title>a<b>&amp;c</title><p>"),
            (V{"S:title@1", "T:a<b>&c@1", "E:title@1", "S:p@1"}));
}

TEST(HtmlTokenizerTest, LiteralLessThanAndBrokenTags) {
  EXPECT_EQ(Tokens("1 < 2 <3 a<>b</>c</ x>d"), (V{"T:1 < 2 <3 a<>b@1", "T:c@1", "T:d@1"}));
  EXPECT_EQ(Tokens("abc<div class=\"x"), (V{"T:abc@1"}));
  EXPECT_EQ(Tokens("abc<div"), (V{"T:abc@1"}));
  EXPECT_EQ(Tokens("abc<"), (V{"T:abc<@1"}));
}

TEST(HtmlTokenizerTest, LineNumbersCountCrLfOnce) {
  EXPECT_EQ(Tokens("a\r\n\r\n<p>\rb\n<i>"), (V{"T:a\n\n@1", "S:p@3", "T:\nb\n@3", "S:i@5"}));
}

TEST(HtmlTokenizerTest, AttributeCountIsCapped) {
  std::string tag = "<td";
  for (int i = 0; i < 1000; ++i) tag += " a" + std::to_string(i) + "=1";
  tag += ">";
  HtmlTokenizer tokenizer(tag);
  HtmlToken t;
  ASSERT_TRUE(tokenizer.Next(t));
  EXPECT_EQ(t.attributes.size(), HtmlTokenizer::kMaxAttributes);
  EXPECT_FALSE(tokenizer.Next(t));
}

}  // namespace
}  // namespace gongkai::formats
