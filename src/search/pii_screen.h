// The personal-information and sensitive-word screen (portal-and-catalogue.md
// §6), the adapter of service::TextScreen: one vectorscan database holds the
// candidate patterns for grouped numbers (138-1234-5678, 6222 0202 …) and
// e-mail addresses plus every sensitive word as a literal
// (search/pii_patterns); unbroken digit runs — most resident IDs, mobile
// numbers and cards — are found by a SIMD pass beside it, because digit-class
// expressions made the vectorscan scan three times slower
// (search/pii_digit_runs has the measurement).
//
// Scan() normalises the text to NFKC (search/normalized_text: full-width
// １３８… and Ｘ match like ASCII), runs the database and the digit-run pass
// over the NFKC form, verifies each candidate in code (search/pii_candidates:
// digit boundaries, GB 11643 checksum, birth date and province, Luhn, 网号),
// drops overlapping duplicates (keeping the longest) and maps every hit back
// to the ORIGINAL text's bytes, with its line, its mask and its context.
//
// Thread safety: the compiled database is immutable after Create(); each
// thread scans with its own vectorscan scratch (one per thread, grown to fit
// any screen it meets), so one screen may serve any number of threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/personal_info.h"
#include "search/sensitive_words.h"  // LoadSensitiveWords, for callers building a screen
#include "service/text_screen.h"

namespace gongkai::search {

// The mask of each kind, a setting ([I], see domain::MaskStyle).
struct PiiMasks {
  domain::MaskStyle resident_id = domain::kResidentIdMask;  // 110105********002X
  domain::MaskStyle mobile = domain::kMobileMask;           // 138****5678
  domain::MaskStyle bank_card = domain::kBankCardMask;      // ************1234
  domain::MaskStyle email = domain::kEmailMask;             // z***@example.com
};

class PiiScreen final : public service::TextScreen {
 public:
  // Compiles the database. Words are matched after NFKC, case-insensitively
  // for ASCII letters; blank words and repeats are ignored. Fails (zh-CN)
  // when this CPU cannot run vectorscan (it needs SSE4.2 on amd64) or a word
  // cannot be compiled.
  static Result<std::unique_ptr<PiiScreen>> Create(std::vector<std::string> sensitive_words,
                                                   PiiMasks masks = {});
  ~PiiScreen() override;
  PiiScreen(const PiiScreen&) = delete;
  PiiScreen& operator=(const PiiScreen&) = delete;

  // See service::TextScreen. Text is scanned in pieces of about 256 KiB that
  // end at a line break (no pattern spans one, so this is exact); a single
  // line longer than 64 MiB is cut there, and a hit straddling that cut may
  // be missed or misjudged. Should
  // vectorscan fail at run time (out of memory), the result is one
  // kSensitiveWord hit over the whole text saying the screen failed: the
  // gate fails closed rather than passing unscreened text.
  std::vector<service::ScreenHit> Scan(std::string_view text) const override;

  // Number of distinct sensitive words in the database.
  size_t word_count() const;

 private:
  struct Impl;
  explicit PiiScreen(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::search
