#include "service/online_application.h"

#include <optional>

namespace gongkai::service {

Result<OnlineOutcome> OnlineApplications::Submit(const OnlineSubmission& in, const Moment& now,
                                                 int64_t unix_now) {
  OnlineOutcome out;
  domain::FormCheck check = domain::CheckOnlineApplication(in.form, limits_);
  if (check.application.agency_id != 0) {
    Result<domain::Agency> agency = db_.agencies().Get(check.application.agency_id);
    if (agency.ok()) {
      out.agency_name = agency->name;
    } else if (agency.status().code() == StatusCode::kNotFound) {
      check.errors.insert(check.errors.begin(), {"agency", "受理机关不存在，请从列表中选择"});
    } else {
      return agency.status();
    }
  }
  if (!check.ok()) {
    out.errors = std::move(check.errors);
    return out;
  }
  const domain::CheckedApplication& a = check.application;
  Status st = db_.Transaction([&]() -> Status {
    Result<GuardVerdict> token = guard_.Admit("apply", in.token, in.visitor, in.client, unix_now);
    if (!token.ok()) return token.status();
    if (*token != GuardVerdict::kOk) {
      out.guard = *token;
      // Nothing of this attempt stays (the token stays unused).
      return Status::Conflict(GuardMessage(*token));
    }
    // The file store is not transactional: should what follows fail, the
    // stored proof is left unreferenced (never served, named by a random id).
    domain::ApplicationRequest request = a.request;
    Result<StoredFile> stored = files_.Put(in.form.proof_bytes);
    if (!stored.ok()) return stored.status();
    request.proof->file_id = stored->id;
    request.proof->sha256 = stored->sha256;
    NewCase c;
    c.agency_id = a.agency_id;
    c.applicant_kind = a.kind;
    c.contact = a.contact;
    c.channel = law::Channel::kOnline;
    c.subject = a.subject;
    c.submitted_on = now.date;
    Result<int64_t> id = cases_.Register(c, kPortalApplicant);
    if (!id.ok()) return id.status();
    if (Status s = db_.requests().Add(*id, request); !s.ok()) return s;
    Result<ApplicationRecord> record = db_.applications().Get(*id);
    if (!record.ok()) return record.status();
    out.application_id = *id;
    out.query_code = record->application.query_code;
    out.submitted_on = now.date;
    return Status::Ok();
  });
  if (out.guard != GuardVerdict::kOk) {
    out.application_id = 0;
    out.query_code.clear();
    return out;
  }
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::service
