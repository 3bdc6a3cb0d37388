#include "storage/postgres/postgres_roles.h"

#include <pqxx/pqxx>

namespace gongkai::storage {
namespace {

bool PlainIdentifier(const std::string& s) {
  if (s.empty() || s.size() > 63 || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z'))) return false;
  for (char c : s) {
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

Status GrantPostgresAppRole(const std::string& conninfo, const std::string& role) {
  if (!PlainIdentifier(role)) {
    return Status::InvalidInput("角色名“" + role + "”无效：应由小写字母、数字和下划线组成，以字母或下划线开头");
  }
  try {
    pqxx::connection c(conninfo);
    pqxx::work tx(c);
    const std::string schema = tx.quote_name(tx.exec1("SELECT current_schema()")[0].as<std::string>());
    const std::string r = tx.quote_name(role);
    tx.exec("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + tx.quote(role) +
            ") THEN CREATE ROLE " + r + " NOLOGIN; END IF; END $$");
    tx.exec("GRANT USAGE ON SCHEMA " + schema + " TO " + r);
    tx.exec("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + r);
    tx.exec("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA " + schema + " TO " + r);
    tx.exec("REVOKE INSERT, UPDATE ON schema_migrations FROM " + r);
    tx.exec("REVOKE UPDATE ON application_events, report_lock_log FROM " + r);
    tx.exec("GRANT DELETE ON application_year_counts TO " + r);
    // Publications: a draft's attachments are rewritten and the search index
    // rows replaced; the review and statistics logs are append-only.
    tx.exec("GRANT DELETE ON publication_attachments, publication_search TO " + r);
    tx.exec("REVOKE UPDATE ON publication_log, agency_stats_log, message_events, message_contacts FROM " + r);
    // The public forms' tokens and rate-limit hits are pruned when old; the
    // application requests are written once.
    tx.exec("GRANT DELETE ON web_form_tokens, web_rate_hits TO " + r);
    tx.exec("REVOKE UPDATE ON application_requests FROM " + r);
    // A published report is a snapshot: written once, never changed.
    tx.exec("REVOKE UPDATE ON published_reports FROM " + r);
    tx.exec("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + r);
    tx.commit();
  } catch (const std::exception& e) {
    std::string m = e.what();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return Status::IoError("设置 PostgreSQL 角色“" + role + "”失败：" + m);
  }
  return Status::Ok();
}

}  // namespace gongkai::storage
