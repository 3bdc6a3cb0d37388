// Port: the one CJK tokenizer both search engines use (SQLite FTS5 through a
// custom tokenizer, PostgreSQL through tsvector('simple') of the same
// tokens). Adapter: search/cjk_tokenizer (NFKC, traditional → simplified
// through OpenCC, bigrams for Han, words for Latin and digits).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::service {

struct TextToken {
  std::string term;  // normalised: NFKC, simplified, lower case
  size_t begin = 0;  // byte range in the original text
  size_t end = 0;
};

// One phrase of a query: its terms must occur at consecutive positions.
// `prefix` marks the last term as a prefix (a single Han character, which is
// indexed only inside the bigrams that start with it).
struct QueryPhrase {
  std::vector<std::string> terms;
  bool prefix = false;
  std::string text;  // the phrase as the user wrote it, for highlighting
};

// A parsed query: every phrase must match (AND). Empty when the query had
// nothing searchable.
struct TextQuery {
  std::vector<QueryPhrase> phrases;
};

class TextTokenizer {
 public:
  virtual ~TextTokenizer() = default;
  // Index tokens of `text`, in position order. A run of Han characters gives
  // every overlapping bigram, then its last character as a unigram (so a
  // 1-character query can match as a prefix); Latin letters and digits give
  // whole words. Thread-safe.
  virtual std::vector<TextToken> Tokenize(std::string_view text) const = 0;
  // Query mode: the same normalisation, but a Han run gives only its bigrams
  // (a 1-character run gives a prefix term). Words separated by spaces are
  // separate phrases; "quoted text" is one phrase.
  virtual TextQuery ParseQuery(std::string_view query) const = 0;
};

}  // namespace gongkai::service
