// The HTML body of a publication, made safe to store and to emit as is, and
// its visible text. Both run over formats/html_tokenizer, which already drops
// comments, script, style, iframe, noscript, template … with their content
// and resolves character references.
//
// SanitizeHtml contract:
// - Elements: an allow-list for government notice bodies (p, br, h1–h6,
//   strong, b, em, i, u, s, sub, sup, span, div, blockquote, ul, ol, li,
//   table, thead, tbody, tfoot, tr, th, td, caption, colgroup, col, a, img,
//   hr, pre, code, figure, figcaption). A few legacy or structural elements
//   are renamed to allowed ones (center, section, article, dl, dd … → div;
//   strike, del → s; ins → u). Elements whose content is not body text
//   (svg, math, object, applet, select, textarea, title, audio, video,
//   canvas, map, xml, frameset) are dropped with their content; any other
//   element is dropped and its content kept.
// - Attributes: a: href, title; img: src, alt, width, height; td/th:
//   colspan, rowspan, scope; col/colgroup: span; table: summary; and style
//   on every element but br, reduced to text-align, text-indent and
//   font-weight with plain values (a legacy align= becomes text-align).
//   Nothing else survives: no on* handler, no class, id or data-*.
// - URLs (href, src): after removing control characters and trimming, only
//   http:, https:, mailto: (links only), relative paths, ?queries and
//   #fragments. A ':' before the first '/', '?' or '#' must end one of those
//   schemes, so javascript:, vbscript:, data: and anything unknown are
//   dropped however they were spelt (entities, tabs, case). Backslashes are
//   refused (browsers read "/\host" as "//host"). An a or img whose URL is
//   dropped keeps its other attributes; an img without src is dropped.
//   Links to http(s) or "//" URLs get rel="noopener noreferrer".
// - Output: text and attribute values re-escaped (& < > "), control
//   characters other than tab and newline removed, invalid UTF-8 replaced
//   with U+FFFD. Tags are balanced and nested the way a browser would build
//   them: a block closes an open p, li closes the previous li, td/th/tr
//   close the previous cell/row of their table (a missing tr is added),
//   table parts outside a table are dropped, an a inside an a closes the
//   first, stray end tags are dropped, and whatever is open at the end is
//   closed. Void elements are written as <br>, <hr>, <img …>, <col …>.
//   Nesting deeper than kMaxSanitizedDepth drops the deeper tags (text kept).
// - Idempotent: SanitizeHtml(SanitizeHtml(x)) == SanitizeHtml(x).
// - Linear time in the input; never throws; never fails.
//
// HtmlVisibleText contract: the text a reader sees in a body (sanitised or
// not): block elements (p, div, li, tr, h1–h6, br …) start new lines, table
// cells of one row are separated by a space, character references are
// decoded, white space (NBSP and U+3000 included) collapses to one space per
// line and lines are trimmed; a line break between two CJK characters
// disappears, as browsers render it; empty lines are dropped; lines are
// joined with '\n'. In pre, source line breaks are kept. The same elements as
// in SanitizeHtml are dropped with their content.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::formats {

inline constexpr size_t kMaxSanitizedDepth = 200;

std::string SanitizeHtml(std::string_view html);

// One visible line and the 1-based source line where its text starts.
struct HtmlTextLine {
  int line = 1;
  std::string text;
};

std::vector<HtmlTextLine> HtmlVisibleLines(std::string_view html);
std::string HtmlVisibleText(std::string_view html);  // the lines joined with '\n'

namespace detail {
// Elements dropped together with their content (beyond the tokenizer's).
bool IsHiddenContentElement(std::string_view name);
}  // namespace detail

}  // namespace gongkai::formats
