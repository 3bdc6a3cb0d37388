// The published annual reports over SqlConnection (SQLite and PostgreSQL
// alike). Internal to storage/.
#pragma once

#include "service/published_report_store.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

class SqlPublishedReportStore final : public service::PublishedReportStore {
 public:
  explicit SqlPublishedReportStore(SqlConnection& c) : c_(c) {}
  Result<int> Add(const service::PublishedReport& r) override;
  Result<service::PublishedReport> Latest(int64_t agency_id, int year) override;
  Result<std::vector<service::PublishedReport>> ListLatest() override;

 private:
  SqlConnection& c_;
};

}  // namespace gongkai::storage::sql
