// A letter to the leader's mailbox written on the portal: the form checked
// field by field (domain/letter_form.h), the mailbox agency must exist, the
// form's token and the client's rate limit checked (service/form_guard.h),
// and the message stored by MessageService::Submit — in ONE transaction, or
// nothing is.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "domain/letter_form.h"
#include "service/database.h"
#include "service/form_guard.h"
#include "service/message_service.h"
#include "service/moment.h"

namespace gongkai::service {

struct PortalLetter {
  domain::LetterForm form;
  std::string token, visitor, client;  // as for OnlineSubmission
};

struct LetterOutcome {
  std::vector<domain::FieldError> errors;
  GuardVerdict guard = GuardVerdict::kOk;
  int64_t message_id = 0;
  std::string query_code;
  std::string mailbox;  // the agency written to
  CivilDate reply_due_on;
  bool accepted() const { return message_id != 0; }
};

inline const Actor kPortalWriter{"写信人（网上提交）"};

Result<LetterOutcome> SubmitPortalLetter(Database& db, MessageService& mail, FormGuard& guard,
                                         const PortalLetter& in, const Moment& now,
                                         int64_t unix_now);

}  // namespace gongkai::service
