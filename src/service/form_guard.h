// The public forms' abuse guard, without a CAPTCHA and without state in the
// process: every form carries a one-use token issued to the visitor's
// browser (its cookie), which must come back from the same browser, not
// sooner than a person can fill the form and not after it has expired; and
// each client may send only so many forms in a window. Tokens and hits live
// in the database (FormGuardStore), so several instances share them. The
// token bound to the cookie is also the forms' CSRF token: another site can
// neither read it nor send the cookie with a cross-site POST (SameSite).
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "service/database.h"

namespace gongkai::service {

struct RateLimit {
  int count = 0;    // at most this many …
  int seconds = 0;  // … in this many seconds (0: no limit)
};

// [I] The spec sets no figures; settings.json "forms" (docs/settings.md)
// with these defaults.
struct FormGuardSettings {
  int min_fill_seconds = 3;    // sent back sooner: not filled by a person
  int max_age_seconds = 7200;  // a form shown two hours ago has expired
  RateLimit apply{5, 3600};    // online applications per client
  RateLimit mail{5, 3600};     // mailbox letters per client
  RateLimit track{20, 600};    // look-ups by query code and phone per client
};

enum class GuardVerdict {
  kOk,
  kUnknown,       // no such token (or for another form)
  kWrongVisitor,  // issued to another browser: a cross-site request
  kTooFast,
  kExpired,
  kUsed,          // sent twice
  kTooMany,       // over the rate limit
};

// The visitor's message (zh-CN) for a refused form.
const char* GuardMessage(GuardVerdict v);

class FormGuard {
 public:
  FormGuard(Database& db, FormGuardSettings settings) : db_(db), settings_(settings) {}

  // Stores `token` (random, from the caller) for a form of `purpose` shown
  // to `visitor` at `now`, and forgets tokens and hits too old to matter.
  Status Issue(const std::string& purpose, const std::string& token, const std::string& visitor,
               int64_t now);
  // Checks `token` and marks it used. Call inside the use case's
  // transaction: when the use case is refused later, the token stays unused.
  Result<GuardVerdict> Redeem(const std::string& purpose, const std::string& token,
                              const std::string& visitor, int64_t now);
  // Counts one hit of `client` on `purpose`'s limit, or refuses (kTooMany)
  // when the limit is reached. Inside the use case's transaction the hit
  // goes with it; on its own it is kept even when what follows fails (used
  // for look-ups, whose failures are what the limit is for).
  Result<GuardVerdict> Hit(const std::string& purpose, const std::string& client, int64_t now);

  // Redeem, then Hit: what a form's use case checks inside its transaction.
  Result<GuardVerdict> Admit(const std::string& purpose, const std::string& token,
                             const std::string& visitor, const std::string& client, int64_t now);

  const FormGuardSettings& settings() const { return settings_; }

 private:
  RateLimit LimitOf(const std::string& purpose) const;

  Database& db_;
  FormGuardSettings settings_;
};

}  // namespace gongkai::service
