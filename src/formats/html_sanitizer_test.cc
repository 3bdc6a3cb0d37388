#include "formats/html_sanitizer.h"

#include <algorithm>
#include <cctype>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace gongkai::formats {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Sanitises and checks the invariants every output must have: idempotent,
// no script element, no javascript:/vbscript:/data: URL and no on* handler
// inside a tag.
std::string Clean(std::string_view html) {
  const std::string once = SanitizeHtml(html);
  EXPECT_EQ(SanitizeHtml(once), once) << "not idempotent for: " << html;
  const std::string lower = Lower(once);
  EXPECT_EQ(lower.find("<script"), std::string::npos) << once;
  size_t open = 0;
  while ((open = lower.find('<', open)) != std::string::npos) {
    const size_t close = lower.find('>', open);
    EXPECT_NE(close, std::string::npos) << once;
    if (close == std::string::npos) break;
    const std::string tag = lower.substr(open, close - open);
    EXPECT_EQ(tag.find(" on"), std::string::npos) << tag;
    EXPECT_EQ(tag.find("javascript:"), std::string::npos) << tag;
    EXPECT_EQ(tag.find("vbscript:"), std::string::npos) << tag;
    EXPECT_EQ(tag.find("data:"), std::string::npos) << tag;
    open = close;
  }
  return once;
}

TEST(HtmlSanitizerTest, KeepsAllowedMarkupAndChineseText) {
  EXPECT_EQ(Clean("<p>关于公布2024年度政府信息公开工作年度报告的通知</p>"),
            "<p>关于公布2024年度政府信息公开工作年度报告的通知</p>");
  EXPECT_EQ(Clean("<h2>一、总体情况</h2><p><strong>主动公开</strong>信息<em>1234</em>条。<br/>"
                  "第二行</p><ul><li>甲</li><li>乙</li></ul><hr/>"),
            "<h2>一、总体情况</h2><p><strong>主动公开</strong>信息<em>1234</em>条。<br>"
            "第二行</p><ul><li>甲</li><li>乙</li></ul><hr>");
  EXPECT_EQ(Clean("<table summary=\"统计\"><thead><tr><th scope=\"col\">项目</th></tr></thead>"
                  "<tbody><tr><td colspan=\"2\" rowspan=\"3\">数量</td></tr></tbody></table>"),
            "<table summary=\"统计\"><thead><tr><th scope=\"col\">项目</th></tr></thead>"
            "<tbody><tr><td colspan=\"2\" rowspan=\"3\">数量</td></tr></tbody></table>");
  EXPECT_EQ(Clean("<figure><img src=\"/files/a.png\" alt=\"示意图\" width=\"300\" height=\"50%\">"
                  "<figcaption>图1</figcaption></figure><pre><code>x</code></pre>"),
            "<figure><img src=\"/files/a.png\" alt=\"示意图\" width=\"300\" height=\"50%\">"
            "<figcaption>图1</figcaption></figure><pre><code>x</code></pre>");
}

TEST(HtmlSanitizerTest, ScriptStyleAndEmbeddedContentAreDropped) {
  EXPECT_EQ(Clean("a<script>alert(1)</script>b"), "ab");
  EXPECT_EQ(Clean("a<SCRIPT SRC=//evil.example/x.js></SCRIPT>b"), "ab");
  EXPECT_EQ(Clean("a<style>p{background:url(javascript:alert(1))}</style>b"), "ab");
  EXPECT_EQ(Clean("a<iframe src=\"javascript:alert(1)\">x</iframe>b"), "ab");
  EXPECT_EQ(Clean("a<object data=\"x.swf\"><param name=a value=b>fallback</object>b"), "ab");
  EXPECT_EQ(Clean("a<embed src=\"x.swf\">b"), "ab");
  EXPECT_EQ(Clean("a<svg onload=alert(1)><script>alert(2)</script><text>t</text></svg>b"), "ab");
  // "<svg/onload=…>" opens an svg (the slash is not "/>"): what follows is svg content.
  EXPECT_EQ(Clean("a<svg/onload=alert(1)>b"), "a");
  EXPECT_EQ(Clean("a<svg/>b"), "ab");
  EXPECT_EQ(Clean("a<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>b"), "ab");
  EXPECT_EQ(Clean("a<textarea><p>x</p></textarea>b<title>t</title>c"), "abc");
  EXPECT_EQ(Clean("<select><option>选项</option></select>正文"), "正文");
  EXPECT_EQ(Clean("<form action=\"javascript:alert(1)\"><input type=text value=x>"
                  "<button formaction=javascript:alert(1)>提交</button></form>"),
            "提交");
  EXPECT_EQ(Clean("<xml><w:WordDocument>false</w:WordDocument></xml><p>正文</p>"), "<p>正文</p>");
}

TEST(HtmlSanitizerTest, EventHandlersNeverSurvive) {
  EXPECT_EQ(Clean("<img src=x onerror=alert(1)>"), "<img src=\"x\">");
  EXPECT_EQ(Clean("<img src=\"x\" ONERROR=\"alert(1)\" alt=\"a\">"), "<img src=\"x\" alt=\"a\">");
  EXPECT_EQ(Clean("<p onclick=\"alert(1)\" onmouseover=alert(2)>x</p>"), "<p>x</p>");
  EXPECT_EQ(Clean("<body onload=alert(1)>x</body>"), "x");
  EXPECT_EQ(Clean("<a href=\"/a\"onclick=\"alert(1)\">x</a>"), "<a href=\"/a\">x</a>");
  EXPECT_EQ(Clean("<div/onmouseover='alert(1)'>x</div>"), "<div>x</div>");
  EXPECT_EQ(Clean("<img src=\"x\" class=\"c\" id=\"i\" data-x=\"y\" srcset=\"javascript:a\">"),
            "<img src=\"x\">");
  EXPECT_EQ(Clean("<img src=\"javascript:alert(1)\">"), "");  // no safe src: dropped
  EXPECT_EQ(Clean("<img dynsrc=\"javascript:alert(1)\" lowsrc=\"javascript:alert(1)\">"), "");
}

TEST(HtmlSanitizerTest, ScriptUrlsAreDroppedHoweverSpelt) {
  const char* vectors[] = {
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
      "<a href=\" javascript:alert(1)\">x</a>",
      "<a href=\"\tjavascript:alert(1)\">x</a>",
      "<a href=\"jav\tascript:alert(1)\">x</a>",
      "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
      "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
      "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
      "<a "
      "href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
      "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
      "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105"
      "&#0000112&#0000116&#0000058alert(1)\">x</a>",
      "<a href=\"javascript&colon;alert(1)\">x</a>",
      "<a href=\"&#14;  javascript:alert(1)\">x</a>",
      "<a href=\"\x01javascript:alert(1)\">x</a>",
      "<a href=javascript:alert(1)>x</a>",
      "<a href='vbscript:msgbox(1)'>x</a>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
      "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
      "<a href=\"livescript:alert(1)\">x</a>",
      "<a href=\"\xEF\xBC\xAA"
      "avascript:alert(1)\">x</a>",  // full-width J
  };
  for (const char* v : vectors) EXPECT_EQ(Clean(v), "<a>x</a>") << v;
  EXPECT_EQ(Clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"), "");
  EXPECT_EQ(Clean("<img src=\"mailto:a@example.cn\">"), "");
  EXPECT_EQ(Clean("<a href=\"/\\evil.example\">x</a>"), "<a>x</a>");
}

TEST(HtmlSanitizerTest, SafeUrlsAreKept) {
  EXPECT_EQ(Clean("<a href=\"https://www.gov.cn/zhengce/\">x</a>"),
            "<a href=\"https://www.gov.cn/zhengce/\" rel=\"noopener noreferrer\">x</a>");
  EXPECT_EQ(Clean("<a href=\"HTTP://example.cn\" rel=\"opener\" target=\"_blank\">x</a>"),
            "<a href=\"HTTP://example.cn\" rel=\"noopener noreferrer\">x</a>");
  EXPECT_EQ(Clean("<a href=\"//example.cn/a\">x</a>"),
            "<a href=\"//example.cn/a\" rel=\"noopener noreferrer\">x</a>");
  EXPECT_EQ(Clean("<a href=\"mailto:gkb@example.gov.cn\" title=\"写信\">x</a>"),
            "<a href=\"mailto:gkb@example.gov.cn\" title=\"写信\">x</a>");
  EXPECT_EQ(Clean("<a href=\"/gk/2024/tz.html?id=3&amp;p=1#第二条\">x</a>"),
            "<a href=\"/gk/2024/tz.html?id=3&amp;p=1#第二条\">x</a>");
  EXPECT_EQ(Clean("<a href=\"files/附件1.pdf\">x</a><a href=\"#top\">y</a>"),
            "<a href=\"files/附件1.pdf\">x</a><a href=\"#top\">y</a>");
  EXPECT_EQ(Clean("<a href=\"/a:b\">x</a>"), "<a href=\"/a:b\">x</a>");
  EXPECT_EQ(Clean("<a href=\"  /a  \">x</a>"), "<a href=\"/a\">x</a>");
}

TEST(HtmlSanitizerTest, StyleKeepsOnlySafeDeclarations) {
  EXPECT_EQ(Clean("<p style=\"TEXT-INDENT:2em;text-align : Center;color:red\">x</p>"),
            "<p style=\"text-align: center; text-indent: 2em\">x</p>");
  EXPECT_EQ(Clean("<span style=\"font-weight:bold\">x</span>"),
            "<span style=\"font-weight: bold\">x</span>");
  EXPECT_EQ(Clean("<div style=\"width: expression(alert(1))\">x</div>"), "<div>x</div>");
  EXPECT_EQ(Clean("<div style=\"text-align: expression(alert(1))\">x</div>"), "<div>x</div>");
  EXPECT_EQ(Clean("<div style=\"background:url('javascript:alert(1)')\">x</div>"), "<div>x</div>");
  EXPECT_EQ(Clean("<div style=\"text-indent:2em/**/;font-weight:bo\\ld\">x</div>"), "<div>x</div>");
  EXPECT_EQ(Clean("<div style=\"-moz-binding:url(http://x/xss.xml#xss)\">x</div>"), "<div>x</div>");
  EXPECT_EQ(Clean("<p align=\"center\">标题</p><center>落款</center>"),
            "<p style=\"text-align: center\">标题</p><div style=\"text-align: center\">落款</div>");
}

TEST(HtmlSanitizerTest, OutputIsEscaped) {
  EXPECT_EQ(Clean("1 &lt; 2 &amp;&amp; 3 &gt; 2 \"引号\" &lt;script&gt;"),
            "1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;引号&quot; &lt;script&gt;");
  EXPECT_EQ(Clean("a < b"), "a &lt; b");
  EXPECT_EQ(Clean("<img src=\"x\" alt='\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;'>"),
            "<img src=\"x\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">");
  EXPECT_EQ(Clean("&nbsp;&copy;&#x4E00;"), "\u00A0\u00A9\u4E00");
  EXPECT_EQ(Clean(std::string("a\0b\x07"
                              "c\xFF"
                              "d",
                              7)),
            "abc\uFFFDd");
}

TEST(HtmlSanitizerTest, CommentsAndBogusMarkupHideNothing) {
  EXPECT_EQ(Clean("a<!-- <script>alert(1)</script> -->b"), "ab");
  EXPECT_EQ(Clean("a<!--[if IE]><script>alert(1)</script><![endif]-->b"), "ab");
  EXPECT_EQ(Clean("a<!--><img src=x onerror=alert(1)>-->b"), "a<img src=\"x\">--&gt;b");
  EXPECT_EQ(Clean("a<![CDATA[<script>alert(1)</script>]]>b"), "aalert(1)]]&gt;b");
  EXPECT_EQ(Clean("a<?php echo 1 ?>b<!DOCTYPE html>c"), "abc");
  EXPECT_EQ(Clean("a<!-- never closed <p>b</p>"), "a");
}

TEST(HtmlSanitizerTest, UnclosedAndBrokenTags) {
  EXPECT_EQ(Clean("<p>第一段<p>第二段"), "<p>第一段</p><p>第二段</p>");
  EXPECT_EQ(Clean("<b><i>x</b></i>y"), "<b><i>x</i></b>y");
  EXPECT_EQ(Clean("</div></p>x</span>"), "x");
  EXPECT_EQ(Clean("<p>a<div>b</div>c</p>"), "<p>a</p><div>b</div>c");
  EXPECT_EQ(Clean("<ul><li>a<li>b<ul><li>c</ul></ul>"),
            "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>");
  EXPECT_EQ(Clean("<table><td>a<td>b<tr><td>c</table>"),
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");
  EXPECT_EQ(Clean("<td>cell</td><tr>row</tr>"), "cellrow");
  EXPECT_EQ(Clean("<a href=\"/1\">a<a href=\"/2\">b</a>"),
            "<a href=\"/1\">a</a><a href=\"/2\">b</a>");
  EXPECT_EQ(Clean("<h1>a<h2>b</h2>"), "<h1>a</h1><h2>b</h2>");
  EXPECT_EQ(Clean("<table><tr><td><p>x</table>y"), "<table><tr><td><p>x</p></td></tr></table>y");
  EXPECT_EQ(Clean("<div>x<img src=\"a\" alt=\"y"), "<div>x</div>");
  EXPECT_EQ(Clean("<a href=\"/a\">x<"), "<a href=\"/a\">x&lt;</a>");
  EXPECT_EQ(Clean("<br></br><img src=a></img>"), "<br><img src=\"a\">");
  EXPECT_EQ(Clean("<font color=red face=宋体>通知</font><o:p></o:p>"), "通知");
}

TEST(HtmlSanitizerTest, DeepNestingIsCapped) {
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<div>";
  deep += "正文";
  const std::string out = Clean(deep);
  size_t opened = 0;
  for (size_t p = 0; (p = out.find("<div>", p)) != std::string::npos; ++p) ++opened;
  EXPECT_EQ(opened, kMaxSanitizedDepth);
  EXPECT_NE(out.find("正文"), std::string::npos);
}

TEST(HtmlSanitizerTest, IdempotentOnRandomMarkup) {
  const char* pieces[] = {"<p>",
                          "</p>",
                          "<li>",
                          "</ul>",
                          "<ul>",
                          "<td>",
                          "<tr>",
                          "<table>",
                          "</table>",
                          "<a href=/x>",
                          "</a>",
                          "<b>",
                          "</i>",
                          "<i>",
                          "文字",
                          "&amp;",
                          "<br>",
                          "<h3>",
                          "<div>",
                          "</div>",
                          "<caption>",
                          "<col span=2>",
                          "<thead>",
                          "</td>",
                          "<svg>",
                          "</svg>",
                          "<img src=a>",
                          "<center>",
                          "</center>",
                          "<pre>",
                          "\n",
                          "<!--",
                          "-->",
                          "<",
                          ">",
                          "\"",
                          "<td colspan=3>",
                          "</tr>",
                          "<tbody>"};
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  for (int round = 0; round < 3000; ++round) {
    std::string html;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) html += pieces[pick(rng)];
    Clean(html);
  }
}

TEST(HtmlVisibleTextTest, BlocksOnTheirOwnLines) {
  EXPECT_EQ(
      HtmlVisibleText("<h1>通知</h1><p>　　根据《条例》&ldquo;第二十条&rdquo;，</p>"
                      "<p>现将&nbsp;有关事项<br>通知如下：</p><ul><li>一</li><li>二</li></ul>"),
      "通知\n根据《条例》“第二十条”，\n现将 有关事项\n通知如下：\n一\n二");
  EXPECT_EQ(HtmlVisibleText("<table><tr><td>姓名</td>\n<td>张三</td></tr>"
                            "<tr><td>身份证号</td><td>11010519491231002X</td></tr></table>"),
            "姓名 张三\n身份证号 11010519491231002X");
  EXPECT_EQ(HtmlVisibleText("<p>政府\n信息公开</p><p>a\n b</p>"), "政府信息公开\na b");
  EXPECT_EQ(HtmlVisibleText("a<script>x</script><style>y</style><svg>z</svg><title>t</title>b"),
            "ab");
  EXPECT_EQ(HtmlVisibleText("<pre>第一行\n  第二行</pre>"), "第一行\n第二行");
  EXPECT_EQ(HtmlVisibleText(""), "");
}

TEST(HtmlVisibleTextTest, LinesSayWhereTheTextStarts) {
  const std::vector<HtmlTextLine> lines =
      HtmlVisibleLines("<html>\n<body>\n<p>\n  第一段</p>\n<div>第二段</div>\n</body>");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].line, 4);
  EXPECT_EQ(lines[0].text, "第一段");
  EXPECT_EQ(lines[1].line, 5);
}

TEST(HtmlVisibleTextTest, SameTextBeforeAndAfterSanitizing) {
  const std::string html =
      "<div class=x><p>关于<b>印发</b>通知</p><table><td>a<td>b</table><script>s</script>"
      "<p onclick=x>尾</div>";
  EXPECT_EQ(HtmlVisibleText(SanitizeHtml(html)), HtmlVisibleText(html));
}

}  // namespace
}  // namespace gongkai::formats
