// Port: the personal-information and sensitive-word screen that runs over a
// publication's body and the text of every attachment before it is submitted
// and again before it is published (portal-and-catalogue.md §6). Adapter:
// search/pii_screen (one vectorscan database for all patterns, after NFKC).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::service {

enum class ScreenHitKind {
  kResidentId,     // 18-digit 居民身份证号码, GB 11643 checksum and birth date valid
  kMobile,         // 手机号码 (工信部 网号 table)
  kBankCard,       // 银行卡号, 16–19 digits passing Luhn
  kEmail,          // 电子邮箱
  kSensitiveWord,  // a word of the configurable list (data/sensitive-words.txt)
};

// zh-CN name of the kind, as shown in hit lists: 身份证号码, 手机号码 …
const char* ScreenHitKindName(ScreenHitKind kind);

struct ScreenHit {
  ScreenHitKind kind = ScreenHitKind::kResidentId;
  // Byte range of the hit in the text that was scanned (the original text,
  // not its NFKC form), so a caller can mask it in place.
  size_t begin = 0;
  size_t end = 0;
  int line = 1;         // 1-based line of `begin` in the scanned text
  std::string masked;   // the hit masked, e.g. 6531**********1537 (sensitive words: shown as is)
  std::string context;  // up to ~20 characters either side, the hit itself masked
};

class TextScreen {
 public:
  virtual ~TextScreen() = default;
  // Every hit in `text` (UTF-8; invalid bytes are skipped, never fatal), in
  // order of position. Thread-safe: one screen may serve many threads.
  virtual std::vector<ScreenHit> Scan(std::string_view text) const = 0;
};

}  // namespace gongkai::service
