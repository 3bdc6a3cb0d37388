// What the public reads of the leader's mailbox: the exchanges published
// with the writer's consent, masked (MessageService::Publish) — never the
// writer's name or phone, never an unpublished letter. Reads only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/message.h"
#include "service/database.h"

namespace gongkai::service {

struct PublicLetter {
  int64_t id = 0;
  domain::MessageCategory category = domain::MessageCategory::kConsultation;
  std::string mailbox;   // the agency written to
  std::string handler;   // 受理单位 (the one that replied)
  CivilDate received_on;
  std::optional<CivilDate> replied_on;
  domain::PublishedExchange exchange;  // masked title, body, reply
  std::string extension_reason;        // published with the exchange when extended
};

struct PublicLetterPage {
  std::vector<PublicLetter> letters;  // newest published first
  int64_t total = 0;
  int pages = 0;
};

inline constexpr int kLettersPerPage = 20;

Result<PublicLetterPage> ListPublicLetters(Database& db, int page);
// kNotFound for an unknown or unpublished message.
Result<PublicLetter> GetPublicLetter(Database& db, int64_t id);

}  // namespace gongkai::service
