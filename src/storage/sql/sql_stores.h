// The service store ports implemented once over SqlConnection, for SQLite
// and PostgreSQL alike. Internal to storage/; use storage/sql/sql_database.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/agency_store.h"
#include "service/appeal_store.h"
#include "service/applicant_store.h"
#include "service/application_store.h"
#include "service/report_lock_store.h"
#include "service/stats_store.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

class SqlAgencyStore final : public service::AgencyStore {
 public:
  explicit SqlAgencyStore(SqlConnection& c) : c_(c) {}
  Result<int64_t> Add(const domain::Agency& agency) override;
  Result<domain::Agency> Get(int64_t id) override;
  Result<std::vector<domain::Agency>> List() override;
  Result<std::vector<domain::Agency>> Children(int64_t id) override;
  Result<std::vector<int64_t>> Subtree(int64_t id) override;
  Status SetOrgCode(int64_t id, const std::string& org_code) override;

 private:
  SqlConnection& c_;
};

class SqlApplicantStore final : public service::ApplicantStore {
 public:
  explicit SqlApplicantStore(SqlConnection& c) : c_(c) {}
  Result<int64_t> Add(const domain::Applicant& applicant) override;
  Result<domain::Applicant> GetWithContact(int64_t id) override;
  Result<domain::ApplicantKind> Kind(int64_t id) override;

 private:
  SqlConnection& c_;
};

class SqlApplicationStore final : public service::ApplicationStore {
 public:
  explicit SqlApplicationStore(SqlConnection& c) : c_(c) {}
  Result<int64_t> Create(const domain::Application& application) override;
  Result<int64_t> AppendEvent(int64_t application_id, const domain::ApplicationEvent& event,
                              const service::ApplicationSummary& summary,
                              int64_t expected_seq) override;
  Result<service::ApplicationRecord> Get(int64_t id) override;
  Result<service::ApplicationRecord> GetForUpdate(int64_t id) override;
  Result<std::optional<domain::Application>> FindByExternalId(
      int64_t agency_id, const std::string& external_id) override;
  Result<std::vector<domain::Application>> List(const service::ApplicationFilter& filter) override;
  Result<std::vector<int64_t>> FindByQueryCode(const std::string& query_code) override;
  Result<std::vector<domain::Application>> SameApplicantReceived(int64_t agency_id,
                                                                 int64_t applicant_id,
                                                                 CivilDate from,
                                                                 CivilDate to) override;
  Result<service::Table3Grid> CountTable3(const std::vector<int64_t>& agency_ids,
                                          int year) override;
  Status RewriteSummary(int64_t application_id,
                        const service::ApplicationSummary& summary) override;
  Status RebuildDerivedCounts() override;

 private:
  Result<service::ApplicationRecord> Load(int64_t id, bool for_update);

  SqlConnection& c_;
};

class SqlAppealStore final : public service::AppealStore {
 public:
  explicit SqlAppealStore(SqlConnection& c) : c_(c) {}
  Result<int64_t> Add(const domain::Appeal& appeal) override;
  Status Decide(int64_t id, CivilDate decided_on, domain::AppealOutcome outcome,
                const std::string& decided_by) override;
  Result<domain::Appeal> Get(int64_t id) override;
  Result<std::vector<domain::Appeal>> List(const std::vector<int64_t>& agency_ids) override;
  Result<service::Table4Counts> CountTable4(const std::vector<int64_t>& agency_ids,
                                            int year) override;

 private:
  SqlConnection& c_;
};

class SqlReportLockStore final : public service::ReportLockStore {
 public:
  explicit SqlReportLockStore(SqlConnection& c) : c_(c) {}
  Status Lock(int64_t agency_id, int year, const service::LockAction& action) override;
  Status Unlock(int64_t agency_id, int year, const service::LockAction& action) override;
  Result<bool> IsLocked(int64_t agency_id, int year) override;
  Result<std::vector<int>> LockedYears(int64_t agency_id) override;
  Result<std::vector<service::LockLogEntry>> Log(int64_t agency_id) override;

 private:
  SqlConnection& c_;
};

class SqlStatsStore final : public service::StatsStore {
 public:
  explicit SqlStatsStore(SqlConnection& c) : c_(c) {}
  Status Set(const service::StatValue& v) override;
  Result<std::vector<service::StatValue>> Get(const std::vector<int64_t>& agency_ids,
                                              int year) override;
  Result<std::vector<service::StatValue>> History(int64_t agency_id) override;

 private:
  SqlConnection& c_;
};

// The years locked for `agency_id`, read inside the caller's transaction.
Result<std::vector<int>> LockedYearsIn(SqlTx& tx, int64_t agency_id);
// kNotFound naming `what` (e.g. "机构") when no row of `table` has this id.
Status RequireRow(SqlTx& tx, const char* table, int64_t id, const char* what);

}  // namespace gongkai::storage::sql
