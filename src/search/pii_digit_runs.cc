#include "search/pii_digit_runs.h"

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gongkai::search::pii {
namespace {

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Scans s[p, n) byte by byte until `stop` is passed and no run is open,
// adding the long runs; returns where it stopped (never inside a run).
size_t ScanRuns(const unsigned char* s, size_t n, size_t p, size_t stop,
                std::vector<DigitRun>& runs) {
  while (p < stop && p < n) {
    if (!IsDigit(s[p])) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < n && IsDigit(s[q])) ++q;
    if (q - p >= kMinDigitRun) runs.push_back({p, q});
    p = q;
  }
  return p;
}

#if defined(__SSE2__)
// Bit i set when s[i] is an ASCII digit, for the 16 bytes at s.
inline unsigned DigitMask(const unsigned char* s) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const __m128i offset = _mm_sub_epi8(v, _mm_set1_epi8('0'));
  const __m128i digit =
      _mm_cmpeq_epi8(_mm_subs_epu8(offset, _mm_set1_epi8(9)), _mm_setzero_si128());
  return static_cast<unsigned>(_mm_movemask_epi8(digit));
}

// True when the mask has 11 consecutive set bits.
inline bool HasElevenOnes(uint64_t m) {
  const uint64_t two = m & (m >> 1);
  const uint64_t four = two & (two >> 2);
  const uint64_t eight = four & (four >> 4);
  return (eight & (two >> 8) & (m >> 10)) != 0;
}
#endif

}  // namespace

std::vector<DigitRun> LongDigitRuns(std::string_view text) {
  static_assert(kMinDigitRun == 11, "HasElevenOnes is written for 11");
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::vector<DigitRun> runs;
  size_t i = 0;
  size_t carry = 0;  // digits just before s[i]
#if defined(__SSE2__)
  // 64 bytes at a time; a run reaching across blocks is seen through `carry`.
  while (i + 64 <= n) {
    const uint64_t m = uint64_t{DigitMask(s + i)} | (uint64_t{DigitMask(s + i + 16)} << 16) |
                       (uint64_t{DigitMask(s + i + 32)} << 32) |
                       (uint64_t{DigitMask(s + i + 48)} << 48);
    const auto leading = static_cast<size_t>(m == ~uint64_t{0} ? 64 : __builtin_ctzll(~m));
    if (carry + leading >= kMinDigitRun || HasElevenOnes(m)) {
      i = ScanRuns(s, n, i - carry, i + 64, runs);  // rare: judge exactly
      carry = 0;
      continue;
    }
    carry = static_cast<size_t>(__builtin_clzll(~m));  // digits running into the next block
    i += 64;
  }
  while (i + 16 <= n) {
    const unsigned m = DigitMask(s + i);
    const auto leading = static_cast<size_t>(__builtin_ctz(~m | 0x10000u));  // digits at the start
    if (carry + leading >= kMinDigitRun || HasElevenOnes(m)) {
      i = ScanRuns(s, n, i - carry, i + 16, runs);  // rare: judge exactly
      carry = 0;
      continue;
    }
    if (m == 0xFFFFu) {
      carry += 16;
    } else {
      // Set bits at the top of the mask: digits running into the next block.
      carry = static_cast<size_t>(__builtin_clz(~(m << 16)));
    }
    i += 16;
  }
#endif
  ScanRuns(s, n, i - carry, n, runs);
  return runs;
}

}  // namespace gongkai::search::pii
