// HanSimplifier: the traditional → simplified mapping of the search text
// layer, one character at a time, built once from an OpenCC configuration
// (t2s.json by default) and then a plain table lookup (OpenCC is not called
// after Load).
//
// The rules:
//   - A character maps to what OpenCC makes of it alone (資 → 资), followed
//     to a fixed point (薴 → 苧 → 苎): Map(Map(c)) == Map(c), and every
//     target is unchanged by NFKC, so normalising twice changes nothing.
//   - A character OpenCC keeps alone, although its own entry lists a
//     simplified alternative to which its phrases change it (覆: 覆 复, in
//     答覆; 瞭 in 瞭解; 藉 in 藉口; also 衹 牴 彷), maps to that alternative
//     when all those phrases agree: 答覆 → 答复. So 覆盖 becomes 复盖 too, in
//     the documents and in the queries alike.
//   - No phrase context otherwise. OpenCC's phrase conversion is not
//     idempotent (乾清宮 → 乾清宫, but 乾清宫 → 干清宫), and a search key must
//     map a character the same way in the document and in the query.
//   - A character OpenCC turns into several characters, or into something
//     that is not Han, is left alone.
// With t2s.json about 4,100 code points change (Load takes about 8 ms).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace gongkai::search {

// The Han characters of the search text layer: CJK Unified Ideographs with
// extensions A–G, the compatibility ideographs, and 〇 (U+3007, as in
// 二〇二四年). utf8::IsCjk plus 〇, inline: the tokenizer asks for every
// character.
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == 0x3007 ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}
// One past the last code point IsHan accepts.
inline constexpr char32_t kHanLimit = 0x31350;

class HanSimplifier {
 public:
  // Loads the configuration and the dictionaries it names, catching
  // OpenCC's exceptions: a missing file is kNotFound, one OpenCC cannot use
  // kInvalidInput; the zh-CN message names the file.
  static Result<HanSimplifier> Load(const std::string& opencc_config);

  // The simplified form of `cp` (itself when the table leaves it alone).
  char32_t Map(char32_t cp) const {
    if (cp >= kHanLimit) return cp;
    const uint16_t page = page_index_[cp >> 8];
    return page == 0 ? cp : pages_[page - 1][cp & 0xFF];
  }
  // How many code points change.
  size_t size() const { return size_; }

 private:
  // `map` must be idempotent (no target is itself a key).
  explicit HanSimplifier(const std::map<char32_t, char32_t>& map);

  // Pages of 256 code points below kHanLimit, allocated only where some code
  // point changes. page_index_: 0 = identity, else 1 + index into pages_.
  std::vector<uint16_t> page_index_;
  std::vector<std::array<char32_t, 256>> pages_;
  size_t size_ = 0;
};

}  // namespace gongkai::search
