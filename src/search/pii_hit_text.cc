#include "search/pii_hit_text.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"

namespace gongkai::search::pii {
namespace {

// ASCII, U+3000 and the full-width forms U+FF01–U+FF5E only.
bool AsciiOrFullWidth(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, pos);
    if (cp >= 0x80 && cp != 0x3000 && !(cp >= 0xFF01 && cp <= 0xFF5E)) return false;
  }
  return true;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Start of the character `n` characters before `pos` (a character being a
// lead byte with up to three continuation bytes, or one stray byte).
size_t StepBack(std::string_view text, size_t pos, int n) {
  while (n-- > 0 && pos > 0) {
    size_t p = pos - 1;
    int trail = 0;
    while (p > 0 && IsContinuation(text[p]) && trail < 3) {
      --p;
      ++trail;
    }
    // Only a lead byte whose sequence reaches `pos` owns the continuation
    // bytes; otherwise step over one stray byte.
    size_t probe = p;
    utf8::Next(text, probe);
    pos = probe == pos ? p : pos - 1;
  }
  return pos;
}

size_t StepForward(std::string_view text, size_t pos, int n) {
  while (n-- > 0 && pos < text.size()) utf8::Next(text, pos);
  return pos;
}

void AppendShown(std::string& out, std::string_view piece) {
  const std::string clean = utf8::Sanitize(piece);
  for (char c : clean) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

}  // namespace

size_t CountNewlines(std::string_view text) {
  size_t count = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // Byte counters (0 - (-1) per match) summed by psadbw every 255 blocks,
  // before they can wrap; no popcount instruction needed (baseline x86-64).
  const __m128i newline = _mm_set1_epi8('\n');
  while (i + 16 <= text.size()) {
    __m128i counters = _mm_setzero_si128();
    for (int k = 0; k < 255 && i + 16 <= text.size(); ++k, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(v, newline));
    }
    const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
    count += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  }
#endif
  return count + static_cast<size_t>(
                     std::count(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(), '\n'));
}

std::string MaskHit(service::ScreenHitKind kind, std::string_view original,
                    std::string_view normalized, domain::MaskStyle style) {
  // An e-mail is masked around its '@', so only an all-ASCII original is
  // masked as written (a full-width ＠ is not seen by the domain mask).
  const bool as_written =
      kind == service::ScreenHitKind::kEmail ? IsAscii(original) : AsciiOrFullWidth(original);
  const std::string_view text = as_written ? original : normalized;
  switch (kind) {
    case service::ScreenHitKind::kResidentId:
      return domain::MaskResidentId(text, style);
    case service::ScreenHitKind::kMobile:
      return domain::MaskMobile(text, style);
    case service::ScreenHitKind::kBankCard:
      return domain::MaskBankCard(text, style);
    case service::ScreenHitKind::kEmail:
      return domain::MaskEmail(text, style);
    case service::ScreenHitKind::kSensitiveWord:
      return utf8::Sanitize(original);
  }
  return std::string(normalized);
}

std::string HitContextMasked(std::string_view text, const std::vector<service::ScreenHit>& hits,
                             size_t i, int chars) {
  const service::ScreenHit& hit = hits[i];
  size_t from = StepBack(text, hit.begin, chars);
  size_t to = StepForward(text, hit.end, chars);
  size_t first = i, last = i;
  while (first > 0 && hits[first - 1].end > from) {
    --first;
    from = std::min(from, hits[first].begin);
  }
  while (last + 1 < hits.size() && hits[last + 1].begin < to) {
    ++last;
    to = std::max(to, hits[last].end);
  }
  std::string out;
  size_t at = from;
  for (size_t j = first; j <= last; ++j) {
    AppendShown(out, text.substr(at, hits[j].begin - at));
    AppendShown(out, hits[j].masked);
    at = hits[j].end;
  }
  AppendShown(out, text.substr(at, to - at));
  return out;
}

}  // namespace gongkai::search::pii
