// A small service::TextTokenizer for the storage tests: Han bigrams plus the
// run's last character, lower-cased ASCII words — the contract of
// search/cjk_tokenizer without NFKC or traditional → simplified (the real
// tokenizer is tested in src/search and end to end through the CLI).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "service/text_tokenizer.h"
#include "storage/open_options.h"

namespace gongkai::storage::testing {

class TestTokenizer final : public service::TextTokenizer {
 public:
  std::vector<service::TextToken> Tokenize(std::string_view text) const override {
    return Run(text, false);
  }

  service::TextQuery ParseQuery(std::string_view query) const override {
    service::TextQuery q;
    size_t i = 0;
    while (i < query.size()) {
      while (i < query.size() && query[i] == ' ') ++i;
      size_t j = i;
      while (j < query.size() && query[j] != ' ') ++j;
      if (j > i) {
        service::QueryPhrase p;
        p.text = std::string(query.substr(i, j - i));
        std::vector<service::TextToken> toks = Run(p.text, true);
        for (auto& t : toks) p.terms.push_back(t.term);
        p.prefix = toks.size() == 1 && utf8::Length(toks[0].term) == 1 &&
                   utf8::IsCjk(utf8::Decode(toks[0].term)[0]);
        if (!p.terms.empty()) q.phrases.push_back(std::move(p));
      }
      i = j;
    }
    return q;
  }

 private:
  static std::vector<service::TextToken> Run(std::string_view text, bool query) {
    std::vector<service::TextToken> out;
    struct Cp {
      char32_t c;
      size_t b, e;
    };
    std::vector<Cp> han;
    auto flush = [&]() {
      for (size_t k = 0; k + 1 < han.size(); ++k) {
        out.push_back({std::string(text.substr(han[k].b, han[k + 1].e - han[k].b)), han[k].b,
                       han[k + 1].e});
      }
      if (!han.empty() && (!query || han.size() == 1)) {
        out.push_back({std::string(text.substr(han.back().b, han.back().e - han.back().b)),
                       han.back().b, han.back().e});
      }
      han.clear();
    };
    size_t pos = 0;
    std::string word;
    size_t word_begin = 0;
    while (pos < text.size()) {
      const size_t begin = pos;
      char32_t c = utf8::Next(text, pos);
      const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alnum && !word.empty()) {
        out.push_back({word, word_begin, begin});
        word.clear();
      }
      if (utf8::IsCjk(c)) {
        han.push_back({c, begin, pos});
        continue;
      }
      flush();
      if (alnum) {
        if (word.empty()) word_begin = begin;
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      }
    }
    if (!word.empty()) out.push_back({word, word_begin, text.size()});
    flush();
    return out;
  }
};

inline const service::TextTokenizer* SuiteTokenizer() {
  static const TestTokenizer tokenizer;
  return &tokenizer;
}

// The open options of the suite's stores: the test tokenizer.
inline OpenOptions SuiteOptions() {
  OpenOptions o;
  o.tokenizer = SuiteTokenizer();
  return o;
}

}  // namespace gongkai::storage::testing
