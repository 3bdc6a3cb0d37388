// Highlighted snippets of search results, the same for every engine: the
// occurrences of a query's phrases are found by tokenising the text with the
// tokenizer that indexed it, so a document that writes 資訊 or ＡＢＣ highlights
// for the query 资讯 or abc, and exactly the original characters are marked.
//
// A phrase occurs where its terms are consecutive tokens of the text (the
// last one only beginning with the term when the phrase is a prefix; then
// only the prefix character is marked). Parts are in text order, cover the
// shown text exactly once, and never hold an empty text; adjacent hits are
// merged into one part, and so are overlapping ones. Part texts are for
// display: valid UTF-8 (invalid bytes become U+FFFD), every run of white space
// or control characters one ASCII space, no white space at either end of the
// whole snippet. The app and web layers render them (escaping the text and
// marking hits, e.g. with <em>).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "service/text_highlighter.h"
#include "service/text_tokenizer.h"

namespace gongkai::search {

using SnippetPart = service::TextSpan;

// At most `max_chars` characters (code points, never cut inside one) of
// `text`: the window that holds the most distinct phrases of `query` (ties:
// the earliest), with the hits placed about in its middle, and "…" at each
// end where the text was cut (not counted in max_chars; part of the
// neighbouring non-hit part, or a part of its own next to a hit). With no
// hit, the beginning of the text. Linear in the text (plus phrase
// matching, at most 64 terms per token). max_chars == 0 gives no parts.
std::vector<SnippetPart> MakeSnippet(std::string_view text, const service::TextQuery& query,
                                     const service::TextTokenizer& tokenizer,
                                     size_t max_chars = 120);

// The whole `title` with every occurrence of the query's phrases marked.
std::vector<SnippetPart> HighlightTitle(std::string_view title,
                                        const service::TextQuery& query,
                                        const service::TextTokenizer& tokenizer);

// service::TextHighlighter over the two functions above and one tokenizer.
class SnippetHighlighter final : public service::TextHighlighter {
 public:
  explicit SnippetHighlighter(const service::TextTokenizer& tokenizer) : tokenizer_(tokenizer) {}
  std::vector<service::TextSpan> Title(std::string_view title,
                                       const service::TextQuery& query) const override {
    return HighlightTitle(title, query, tokenizer_);
  }
  std::vector<service::TextSpan> Snippet(std::string_view text, const service::TextQuery& query,
                                         size_t max_chars) const override {
    return MakeSnippet(text, query, tokenizer_, max_chars);
  }

 private:
  const service::TextTokenizer& tokenizer_;
};

}  // namespace gongkai::search
