// The rule the stores apply on every write under the reporting-period lock
// (see report_lock_store.h). Pure: the caller passes the locked years.
#pragma once

#include <optional>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/appeal.h"
#include "domain/application.h"

namespace gongkai::service {

// `before` is empty for a new application; `event_date` is the date of the
// event being appended, if any. Fails when the event date is in a locked year
// or the application's Table 3 contribution to a locked year changes.
Status CheckApplicationWrite(const std::vector<int>& locked_years,
                             const std::optional<domain::Application>& before,
                             const domain::Application& after,
                             const std::optional<CivilDate>& event_date);

// Same for appeals: the filing or decision date in a locked year, or a
// changed Table 4 contribution to one.
Status CheckAppealWrite(const std::vector<int>& locked_years,
                        const std::optional<domain::Appeal>& before,
                        const domain::Appeal& after);

}  // namespace gongkai::service
