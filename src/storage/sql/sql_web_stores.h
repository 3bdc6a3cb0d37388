// The public forms' guard and the application requests over SqlConnection
// (SQLite and PostgreSQL alike). Internal to storage/.
#pragma once

#include "service/application_request_store.h"
#include "service/form_guard_store.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

class SqlFormGuardStore final : public service::FormGuardStore {
 public:
  explicit SqlFormGuardStore(SqlConnection& c) : c_(c) {}
  Status AddToken(const service::FormToken& token) override;
  Result<std::optional<service::FormToken>> GetToken(const std::string& token) override;
  Status UseToken(const std::string& token, int64_t at) override;
  Status AddHit(const std::string& bucket, int64_t at) override;
  Result<int64_t> CountHits(const std::string& bucket, int64_t since) override;
  Status Prune(int64_t tokens_before, int64_t hits_before) override;

 private:
  SqlConnection& c_;
};

class SqlApplicationRequestStore final : public service::ApplicationRequestStore {
 public:
  explicit SqlApplicationRequestStore(SqlConnection& c) : c_(c) {}
  Status Add(int64_t application_id, const domain::ApplicationRequest& request) override;
  Result<std::optional<domain::ApplicationRequest>> Get(int64_t application_id) override;

 private:
  SqlConnection& c_;
};

}  // namespace gongkai::storage::sql
