#include "search/normalized_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <numeric>

#include "core/utf8.h"

namespace gongkai::search {
namespace {

// The ICU NFKC instance, obtained once (thread-safe static initialisation;
// the instance is immutable and may be used from any thread). Null when ICU
// has no data: then only the fast paths change anything.
const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(ec);
    return U_SUCCESS(ec) ? n : nullptr;
  }();
  return instance;
}

inline bool IsTrail(unsigned char b) { return (b & 0xC0) == 0x80; }

// The NFKC form of the single code point `cp` (UTF-8) into `out`; false when
// it is `cp` itself. Library exceptions cannot escape: ICU's C++ API does not
// throw, and allocation failure inside it is reported through `ec`.
bool NormalizeOne(char32_t cp, std::string& out) {
  const icu::Normalizer2* nfkc = Nfkc();
  if (nfkc == nullptr) return false;
  const auto c = static_cast<UChar32>(cp);
  icu::UnicodeString decomposition;
  // A code point without a decomposition mapping is its own NFKC form.
  if (!nfkc->getDecomposition(c, decomposition)) return false;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfkc->normalize(icu::UnicodeString(c), ec);
  if (U_FAILURE(ec)) return false;
  if (normalized.length() == U16_LENGTH(c) && normalized.char32At(0) == c) return false;
  out.clear();
  normalized.toUTF8String(out);
  return true;
}

// Receives the map while Normalize builds the text. Copied(): `len` bytes
// copied from original[orig_begin] to text[text_begin]; Replaced(): the NFKC
// form of the character at original[orig_begin] written at text[text_begin].
struct DenseMap {
  std::vector<uint32_t>& origin;
  void Reserve(size_t size) { origin.reserve(size + 1); }
  void Copied(size_t text_begin, size_t orig_begin, size_t len) {
    origin.resize(text_begin + len);
    std::iota(origin.begin() + static_cast<std::ptrdiff_t>(text_begin), origin.end(),
              static_cast<uint32_t>(orig_begin));
  }
  void Replaced(size_t text_begin, size_t text_len, size_t orig_begin) {
    origin.resize(text_begin + text_len, static_cast<uint32_t>(orig_begin));
  }
  void Finish(size_t orig_size) { origin.push_back(static_cast<uint32_t>(orig_size)); }
};

struct RunMap {
  std::vector<NormalizedRuns::Piece>& pieces;
  void Reserve(size_t size) { pieces.reserve(size / 32 + 16); }
  void Copied(size_t text_begin, size_t orig_begin, size_t len) {
    if (len == 0) return;
    pieces.push_back({static_cast<uint32_t>(text_begin), static_cast<uint32_t>(orig_begin), true});
  }
  void Replaced(size_t text_begin, size_t text_len, size_t orig_begin) {
    if (text_len == 0) return;  // a character whose NFKC form is empty
    pieces.push_back({static_cast<uint32_t>(text_begin), static_cast<uint32_t>(orig_begin), false});
  }
  void Finish(size_t) {}
};

// One bit per BMP code point: set when NFKC changes the code point on its own
// (including the full-width forms and U+3000, which are mapped without ICU).
// Built once from ICU, then read-only.
class BmpChanges {
 public:
  BmpChanges() {
    std::string scratch;
    for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      if ((cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000 || NormalizeOne(cp, scratch)) {
        bits_[cp >> 6] |= uint64_t{1} << (cp & 63);
      }
    }
  }
  bool Changed(char32_t cp) const { return (bits_[cp >> 6] >> (cp & 63)) & 1; }

 private:
  uint64_t bits_[0x10000 / 64] = {};
};

const BmpChanges& Changes() {
  static const BmpChanges table;
  return table;
}

#if defined(__SSE2__)
// Skips, 16 bytes at a time, the characters from `pos` (a character
// boundary) that certainly pass through unchanged: ASCII, well-formed
// U+4E00..U+9FFF (lead E5..E9, or E4 then B8..BF) and the common CJK
// punctuation U+3001..U+3035 (E3 80 81..B5: 、。《》「」【】〔〕…), which NFKC
// keeps. (Accepting “ ” too cost more per block than it saved.) Returns the
// first character boundary where the scalar code must judge the character
// (another lead byte, a stray or missing continuation byte) or the last
// boundary before the final partial block. The loop has no data dependence
// between blocks, so it runs at the machine's throughput rather than its
// latency. (x86-64 only; elsewhere the scalar loop does the same work.)
inline size_t SkipPassThrough(const unsigned char* s, size_t pos, size_t n) {
  const size_t start = pos;
  const __m128i zero = _mm_setzero_si128();
  const auto at_least = [&](__m128i x, int lo) {  // x >= lo, unsigned, per byte
    return _mm_cmpeq_epi8(_mm_subs_epu8(_mm_set1_epi8(static_cast<char>(lo)), x), zero);
  };
  const auto at_most = [&](__m128i x, int hi) {
    return _mm_cmpeq_epi8(_mm_subs_epu8(x, _mm_set1_epi8(static_cast<char>(hi))), zero);
  };
  const auto equal = [&](__m128i x, int c) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c)));
  };
  // Of the previous block: the 3-byte leads we accept, E4 and E3 bytes, the
  // 80 after E3.
  __m128i prev_lead = zero;
  __m128i prev_e4 = zero;
  __m128i prev_e3 = zero;
  __m128i prev_e380 = zero;
  // Shifts a mask one or two bytes up, bringing in the previous block's top.
  const auto up1 = [](__m128i cur, __m128i prev) {
    return _mm_or_si128(_mm_slli_si128(cur, 1), _mm_srli_si128(prev, 15));
  };
  const auto up2 = [](__m128i cur, __m128i prev) {
    return _mm_or_si128(_mm_slli_si128(cur, 2), _mm_srli_si128(prev, 14));
  };
  unsigned mask = 0;
  for (; pos + 16 <= n; pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const __m128i e4 = equal(v, 0xE4);
    const __m128i e3 = equal(v, 0xE3);
    const __m128i lead3 = _mm_or_si128(_mm_and_si128(at_least(v, 0xE4), at_most(v, 0xE9)), e3);
    const __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xC0))),
                                        _mm_set1_epi8(static_cast<char>(0x80)));
    // Continuation bytes exactly where the accepted leads need them.
    const __m128i expected = _mm_or_si128(up1(lead3, prev_lead), up2(lead3, prev_lead));
    // E4 is accepted before B8..BF only; E3 before 80 then 81..B5 only.
    const __m128i after_e4 = up1(e4, prev_e4);
    const __m128i after_e3 = up1(e3, prev_e3);
    const __m128i e380 = _mm_and_si128(after_e3, equal(v, 0x80));
    const __m128i after_e380 = up1(e380, prev_e380);
    const __m128i bad_e4 = _mm_andnot_si128(at_least(v, 0xB8), after_e4);
    const __m128i bad_e3 = _mm_andnot_si128(equal(v, 0x80), after_e3);
    const __m128i bad_e380 =
        _mm_andnot_si128(_mm_and_si128(at_least(v, 0x81), at_most(v, 0xB5)), after_e380);
    const __m128i other_lead = _mm_andnot_si128(lead3, at_least(v, 0xC0));
    const __m128i stop = _mm_or_si128(_mm_or_si128(other_lead, _mm_xor_si128(cont, expected)),
                                      _mm_or_si128(bad_e4, _mm_or_si128(bad_e3, bad_e380)));
    mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
    if (mask != 0) break;
    prev_lead = lead3;
    prev_e4 = e4;
    prev_e3 = e3;
    prev_e380 = e380;
  }
  size_t j = mask != 0 ? pos + static_cast<size_t>(__builtin_ctz(mask)) : pos;
  // Back to the start of an accepted character that `j` is inside of.
  const auto is_lead3 = [&](size_t i) { return s[i] >= 0xE3 && s[i] <= 0xE9; };
  if (j > start && is_lead3(j - 1)) return j - 1;
  if (j > start + 1 && is_lead3(j - 2) && (s[j - 1] & 0xC0) == 0x80) return j - 2;
  return j;
}
#endif

constexpr size_t kSlack = 32;

// Normalises `in`. Returns false, with `out` and the map untouched, when the
// NFKC form equals `in`; otherwise fills `out` (cleared first) and the map.
template <typename Map>
bool Normalize(std::string_view in, std::string& out, Map& map) {
  const BmpChanges& changes = Changes();
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t pos = 0;
  size_t copy_from = 0;  // start of the pending run of unchanged bytes
  bool changed = false;
  size_t o = 0;  // bytes of `out` written
  std::string replacement;
  char ascii[1];

  while (pos < n) {
#if defined(__SSE2__)
    pos = SkipPassThrough(s, pos, n);
    if (pos >= n) break;
#endif
    // Each branch either passes the character at `pos` through (advance,
    // continue) or sets what it becomes and its length, for the code below.
    std::string_view bytes;
    size_t len = 0;
    const unsigned char b0 = s[pos];
    if (b0 < 0x80) {  // ASCII, eight bytes at a time where possible
      ++pos;
      uint64_t word;
      while (pos + 8 <= n) {
        std::memcpy(&word, s + pos, 8);
        if ((word & 0x8080808080808080ull) != 0) break;
        pos += 8;
      }
      continue;
    }
    if ((b0 & 0xF0) == 0xE0 && pos + 2 < n && IsTrail(s[pos + 1]) && IsTrail(s[pos + 2])) {
      const unsigned char b1 = s[pos + 1];
      const unsigned char b2 = s[pos + 2];
      // U+4E00..U+9FFF = E4 B8 80 .. E9 BF BF: no table lookup.
      if ((b0 >= 0xE5 && b0 <= 0xE9) || (b0 == 0xE4 && b1 >= 0xB8)) {
        pos += 3;
        continue;
      }
      const char32_t cp = (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | (b2 & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {           // full-width forms → ASCII (checked first:
        ascii[0] = static_cast<char>(cp - 0xFEE0);  // the most common stop in Chinese text)
        bytes = std::string_view(ascii, 1);
        len = 3;
      } else if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
        bytes = "\xEF\xBF\xBD";  // overlong or surrogate: the lead byte is invalid
        len = 1;
      } else if (!changes.Changed(cp)) {
        pos += 3;
        continue;
      } else if (cp == 0x3000) {  // ideographic space
        bytes = " ";
        len = 3;
      } else if (NormalizeOne(cp, replacement)) {
        bytes = replacement;
        len = 3;
      } else {
        pos += 3;
        continue;
      }
    } else {
      size_t next = pos;
      const char32_t cp = utf8::NextMultiByte(in, next);
      if (next == pos + 1) {  // invalid or truncated: a valid sequence has 2+ bytes
        bytes = "\xEF\xBF\xBD";
        len = 1;
      } else if ((cp < 0x10000 && !changes.Changed(cp)) || !NormalizeOne(cp, replacement)) {
        pos = next;
        continue;
      } else {
        bytes = replacement;
        len = next - pos;
      }
    }
    // The character at `pos` becomes `bytes`: end the pending run before it.
    // `out` is written through `o` with kSlack bytes to spare, so short runs
    // are copied by one fixed-size (inlined) copy.
    const size_t run = pos - copy_from;
    if (!changed) {
      changed = true;
      out.resize(n + n / 8 + kSlack);
      map.Reserve(n + n / 8);
    }
    if (o + run + bytes.size() + kSlack > out.size())
      out.resize(2 * (o + run + bytes.size()) + kSlack);
    if (run <= kSlack && copy_from + kSlack <= n) {
      std::memcpy(out.data() + o, in.data() + copy_from, kSlack);
    } else {
      std::memcpy(out.data() + o, in.data() + copy_from, run);
    }
    map.Copied(o, copy_from, run);
    o += run;
    map.Replaced(o, bytes.size(), pos);
    if (bytes.size() == 1) {
      out[o] = bytes[0];  // the full-width forms: no call
    } else {
      std::memcpy(out.data() + o, bytes.data(), bytes.size());
    }
    o += bytes.size();
    pos += len;
    copy_from = pos;
  }
  if (!changed) return false;
  const size_t run = n - copy_from;
  if (o + run > out.size()) out.resize(o + run);
  std::memcpy(out.data() + o, in.data() + copy_from, run);
  map.Copied(o, copy_from, run);
  out.resize(o + run);
  map.Finish(n);
  return true;
}

}  // namespace

NormalizedText NormalizeNfkc(std::string_view original) {
  NormalizedText result;
  DenseMap map{result.origin};
  if (!Normalize(original, result.text, map)) result.text.assign(original);
  return result;
}

void NormalizeNfkcRuns(std::string_view original, NormalizedRuns& into) {
  into.original_size = original.size();
  into.pieces.clear();
  RunMap map{into.pieces};
  into.identity = !Normalize(original, into.text, map);
  if (into.identity) into.text.clear();
}

NormalizedRuns NormalizeNfkcRuns(std::string_view original) {
  NormalizedRuns result;
  NormalizeNfkcRuns(original, result);
  return result;
}

namespace {
// Index of the piece containing text[i] (i < text.size()).
size_t PieceAt(const std::vector<NormalizedRuns::Piece>& pieces, size_t i) {
  const auto it = std::upper_bound(
      pieces.begin(), pieces.end(), i,
      [](size_t value, const NormalizedRuns::Piece& p) { return value < p.text_begin; });
  return static_cast<size_t>(it - pieces.begin()) - 1;
}
}  // namespace

size_t NormalizedRuns::OriginOf(size_t i) const {
  if (identity) return i;
  if (i >= text.size()) return original_size;
  const Piece& p = pieces[PieceAt(pieces, i)];
  return p.copied ? p.original_begin + (i - p.text_begin) : p.original_begin;
}

size_t NormalizedRuns::OriginalEndOf(size_t end) const {
  if (identity || end == 0) return end;
  if (end > text.size()) return original_size;
  const size_t k = PieceAt(pieces, end - 1);
  const Piece& p = pieces[k];
  if (p.copied) return p.original_begin + (end - p.text_begin);
  return k + 1 < pieces.size() ? pieces[k + 1].original_begin : original_size;
}

}  // namespace gongkai::search
