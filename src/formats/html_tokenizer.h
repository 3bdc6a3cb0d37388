// A small, tolerant HTML tokenizer for reading published pages (not a full
// HTML5 parser): it turns bytes into text runs and start/end tags, and never
// builds a tree, so nesting depth costs nothing.
//
// Contract:
// - Input is UTF-8 (invalid bytes pass through; callers sanitize first).
// - Comments, <!DOCTYPE …>, <?…?>, <![CDATA[…]]> and bogus markup are
//   dropped. The elements script, style, noscript, iframe, noembed, noframes,
//   xmp and template are dropped whole: no token for the tags nor their
//   content. title and textarea hold text only (tags inside are text).
// - Character references are resolved in text and attribute values: the
//   common named ones (&amp; &lt; &nbsp; &ldquo; &mdash; …), decimal &#12345;
//   and hex &#x4E00;. Unknown names stay as written. Numeric references to 0,
//   surrogates or beyond U+10FFFF give U+FFFD; 128–159 map as windows-1252.
// - "\r\n" and lone '\r' in text become '\n'. Tag and attribute names are
//   ASCII-lower-cased. A tag cut off by the end of input is dropped.
// - Every byte is looked at a bounded number of times: time is linear in the
//   input, memory is at most a small multiple of it. Never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::formats {

struct HtmlAttribute {
  std::string name;   // lower-case
  std::string value;  // references resolved
};

struct HtmlToken {
  enum class Kind { kText, kStartTag, kEndTag };
  Kind kind = Kind::kText;
  std::string name;                       // tag name, lower-case (tags only)
  std::string text;                       // kText: the text with references resolved
  std::vector<HtmlAttribute> attributes;  // start tags only; at most kMaxAttributes
  bool self_closing = false;              // <br/>
  int line = 1;                           // 1-based source line of the token's first byte

  // The value of the first attribute called `name` (lower-case), or nullptr.
  const std::string* Attribute(std::string_view name) const;
};

class HtmlTokenizer {
 public:
  static constexpr size_t kMaxAttributes = 64;  // further attributes are dropped

  // `html` must outlive the tokenizer.
  explicit HtmlTokenizer(std::string_view html) : in_(html) {}

  // Fills `token` with the next token; false at the end of input.
  bool Next(HtmlToken& token);

 private:
  bool ReadTag(HtmlToken& token);                              // at '<' + letter or "</"
  void SkipPast(std::string_view terminator);                  // to after terminator or to the end
  void SkipRawText(std::string_view tag);                      // to after </tag…> or to the end
  size_t FindEndTag(std::string_view tag, size_t from) const;  // position of "</tag" or npos
  bool ReadAttributes(HtmlToken& token);                       // false when the input ends first
  int LineAt(size_t pos);  // 1-based line of byte `pos`; pos never decreases between calls

  std::string_view in_;
  size_t pos_ = 0;
  size_t line_pos_ = 0;  // lines are counted up to here
  int line_ = 1;
  std::string rcdata_tag_;  // set after <title>/<textarea>: text up to its end tag
};

// Resolves character references as in HTML text (or an attribute value, where
// a legacy reference without ';' followed by '=' or an alphanumeric stays as
// written), and turns "\r\n"/'\r' into '\n'.
std::string DecodeHtmlText(std::string_view raw, bool in_attribute = false);

// True for elements that never have content (br, img, meta, …).
bool IsVoidHtmlElement(std::string_view name);

}  // namespace gongkai::formats
