// The rule the stores apply on every write under the reporting-period lock
// (see report_lock_store.h). Pure: the caller passes the locked years.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/appeal.h"
#include "domain/application.h"

namespace gongkai::service {

// `before` is empty for a new application; `event_dates` are the dates the
// write touches: the event being appended and, for a correction, the event
// it supersedes. Fails when one of them is in a locked year or the
// application's Table 3 contribution to a locked year changes.
Status CheckApplicationWrite(const std::vector<int>& locked_years,
                             const std::optional<domain::Application>& before,
                             const domain::Application& after,
                             const std::vector<CivilDate>& event_dates);

// Same for appeals: the filing or decision date in a locked year, or a
// changed Table 4 contribution to one.
Status CheckAppealWrite(const std::vector<int>& locked_years,
                        const std::optional<domain::Appeal>& before,
                        const domain::Appeal& after);

// Table 2: a 规章 or 规范性文件 counts in 现行有效 of every year from its
// 成文日期 on, so publishing, withdrawing or abolishing it changes the
// reports of `from_year` and later. Fails when one of them is locked;
// `what` names the change (e.g. 发布行政规范性文件).
Status CheckTable2Write(const std::vector<int>& locked_years, int from_year,
                        const std::string& what);

}  // namespace gongkai::service
