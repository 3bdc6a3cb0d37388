// NFKC normalisation with a map back to the original bytes, for matching
// (tokenizing, screening) text whose hits must be reported and masked in the
// original. The NFKC form is for matching only, never for display: NFKC also
// turns `，` into `,` (LIBRARIES.md, "PII and sensitive-word scanning").
//
// Normalisation is code point by code point: each code point of the original
// is replaced by the NFKC form of that code point alone, so every byte of the
// result comes from exactly one original character and the map is exact. (A
// base letter and a following combining mark are therefore not composed;
// nothing gongkai matches depends on that.)
//
// Fast paths (no ICU call): ASCII and the CJK Unified Ideographs block
// U+4E00–U+9FFF pass through; the full-width forms U+FF01–U+FF5E map to
// ASCII arithmetically; U+3000 (ideographic space) becomes a space. Other BMP
// characters that NFKC leaves alone (、。“”《》…) pass through after one
// lookup in a bit table built once from ICU (8 KiB, thread-safe static
// initialisation, then read-only); only characters NFKC changes, and those
// outside the BMP, are normalised by ICU. Invalid UTF-8 bytes become
// U+FFFD, one per byte. Never throws, never fails; inputs are limited to
// 4 GiB (offsets are 32-bit, like vectorscan's scan length).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::search {

// `original` in NFKC form, with the map back to the original's bytes.
struct NormalizedText {
  std::string text;              // the NFKC form (valid UTF-8; invalid input bytes become U+FFFD)
  std::vector<uint32_t> origin;  // empty when text == original byte for byte; otherwise
                                 // text.size() + 1 entries: origin[i] = byte offset in the
                                 // original of the character that produced text[i];
                                 // origin.back() == original.size(). (Bytes of a
                                 // character copied unchanged map to themselves, so
                                 // at its first byte this is the character's offset.)
  size_t OriginOf(size_t i) const { return origin.empty() ? i : origin[i]; }
};
NormalizedText NormalizeNfkc(std::string_view original);

// The same normalisation with the map stored as pieces instead of one entry
// per byte (4 bytes of map per byte of text would dominate the cost of
// screening large documents). When the original needs no change, `identity`
// is true and `text` stays EMPTY: use the original itself (see Text()).
struct NormalizedRuns {
  // Piece k covers text[text_begin_k, text_begin_{k+1}) (the last piece ends
  // at text.size()). A copied piece is original bytes copied unchanged, so
  // text[i] comes from original[original_begin + (i - text_begin)]; a
  // replaced piece is the NFKC form of the one original character that
  // starts at original_begin.
  struct Piece {
    uint32_t text_begin = 0;
    uint32_t original_begin = 0;
    bool copied = true;
  };
  bool identity = true;
  std::string text;
  std::vector<Piece> pieces;  // empty when identity
  size_t original_size = 0;

  // The text to match: `original` itself when identity, else `text`.
  std::string_view Text(std::string_view original) const {
    return identity ? original : std::string_view(text);
  }
  // Byte offset in the original of the character that produced Text()[i];
  // i == Text().size() gives original_size. O(log pieces).
  size_t OriginOf(size_t i) const;
  // Byte offset in the original just past the character that produced
  // Text()[end - 1]: the original end of a match ending at `end` (> 0), also
  // when the match ends inside the expansion of one character (㍱ → hPa).
  size_t OriginalEndOf(size_t end) const;
};
NormalizedRuns NormalizeNfkcRuns(std::string_view original);
// The same into `into`, reusing its buffers (for scanning many pieces).
void NormalizeNfkcRuns(std::string_view original, NormalizedRuns& into);

}  // namespace gongkai::search
