#include "web/templates.h"

#include <gmock/gmock.h>

namespace gongkai::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(Templates, EscapesTextAndNestsPages) {
  Result<Templates> t = Templates::FromTexts(
      {{"layout", "<title>{{title}}</title><main>{{{content_html}}}</main>"},
       {"item", "<h1>{{name}}</h1>{{#rows}}<li>{{.}}{{label}}</li>{{/rows}}{{{body_html}}}"}});
  ASSERT_TRUE(t.ok()) << t.status().message();
  View v;
  v.Set("name", "<script>alert(1)</script>");
  std::vector<View> rows(2);
  rows[0].Set("label", "甲&乙");
  rows[1].Set("label", "\"丙\"");
  v.Set("rows", rows);
  v.Set("body_html", SafeHtml::FromSanitizedBody("<p>正文</p>"));
  View page;
  page.Set("title", "标题<b>");
  Result<std::string> html = t->RenderPage("item", v, page);
  ASSERT_TRUE(html.ok()) << html.status().message();
  EXPECT_THAT(*html, HasSubstr("<title>标题&lt;b&gt;</title>"));
  EXPECT_THAT(*html, HasSubstr("&lt;script&gt;"));
  EXPECT_THAT(*html, Not(HasSubstr("<script>")));
  EXPECT_THAT(*html, HasSubstr("甲&amp;乙"));
  EXPECT_THAT(*html, HasSubstr("<main><h1>"));  // the page, unescaped, in the layout
  EXPECT_THAT(*html, HasSubstr("<p>正文</p>"));
}

TEST(Templates, RawOutputOnlyForSafeHtmlKeys) {
  Result<Templates> raw = Templates::FromTexts({{"x", "{{{name}}}"}});
  ASSERT_FALSE(raw.ok());
  EXPECT_THAT(raw.status().message(), HasSubstr("x.mustache"));
  EXPECT_FALSE(Templates::FromTexts({{"y", "{{& name }}"}}).ok());
  // A plain string under an *_html key is escaped all the same.
  Result<Templates> t = Templates::FromTexts({{"z", "{{{note_html}}}"}});
  ASSERT_TRUE(t.ok());
  View v;
  v.Set("note_html", "<img src=x onerror=alert(1)>");
  EXPECT_EQ(*t->Render("z", v), "&lt;img src=x onerror=alert(1)&gt;");
}

TEST(Templates, EmptyTextIsFalse) {
  Result<Templates> t =
      Templates::FromTexts({{"s", "{{#s}}[{{s}}]{{/s}}{{^s}}none{{/s}}|{{s}}|"}});
  ASSERT_TRUE(t.ok());
  View empty;
  empty.Set("s", "");
  EXPECT_EQ(*t->Render("s", empty), "none||");
  View full;
  full.Set("s", "x");
  EXPECT_EQ(*t->Render("s", full), "[x]|x|");
}

TEST(Templates, BrokenTemplatesAreRefusedAtLoad) {
  Result<Templates> t = Templates::FromTexts({{"bad", "{{#open}}never closed"}});
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("bad.mustache"));
  Result<Templates> ok = Templates::FromTexts({{"a", "x"}});
  EXPECT_FALSE(ok->Render("missing", View()).ok());
}

}  // namespace
}  // namespace gongkai::web
