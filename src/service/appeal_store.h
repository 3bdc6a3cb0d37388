// Port: 行政复议 and 行政诉讼 over disclosure work (Table 4).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/appeal.h"
#include "service/table4_counts.h"

namespace gongkai::service {

class AppealStore {
 public:
  virtual ~AppealStore() = default;

  // Stores the appeal (id ignored; decided_on and outcome both set or both
  // empty) and returns its id. The agency (and application, if named) must exist.
  virtual Result<int64_t> Add(const domain::Appeal& appeal) = 0;
  // Records the decision of an undecided appeal (not before it was filed),
  // with who recorded it.
  virtual Status Decide(int64_t id, CivilDate decided_on, domain::AppealOutcome outcome,
                        const std::string& decided_by) = 0;
  virtual Result<domain::Appeal> Get(int64_t id) = 0;
  // The appeals of `agency_ids` (empty: all), ordered by id.
  virtual Result<std::vector<domain::Appeal>> List(const std::vector<int64_t>& agency_ids) = 0;
  // Table 4 for `year`, summed over `agency_ids` (rule in table4_counts.h).
  virtual Result<Table4Counts> CountTable4(const std::vector<int64_t>& agency_ids, int year) = 0;
};

}  // namespace gongkai::service
