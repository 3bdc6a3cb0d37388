#include "service/form_guard.h"

#include <algorithm>

namespace gongkai::service {

const char* GuardMessage(GuardVerdict v) {
  switch (v) {
    case GuardVerdict::kOk: return "";
    case GuardVerdict::kUnknown:
    case GuardVerdict::kWrongVisitor:
      return "表单校验未通过（可能是浏览器禁用了 Cookie，或表单来自其他网站）。请刷新页面后重新提交。";
    case GuardVerdict::kTooFast: return "提交过快，请核对所填内容后再提交。";
    case GuardVerdict::kExpired: return "表单已过期（打开超过两小时），请核对内容后重新提交。";
    case GuardVerdict::kUsed: return "该表单已经提交过，请勿重复提交。";
    case GuardVerdict::kTooMany: return "提交过于频繁，请稍后再试。";
  }
  return "";
}

RateLimit FormGuard::LimitOf(const std::string& purpose) const {
  if (purpose == "apply") return settings_.apply;
  if (purpose == "mail") return settings_.mail;
  if (purpose == "track") return settings_.track;
  return {};
}

Status FormGuard::Issue(const std::string& purpose, const std::string& token,
                        const std::string& visitor, int64_t now) {
  return db_.Transaction([&]() -> Status {
    const int longest = std::max({settings_.apply.seconds, settings_.mail.seconds,
                                  settings_.track.seconds});
    Status st = db_.guards().Prune(now - 2 * static_cast<int64_t>(settings_.max_age_seconds),
                                   now - longest);
    if (!st.ok()) return st;
    FormToken t;
    t.token = token;
    t.purpose = purpose;
    t.visitor = visitor;
    t.issued_at = now;
    return db_.guards().AddToken(t);
  });
}

Result<GuardVerdict> FormGuard::Redeem(const std::string& purpose, const std::string& token,
                                       const std::string& visitor, int64_t now) {
  if (token.empty()) return GuardVerdict::kUnknown;
  Result<std::optional<FormToken>> t = db_.guards().GetToken(token);
  if (!t.ok()) return t.status();
  if (!t->has_value() || (*t)->purpose != purpose) return GuardVerdict::kUnknown;
  if ((*t)->visitor != visitor) return GuardVerdict::kWrongVisitor;
  if ((*t)->used_at) return GuardVerdict::kUsed;
  if (now - (*t)->issued_at < settings_.min_fill_seconds) return GuardVerdict::kTooFast;
  if (now - (*t)->issued_at > settings_.max_age_seconds) return GuardVerdict::kExpired;
  Status st = db_.guards().UseToken(token, now);
  if (st.code() == StatusCode::kConflict) return GuardVerdict::kUsed;  // a concurrent twin
  if (!st.ok()) return st;
  return GuardVerdict::kOk;
}

Result<GuardVerdict> FormGuard::Hit(const std::string& purpose, const std::string& client,
                                    int64_t now) {
  const RateLimit limit = LimitOf(purpose);
  if (limit.seconds <= 0 || limit.count <= 0) return GuardVerdict::kOk;
  const std::string bucket = purpose + ":" + client;
  GuardVerdict verdict = GuardVerdict::kOk;
  Status st = db_.Transaction([&]() -> Status {
    Result<int64_t> n = db_.guards().CountHits(bucket, now - limit.seconds + 1);
    if (!n.ok()) return n.status();
    if (*n >= limit.count) {
      verdict = GuardVerdict::kTooMany;
      return Status::Ok();
    }
    return db_.guards().AddHit(bucket, now);
  });
  if (!st.ok()) return st;
  return verdict;
}

Result<GuardVerdict> FormGuard::Admit(const std::string& purpose, const std::string& token,
                                      const std::string& visitor, const std::string& client,
                                      int64_t now) {
  Result<GuardVerdict> verdict = Redeem(purpose, token, visitor, now);
  if (!verdict.ok() || *verdict != GuardVerdict::kOk) return verdict;
  return Hit(purpose, client, now);
}

}  // namespace gongkai::service
