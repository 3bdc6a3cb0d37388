#include "service/portal_letter.h"

namespace gongkai::service {

Result<LetterOutcome> SubmitPortalLetter(Database& db, MessageService& mail, FormGuard& guard,
                                         const PortalLetter& in, const Moment& now,
                                         int64_t unix_now) {
  LetterOutcome out;
  domain::LetterCheck check = domain::CheckLetter(in.form);
  if (check.letter.agency_id != 0) {
    Result<domain::Agency> agency = db.agencies().Get(check.letter.agency_id);
    if (agency.ok()) {
      out.mailbox = agency->name;
    } else if (agency.status().code() == StatusCode::kNotFound) {
      check.errors.insert(check.errors.begin(), {"agency", "写信对象不存在，请从列表中选择"});
    } else {
      return agency.status();
    }
  }
  if (!check.ok()) {
    out.errors = std::move(check.errors);
    return out;
  }
  const domain::CheckedLetter& l = check.letter;
  Status st = db.Transaction([&]() -> Status {
    Result<GuardVerdict> verdict = guard.Admit("mail", in.token, in.visitor, in.client, unix_now);
    if (!verdict.ok()) return verdict.status();
    if (*verdict != GuardVerdict::kOk) {
      out.guard = *verdict;
      return Status::Conflict(GuardMessage(*verdict));  // nothing of the attempt stays
    }
    NewMessage m;
    m.agency_id = l.agency_id;
    m.category = l.category;
    m.title = l.title;
    m.body = l.body;
    m.contact = l.contact;
    m.consent = l.consent;
    Result<SubmittedMessage> sent = mail.Submit(m, kPortalWriter, now);
    if (!sent.ok()) return sent.status();
    out.message_id = sent->id;
    out.query_code = sent->query_code;
    out.reply_due_on = sent->deadlines.reply_due_on;
    return Status::Ok();
  });
  if (out.guard != GuardVerdict::kOk) {
    out.message_id = 0;
    out.query_code.clear();
    return out;
  }
  if (!st.ok()) return st;
  return out;
}

}  // namespace gongkai::service
