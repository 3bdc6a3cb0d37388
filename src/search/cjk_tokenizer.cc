#include "search/cjk_tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "core/utf8.h"
#include "search/han_simplifier.h"
#include "search/normalized_text.h"

namespace gongkai::search {
namespace {

using service::QueryPhrase;
using service::TextQuery;
using service::TextToken;

// The code point at text[pos] (not ASCII) and the offset after it; the
// common 3-byte case inline, the rest (and invalid bytes, U+FFFD) by utf8::.
inline char32_t DecodeAt(std::string_view text, size_t pos, size_t& next) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if ((b0 & 0xF0) == 0xE0 && pos + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const char32_t cp = (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | (b2 & 0x3Fu);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        next = pos + 3;
        return cp;
      }
    }
  }
  next = pos;
  return utf8::NextMultiByte(text, next);
}

inline bool IsAsciiAlnum(unsigned char b) {
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}
// A letter or digit outside ASCII and Han: starts or continues a word.
inline bool IsOtherAlnum(char32_t cp) { return u_isalnum(static_cast<UChar32>(cp)) != 0; }
// A combining mark: continues a word, never starts one.
inline bool IsMark(char32_t cp) {
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// UTF-8 of `cp` (a valid scalar value) into `out`; returns its length.
size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// ---------------------------------------------------------------------------
// Tokenizing.

// Maps offsets of the NFKC text back to the original. Calls must not go
// backwards: Begin(i) and End(e) with i < e, then only offsets >= e.
class OriginCursor {
 public:
  explicit OriginCursor(const NormalizedRuns& runs) : runs_(runs) {}

  // The original offset of the character that produced text[i].
  size_t Begin(size_t i) {
    if (runs_.identity) return i;
    Seek(i);
    const NormalizedRuns::Piece& p = runs_.pieces[k_];
    return p.copied ? p.original_begin + (i - p.text_begin) : p.original_begin;
  }
  // The original offset just past the character that produced text[e - 1].
  size_t End(size_t e) {
    if (runs_.identity) return e;
    Seek(e - 1);
    const NormalizedRuns::Piece& p = runs_.pieces[k_];
    if (p.copied) return p.original_begin + (e - p.text_begin);
    return k_ + 1 < runs_.pieces.size() ? runs_.pieces[k_ + 1].original_begin
                                        : runs_.original_size;
  }

 private:
  void Seek(size_t i) {
    const auto& pieces = runs_.pieces;
    while (k_ + 1 < pieces.size() && pieces[k_ + 1].text_begin <= i) ++k_;
  }
  const NormalizedRuns& runs_;
  size_t k_ = 0;
};

// The kind of the last token a scan produced (ParseQuery needs it).
enum class LastToken { kNone, kWord, kHanSingle, kHanTrailing };

// One Han character of a run: its simplified UTF-8 and original byte range.
struct HanChar {
  char bytes[4];
  size_t len;
  size_t begin;
  size_t end;
};

class Scanner {
 public:
  Scanner(const HanSimplifier& table, std::vector<TextToken>& out) : table_(table), out_(out) {}

  // Appends the index tokens of `original` to the output.
  LastToken Scan(std::string_view original) {
    const NormalizedRuns norm = NormalizeNfkcRuns(original);
    const std::string_view text = norm.Text(original);
    OriginCursor origin(norm);
    LastToken last = LastToken::kNone;
    const size_t n = text.size();
    size_t pos = 0;
    while (pos < n) {
      const auto b = static_cast<unsigned char>(text[pos]);
      if (b < 0x80) {
        if (IsAsciiAlnum(b)) {
          pos = ScanWord(text, pos, origin);
          last = LastToken::kWord;
        } else {
          ++pos;
        }
        continue;
      }
      size_t next;
      const char32_t cp = DecodeAt(text, pos, next);
      if (IsHan(cp)) {
        size_t length = 0;
        pos = ScanHan(text, pos, origin, length);
        last = length == 1 ? LastToken::kHanSingle : LastToken::kHanTrailing;
      } else if (IsOtherAlnum(cp)) {
        pos = ScanWord(text, pos, origin);
        last = LastToken::kWord;
      } else {
        pos = next;
      }
    }
    return last;
  }

 private:
  // A word starting at `pos` (a letter or digit); returns the offset after it.
  size_t ScanWord(std::string_view text, size_t pos, OriginCursor& origin) {
    word_.clear();
    size_t chunk_begin = pos;
    size_t last_end = pos;  // end of the last character in word_
    char buf[4];
    while (pos < text.size()) {
      const auto b = static_cast<unsigned char>(text[pos]);
      size_t next = pos + 1;
      size_t len = 1;
      bool mark = false;
      if (b < 0x80) {
        if (!IsAsciiAlnum(b)) break;
        buf[0] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
      } else {
        const char32_t cp = DecodeAt(text, pos, next);
        mark = IsMark(cp);
        if (IsHan(cp) || !(mark || IsOtherAlnum(cp))) break;
        len = EncodeUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), buf);
      }
      if (word_.size() + len > kMaxWordBytes) {
        // A piece never starts with a mark: marks past the limit are dropped.
        if (mark) {
          pos = next;
          continue;
        }
        Emit(origin, chunk_begin, last_end);
        word_.clear();
        chunk_begin = pos;
      }
      word_.append(buf, len);
      pos = next;
      last_end = next;
    }
    Emit(origin, chunk_begin, last_end);
    return pos;
  }

  // A run of Han characters starting at `pos`; returns the offset after it
  // and sets `length` to its number of characters. Bigrams are emitted as
  // the run goes, its last character when it ends.
  size_t ScanHan(std::string_view text, size_t pos, OriginCursor& origin, size_t& length) {
    while (pos < text.size() && static_cast<unsigned char>(text[pos]) >= 0x80) {
      size_t next;
      const char32_t cp = DecodeAt(text, pos, next);
      if (!IsHan(cp)) break;
      HanChar& c = slot_[length & 1];
      c.len = EncodeUtf8(table_.Map(cp), c.bytes);
      c.begin = origin.Begin(pos);
      c.end = origin.End(next);
      if (length > 0) Push(slot_[(length - 1) & 1], c, c.end);
      ++length;
      pos = next;
    }
    const HanChar& last = slot_[(length - 1) & 1];
    Push(last, HanChar{{}, 0, 0, 0}, last.end);
    return pos;
  }

  // The token a + b (b may be empty) from a.begin to `end`, built in place
  // (terms fit std::string's inline buffer: no allocation).
  void Push(const HanChar& a, const HanChar& b, size_t end) {
    char term[8];
    std::memcpy(term, a.bytes, 4);
    std::memcpy(term + a.len, b.bytes, 4);
    TextToken& t = out_.emplace_back();
    t.term.assign(term, a.len + b.len);
    t.begin = a.begin;
    t.end = end;
  }

  // word_ as the token of text[begin, end).
  void Emit(OriginCursor& origin, size_t begin, size_t end) {
    const size_t original_begin = origin.Begin(begin);  // before End: the cursor only goes forward
    out_.push_back(TextToken{word_, original_begin, origin.End(end)});
  }

  const HanSimplifier& table_;
  std::vector<TextToken>& out_;
  std::string word_;
  HanChar slot_[2]{};  // ScanHan's current and previous character, alternating (no copies)
};

// ---------------------------------------------------------------------------
// Queries.

// The closing quote(s) of an opening one; 0 when `cp` opens nothing.
std::pair<char32_t, char32_t> ClosersOf(char32_t cp) {
  switch (cp) {
    case U'"':
    case U'\uFF02':
      return {U'"', U'\uFF02'};
    case U'\u201C':
    case U'\u201D':
      return {U'\u201C', U'\u201D'};
    case U'\u300C':
      return {U'\u300D', U'\u300D'};
    case U'\u300E':
      return {U'\u300F', U'\u300F'};
    default:
      return {0, 0};
  }
}

class QueryBuilder {
 public:
  explicit QueryBuilder(const HanSimplifier& table) : table_(table) {}

  // Adds the phrase written as `segment` (quotes removed).
  void Add(std::string_view segment) {
    if (full_) return;
    const std::string typed = utf8::Trim(segment);
    tokens_.clear();
    const LastToken last = Scanner(table_, tokens_).Scan(typed);
    if (tokens_.empty()) return;
    if (last == LastToken::kHanTrailing) tokens_.pop_back();  // preceded by its bigram
    QueryPhrase phrase;
    phrase.prefix = last == LastToken::kHanSingle;
    const size_t room = kMaxQueryTerms - terms_;
    if (tokens_.size() > room) {
      tokens_.resize(room);
      phrase.prefix = false;
      full_ = true;
    }
    if (tokens_.empty()) return;
    phrase.terms.reserve(tokens_.size());
    for (TextToken& t : tokens_) phrase.terms.push_back(std::move(t.term));
    for (const QueryPhrase& p : query_.phrases) {
      if (p.prefix == phrase.prefix && p.terms == phrase.terms) return;
    }
    phrase.text = utf8::Sanitize(typed);
    terms_ += phrase.terms.size();
    query_.phrases.push_back(std::move(phrase));
    if (query_.phrases.size() == kMaxQueryPhrases || terms_ == kMaxQueryTerms) full_ = true;
  }

  TextQuery Take() { return std::move(query_); }

 private:
  const HanSimplifier& table_;
  std::vector<TextToken> tokens_;
  TextQuery query_;
  size_t terms_ = 0;
  bool full_ = false;
};

}  // namespace

struct CjkTokenizer::Impl {
  explicit Impl(HanSimplifier t) : table(std::move(t)) {}
  HanSimplifier table;
};

CjkTokenizer::CjkTokenizer(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
CjkTokenizer::~CjkTokenizer() = default;

Result<std::unique_ptr<CjkTokenizer>> CjkTokenizer::Create(const std::string& opencc_config) {
  Result<HanSimplifier> table = HanSimplifier::Load(opencc_config);
  if (!table.ok()) return table.status();
  auto impl = std::make_unique<const Impl>(std::move(table).value());
  return std::unique_ptr<CjkTokenizer>(new CjkTokenizer(std::move(impl)));
}

std::vector<TextToken> CjkTokenizer::Tokenize(std::string_view text) const {
  std::vector<TextToken> tokens;
  // Han text gives one token per 3 bytes; beyond 64 Ki tokens the vector grows.
  tokens.reserve(std::min<size_t>(text.size() / 3 + 4, size_t{1} << 16));
  Scanner(impl_->table, tokens).Scan(text);
  return tokens;
}

TextQuery CjkTokenizer::ParseQuery(std::string_view query) const {
  QueryBuilder builder(impl_->table);
  const size_t n = query.size();
  size_t pos = 0;
  size_t word = std::string_view::npos;  // start of the pending unquoted word
  while (pos < n) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(query, pos);
    const auto [close_a, close_b] = ClosersOf(cp);
    if (!utf8::IsSpace(cp) && close_a == 0) {
      if (word == std::string_view::npos) word = start;
      continue;
    }
    if (word != std::string_view::npos) {
      builder.Add(query.substr(word, start - word));
      word = std::string_view::npos;
    }
    if (close_a == 0) continue;  // white space
    const size_t inner = pos;
    size_t inner_end = n;
    while (pos < n) {
      const size_t at = pos;
      const char32_t c = utf8::Next(query, pos);
      if (c == close_a || c == close_b) {
        inner_end = at;
        break;
      }
    }
    builder.Add(query.substr(inner, inner_end - inner));
  }
  if (word != std::string_view::npos) builder.Add(query.substr(word));
  return builder.Take();
}

char32_t CjkTokenizer::Simplified(char32_t cp) const { return impl_->table.Map(cp); }

size_t CjkTokenizer::ConvertibleCount() const { return impl_->table.size(); }

}  // namespace gongkai::search
