// libFuzzer target: the search text layer on any bytes. The input is split
// at its first newline into a query and a text (no newline: both are the
// whole input); the text goes through CjkTokenizer::Tokenize, the query
// through ParseQuery, both through MakeSnippet and HighlightTitle, and every
// contract of search/cjk_tokenizer.h and search/snippet.h is checked: ranges
// in bounds with begin < end in position order, terms non-empty valid UTF-8
// without spaces, quotes or query operators, each term parsed again is
// itself, at most 16 phrases and 64 terms, snippet parts non-empty, valid,
// alternating, no longer than asked.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "core/utf8.h"
#include "search/cjk_tokenizer.h"
#include "search/snippet.h"

namespace {

using gongkai::search::CjkTokenizer;


const CjkTokenizer& Tokenizer() {
  static const std::unique_ptr<CjkTokenizer> tokenizer = [] {
    auto t = CjkTokenizer::Create();
    if (!t.ok()) {
      std::fprintf(stderr, "%s\n", t.status().message().c_str());
      std::abort();
    }
    return std::move(t).value();
  }();
  return *tokenizer;
}

void CheckTerm(const std::string& term) {
  CHECK(!term.empty());
  CHECK(gongkai::utf8::IsValid(term));
  CHECK(term.find_first_of(" \t\r\n\"'*+-:^()&|!<>\\,.{}[]") == std::string::npos);
}

void CheckParts(const std::vector<gongkai::search::SnippetPart>& parts, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    CHECK(!parts[i].text.empty());
    CHECK(gongkai::utf8::IsValid(parts[i].text));
    CHECK(i == 0 || parts[i].hit != parts[i - 1].hit);
    chars += gongkai::utf8::Length(parts[i].text);
  }
  CHECK(chars <= max_chars);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  const std::string_view query = newline == std::string_view::npos ? input : input.substr(0, newline);
  const std::string_view text = newline == std::string_view::npos ? input : input.substr(newline + 1);
  const CjkTokenizer& tokenizer = Tokenizer();

  const std::vector<gongkai::service::TextToken> tokens = tokenizer.Tokenize(text);
  size_t previous_begin = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    CheckTerm(t.term);
    CHECK(t.begin < t.end && t.end <= text.size());
    CHECK(previous_begin <= t.begin);
    previous_begin = t.begin;
    if (i < 32) {  // re-tokenising a term gives the term (FTS5's query mode)
      const gongkai::service::TextQuery again = tokenizer.ParseQuery(t.term);
      CHECK(again.phrases.size() == 1);
      CHECK(again.phrases[0].terms.size() == 1 && again.phrases[0].terms[0] == t.term);
      const auto retokenized = tokenizer.Tokenize(t.term);
      CHECK(!retokenized.empty() && retokenized[0].term == t.term);
      CHECK(retokenized[0].begin == 0 && retokenized[0].end == t.term.size());
      CHECK(retokenized.size() <= 2);
    }
  }

  const gongkai::service::TextQuery parsed = tokenizer.ParseQuery(query);
  CHECK(parsed.phrases.size() <= gongkai::search::kMaxQueryPhrases);
  size_t terms = 0;
  for (const auto& phrase : parsed.phrases) {
    CHECK(!phrase.terms.empty());
    CHECK(gongkai::utf8::IsValid(phrase.text));
    for (const std::string& term : phrase.terms) CheckTerm(term);
    terms += phrase.terms.size();
  }
  CHECK(terms <= gongkai::search::kMaxQueryTerms);

  const size_t max_chars = 1 + size % 160;
  CheckParts(gongkai::search::MakeSnippet(text, parsed, tokenizer, max_chars), max_chars + 2);
  CheckParts(gongkai::search::HighlightTitle(text, parsed, tokenizer), text.size());
  return 0;
}
