#include "search/snippet.h"

#include <algorithm>

#include "core/utf8.h"

namespace gongkai::search {
namespace {

using service::QueryPhrase;
using service::TextQuery;
using service::TextToken;

constexpr std::string_view kEllipsis = "\u2026";

struct Hit {
  size_t begin;   // byte range in the text
  size_t end;
  size_t phrase;  // index in the query
};

bool TermMatches(const std::string& token, const std::string& term, bool prefix) {
  if (!prefix) return token == term;
  return token.size() >= term.size() && token.compare(0, term.size(), term) == 0;
}

// Every occurrence of every phrase, sorted by position.
std::vector<Hit> FindHits(const std::vector<TextToken>& tokens, const TextQuery& query) {
  std::vector<Hit> hits;
  for (size_t j = 0; j < query.phrases.size(); ++j) {
    const QueryPhrase& phrase = query.phrases[j];
    const size_t m = phrase.terms.size();
    if (m == 0 || m > tokens.size()) continue;
    for (size_t i = 0; i + m <= tokens.size(); ++i) {
      size_t k = 0;
      while (k < m && TermMatches(tokens[i + k].term, phrase.terms[k], phrase.prefix && k + 1 == m)) {
        ++k;
      }
      if (k < m) continue;
      const TextToken& last = tokens[i + m - 1];
      size_t end = last.end;
      // A prefix inside a bigram: mark only its first character, which ends
      // where the next token (the bigram's second character) begins.
      if (phrase.prefix && last.term.size() > phrase.terms.back().size() && i + m < tokens.size()) {
        const size_t second = tokens[i + m].begin;
        if (second > last.begin && second < last.end) end = second;
      }
      hits.push_back({tokens[i].begin, std::max(end, tokens[i].begin), j});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  return hits;
}

// Character index (code points before it, decoded as utf8::Next does) of
// each offset in `sorted` (ascending), and the text's length in characters.
struct CharIndex {
  std::vector<size_t> offsets;
  std::vector<size_t> chars;
  size_t total = 0;
  size_t Of(size_t offset) const {
    const auto it = std::lower_bound(offsets.begin(), offsets.end(), offset);
    return chars[static_cast<size_t>(it - offsets.begin())];
  }
};
CharIndex IndexChars(std::string_view text, std::vector<size_t> offsets) {
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  CharIndex index;
  index.chars.resize(offsets.size());
  size_t pos = 0;
  size_t k = 0;
  while (true) {
    while (k < offsets.size() && offsets[k] <= pos) index.chars[k++] = index.total;
    if (pos >= text.size()) break;
    utf8::Next(text, pos);
    ++index.total;
  }
  index.offsets = std::move(offsets);
  return index;
}

// Byte offsets of the characters with indices `first` <= `second`.
std::pair<size_t, size_t> BytesOfChars(std::string_view text, size_t first, size_t second) {
  size_t pos = 0;
  size_t chars = 0;
  size_t a = text.size();
  while (pos < text.size() && chars < second) {
    if (chars == first) a = pos;
    utf8::Next(text, pos);
    ++chars;
  }
  if (chars <= first) a = pos;
  return {a, pos};
}

// Builds the parts: display text, merged runs, one space per white-space run.
class PartsBuilder {
 public:
  void Add(std::string_view bytes, bool hit) {
    size_t pos = 0;
    while (pos < bytes.size()) {
      const size_t start = pos;
      const char32_t cp = utf8::Next(bytes, pos);
      if (utf8::IsSpace(cp) || cp < 0x20 || cp == 0x7F) {
        if (!space_) Append(" ", hit);
        space_ = true;
        continue;
      }
      // U+FFFD from utf8::Next: an invalid byte (or a real U+FFFD); never copy the raw byte.
      Append(cp == 0xFFFD ? std::string_view("\uFFFD") : bytes.substr(start, pos - start), hit);
      space_ = false;
    }
  }
  void Ellipsis() { Append(kEllipsis, false); }
  // Drops the white space at the end.
  void TrimEnd() {
    if (parts_.empty() || parts_.back().text.empty() || parts_.back().text.back() != ' ') return;
    parts_.back().text.pop_back();
    if (parts_.back().text.empty()) parts_.pop_back();
  }
  std::vector<SnippetPart> Take() { return std::move(parts_); }

 private:
  void Append(std::string_view s, bool hit) {
    if (parts_.empty() || parts_.back().hit != hit) parts_.push_back({std::string(), hit});
    parts_.back().text.append(s);
  }
  std::vector<SnippetPart> parts_;
  bool space_ = true;  // drops white space at the start
};

// The parts of text[wb, we), hits marked, with "…" where it was cut.
std::vector<SnippetPart> Render(std::string_view text, const std::vector<Hit>& hits, size_t wb,
                                size_t we) {
  PartsBuilder parts;
  if (wb > 0) parts.Ellipsis();
  size_t cursor = wb;
  size_t i = 0;
  while (i < hits.size()) {
    // One merged run of overlapping or touching hits.
    size_t hb = hits[i].begin;
    size_t he = hits[i].end;
    for (++i; i < hits.size() && hits[i].begin <= he; ++i) he = std::max(he, hits[i].end);
    hb = std::max(hb, cursor);
    he = std::min(he, we);
    if (hb >= he) continue;
    if (hb > cursor) parts.Add(text.substr(cursor, hb - cursor), false);
    parts.Add(text.substr(hb, he - hb), true);
    cursor = he;
  }
  if (cursor < we) parts.Add(text.substr(cursor, we - cursor), false);
  parts.TrimEnd();
  if (we < text.size()) parts.Ellipsis();
  return parts.Take();
}

}  // namespace

std::vector<SnippetPart> MakeSnippet(std::string_view text, const TextQuery& query,
                                     const service::TextTokenizer& tokenizer, size_t max_chars) {
  if (max_chars == 0 || text.empty()) return {};
  const std::vector<Hit> hits = FindHits(tokenizer.Tokenize(text), query);
  std::vector<size_t> offsets;
  offsets.reserve(hits.size() * 2);
  for (const Hit& h : hits) {
    offsets.push_back(h.begin);
    offsets.push_back(h.end);
  }
  const CharIndex index = IndexChars(text, std::move(offsets));

  size_t start = 0;  // the window, in characters
  if (!hits.empty()) {
    // Hits in characters; one longer than the window counts as its head.
    std::vector<std::pair<size_t, size_t>> at(hits.size());
    for (size_t i = 0; i < hits.size(); ++i) {
      const size_t b = index.Of(hits[i].begin);
      at[i] = {b, std::min(index.Of(hits[i].end), b + max_chars)};
    }
    // Slide over the hits: the window starting at hit a holds hits a..b-1
    // (b > a: hit a always fits).
    std::vector<size_t> count(query.phrases.size(), 0);
    size_t distinct = 0;
    size_t best_distinct = 0;
    size_t best_a = 0;
    size_t best_b = 1;
    size_t b = 0;
    for (size_t a = 0; a < hits.size(); ++a) {
      while (b < hits.size() && at[b].second <= at[a].first + max_chars) {
        if (count[hits[b].phrase]++ == 0) ++distinct;
        ++b;
      }
      if (distinct > best_distinct) {
        best_distinct = distinct;
        best_a = a;
        best_b = b;
      }
      if (--count[hits[a].phrase] == 0) --distinct;
    }
    size_t s = at[best_a].first;
    size_t e = s;
    for (size_t i = best_a; i < best_b; ++i) e = std::max(e, at[i].second);
    const size_t lead = std::min(s, (max_chars - (e - s)) / 2);
    start = s - lead;
  }
  size_t end = std::min(index.total, start + max_chars);
  if (end - start < max_chars) start = end > max_chars ? end - max_chars : 0;
  const auto [wb, we] = BytesOfChars(text, start, end);
  return Render(text, hits, wb, we);
}

std::vector<SnippetPart> HighlightTitle(std::string_view title, const TextQuery& query,
                                        const service::TextTokenizer& tokenizer) {
  return Render(title, FindHits(tokenizer.Tokenize(title), query), 0, title.size());
}

}  // namespace gongkai::search
