// Use cases of the Table 2 yearly figures entered per agency: set one, or
// import a sheet of them — all rows or none, every bad row listed.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "service/actor.h"
#include "service/database.h"
#include "service/ledger.h"
#include "service/stats_store.h"

namespace gongkai::service {

struct StatsImportSummary {
  int set = 0;        // figures written
  int unchanged = 0;  // rows that repeat what is stored
};

class StatsService {
 public:
  explicit StatsService(Database& db) : db_(db) {}

  // Checks the value (a count: a whole number ≥ 0; 行政事业性收费: 万元 with at
  // most 4 decimals), the source, and the year's lock (a published report's
  // Table 2 does not change), then stores it.
  Status Set(const StatValue& v, const Actor& actor);

  // Rows with the columns 机关 (id, code or full name), 年度, 事项, 数值, 来源
  // (the first row is the header, in any column order). `where` names the
  // file in messages. Nothing is written unless every row is good.
  Result<StatsImportSummary> Import(const std::vector<LedgerSourceRow>& rows,
                                    const std::string& where, const Actor& actor);

 private:
  Status Check(const StatValue& v);
  Database& db_;
};

}  // namespace gongkai::service
