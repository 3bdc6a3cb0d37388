// CjkTokenizer: the adapter of service::TextTokenizer that both search
// engines use (SQLite FTS5 as a custom tokenizer, PostgreSQL as the lexemes of
// a tsvector('simple')).
//
// Normalisation, in this order, of the text the caller passes:
//   1. NFKC (search/normalized_text.h): full-width ＡＢＣ１２３ → ABC123,
//      ① → 1, compatibility ideographs → unified ones.
//   2. Traditional → simplified, character by character, with the table
//      of search/han_simplifier.h built in Create from an OpenCC
//      configuration (t2s.json by default): 資訊 → 资讯, 答覆 → 答复. No
//      phrase context, so a character maps the same way in a document and
//      in a query.
//   3. Lower case (ASCII, and the simple case mapping of other letters).
//
// Tokens, in position order (one position per token, no colocated tokens):
//   - Han (search::IsHan): CJK Unified Ideographs incl. extensions A–G, the
//     compatibility ideographs that NFKC keeps, and 〇 (二〇二四年). Any other
//     character ends a Han run. A run gives every overlapping bigram, then
//     its last character as a unigram (政府信 → 政府 府信 信); a 1-character
//     run gives only that unigram.
//   - Words: a maximal run of ASCII letters and digits, together with other
//     letters and digits (Greek, Cyrillic, kana, accented Latin…) and the
//     combining marks after them. Letters and digits are NOT split: GB11643,
//     2024, pdf, v2 are one word each (a 文号 or 标准号 is found whole; a
//     query for 11643 alone does not find GB11643). Han ends a word: 2024年
//     → 2024, 年. A word longer than kMaxWordBytes bytes is cut, between
//     characters, into consecutive tokens of at most kMaxWordBytes bytes (a
//     query for the same long word gives the same pieces as one phrase).
//   - Everything else (punctuation, symbols, white space, U+FFFD from invalid
//     UTF-8) only separates tokens.
// Every term is non-empty valid UTF-8 made only of Han characters or only of
// letters, digits and marks: never a space, quote, or FTS5/tsquery operator
// character. Offsets are byte ranges [begin, end) of the ORIGINAL text with
// begin < end <= text.size(); a bigram spans both characters; when NFKC made
// several characters of one (㍱ → hpa) each of their tokens covers that whole
// original character. Linear in the input, no cap on the number of tokens.
//
// ParseQuery (phrases are ANDed; see service/text_tokenizer.h):
//   - White space (incl. U+3000) separates phrases. "…", “…”, 「…」, 『…』 and
//     ＂…＂ quote one phrase (an unclosed quote runs to the end). Inside a
//     phrase punctuation only separates terms: 国办发〔2019〕5号 and
//     2019-01-01 are one phrase each ([2019, 01, 01]).
//   - A phrase's terms are the index tokens of its text with one change at
//     its end: a final Han run of 2+ characters drops its trailing unigram
//     (信息公开 → 信息 息公 公开), and a final 1-character run sets `prefix`
//     (税 → [税], prefix; 2024年 → [2024, 年], prefix). A Han run followed by
//     more of the phrase keeps its trailing unigram (政府abc → 政府 府 abc),
//     because the index holds that unigram at that position.
//   - Identical phrases are kept once; at most kMaxQueryPhrases phrases (the
//     rest are dropped) and kMaxQueryTerms terms in all (the phrase that
//     overflows is cut to the terms that still fit and loses `prefix`; the
//     phrases after it are dropped). A query with nothing searchable gives
//     an empty TextQuery. QueryPhrase::text is the phrase as typed (without
//     its quotes, trimmed, invalid UTF-8 replaced by U+FFFD).
//   - Re-tokenising a term (what FTS5 does with the strings of a MATCH
//     expression): for every term t this class produces, ParseQuery(t) is
//     exactly one phrase with terms {t}, and Tokenize(t) starts with t
//     covering all of t; Tokenize(t) is exactly {t} unless t is a Han bigram
//     (then {t, its last character}: the index's trailing unigram).
//
// Thread-safe: immutable after Create. Never throws.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "service/text_tokenizer.h"

namespace gongkai::search {

inline constexpr size_t kMaxQueryPhrases = 16;
inline constexpr size_t kMaxQueryTerms = 64;
inline constexpr size_t kMaxWordBytes = 64;

class CjkTokenizer final : public service::TextTokenizer {
 public:
  // Loads the OpenCC configuration (and the dictionaries it names) and builds
  // the character table (about 8 ms). A missing file is kNotFound, a file
  // OpenCC cannot use kInvalidInput; the message names the file.
  static Result<std::unique_ptr<CjkTokenizer>> Create(
      const std::string& opencc_config = "/usr/share/opencc/t2s.json");

  ~CjkTokenizer() override;
  CjkTokenizer(const CjkTokenizer&) = delete;
  CjkTokenizer& operator=(const CjkTokenizer&) = delete;

  std::vector<service::TextToken> Tokenize(std::string_view text) const override;
  service::TextQuery ParseQuery(std::string_view query) const override;

  // The simplified form the table gives one code point (itself when the
  // table leaves it alone). For tests and the benchmark.
  char32_t Simplified(char32_t cp) const;
  // How many code points the table changes (t2s.json: about 4,100).
  size_t ConvertibleCount() const;

 private:
  struct Impl;
  explicit CjkTokenizer(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace gongkai::search
