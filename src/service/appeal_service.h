// Use cases of 行政复议 and 行政诉讼 over disclosure work — the records Table
// 4 is counted from: register one, record its decision, list them. Each
// write is one transaction and records who made it; the lock rule of a
// published year applies (ReportLockStore).
#pragma once

#include <cstdint>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/appeal.h"
#include "service/actor.h"
#include "service/database.h"

namespace gongkai::service {

class AppealService {
 public:
  explicit AppealService(Database& db) : db_(db) {}

  // Registers `appeal` (its id, recorded_by and decided_by are ignored). An
  // application it names must be one of the same agency.
  Result<int64_t> Add(const domain::Appeal& appeal, const Actor& actor);
  Status Decide(int64_t id, CivilDate decided_on, domain::AppealOutcome outcome, const Actor& actor);
  // The appeals of the agency, with its whole subtree when `children`.
  Result<std::vector<domain::Appeal>> List(int64_t agency_id, bool children);

 private:
  Database& db_;
};

}  // namespace gongkai::service
