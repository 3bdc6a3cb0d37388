// Port: what keeps the public forms honest without a CAPTCHA and without
// state in the process (DESIGN.md "The web layer"): the one-use form tokens
// issued to a visitor's browser and the per-client hit counts of the rate
// limit. In the database, so every `gongkai serve` instance sees the same.
// Times are Unix seconds (UTC).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"

namespace gongkai::service {

struct FormToken {
  std::string token;    // random, sent in the form
  std::string purpose;  // which form: "apply", "mail", "track" …
  std::string visitor;  // the visitor cookie it was issued to
  int64_t issued_at = 0;
  std::optional<int64_t> used_at;
};

class FormGuardStore {
 public:
  virtual ~FormGuardStore() = default;
  virtual Status AddToken(const FormToken& token) = 0;
  virtual Result<std::optional<FormToken>> GetToken(const std::string& token) = 0;
  // Marks an unused token used; kConflict when it was used already (also by
  // a concurrent request: the database decides).
  virtual Status UseToken(const std::string& token, int64_t at) = 0;
  virtual Status AddHit(const std::string& bucket, int64_t at) = 0;
  // Hits of `bucket` at or after `since`.
  virtual Result<int64_t> CountHits(const std::string& bucket, int64_t since) = 0;
  // Forgets tokens issued before `tokens_before` and hits before
  // `hits_before` (neither is a record: nothing of a case is lost).
  virtual Status Prune(int64_t tokens_before, int64_t hits_before) = 0;
};

}  // namespace gongkai::service
