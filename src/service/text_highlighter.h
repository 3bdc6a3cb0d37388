// Port: highlighted text of search results — a title with every hit
// marked, and a snippet of a body around the hits — computed with the
// tokenizer that indexed it (adapter: search/snippet_highlighter.h). Spans
// are plain text (a page escapes them); `hit` marks the query's phrases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "service/text_tokenizer.h"

namespace gongkai::service {

struct TextSpan {
  std::string text;
  bool hit = false;
};

class TextHighlighter {
 public:
  virtual ~TextHighlighter() = default;
  virtual std::vector<TextSpan> Title(std::string_view title, const TextQuery& query) const = 0;
  virtual std::vector<TextSpan> Snippet(std::string_view text, const TextQuery& query,
                                        size_t max_chars) const = 0;
};

}  // namespace gongkai::service
