// The online application (条例第二十九条) as the portal receives it: the form
// is checked field by field (domain/online_application_form.h), the agency
// must exist, the form's token and the client's rate limit are checked
// (service/form_guard.h), the 身份证明 goes to the file store, and the
// applicant, the application (channel 互联网, 收到申请之日 still open: the
// office confirms receipt, 第三十一条第三项) and its request details are
// written in ONE transaction — or nothing is.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/online_application_form.h"
#include "service/case_service.h"
#include "service/database.h"
#include "service/file_store.h"
#include "service/form_guard.h"
#include "service/moment.h"

namespace gongkai::service {

struct OnlineSubmission {
  domain::OnlineApplicationForm form;
  std::string token;    // the form's token
  std::string visitor;  // the visitor cookie
  std::string client;   // the client's address (the rate limit's key)
};

struct OnlineOutcome {
  // Refused: the fields' problems, or the guard's verdict (not kOk).
  std::vector<domain::FieldError> errors;
  GuardVerdict guard = GuardVerdict::kOk;
  // Accepted:
  int64_t application_id = 0;
  std::string query_code;
  std::string agency_name;
  CivilDate submitted_on;
  bool accepted() const { return application_id != 0; }
};

// The actor the log records for what the applicant did on the portal.
inline const Actor kPortalApplicant{"申请人（网上提交）"};

class OnlineApplications {
 public:
  OnlineApplications(Database& db, CaseService& cases, FileStore& files, FormGuard& guard,
                     domain::FormLimits limits = {})
      : db_(db), cases_(cases), files_(files), guard_(guard), limits_(limits) {}

  // `now` is when it arrives (its date: 提交日期); `unix_now` the same instant
  // for the guard.
  Result<OnlineOutcome> Submit(const OnlineSubmission& in, const Moment& now, int64_t unix_now);

 private:
  Database& db_;
  CaseService& cases_;
  FileStore& files_;
  FormGuard& guard_;
  domain::FormLimits limits_;
};

}  // namespace gongkai::service
