// 条例第二十六条: information within the scope of proactive disclosure is
// published within 20 工作日 of being formed or changed. The check counts
// from the 成文日期 of the latest version on the agency's working-day
// calendar, and lists
//  - publications whose first 发布日期 is after that deadline (逾期公开), and
//  - publications not yet published whose deadline has passed (逾期未公开).
// The 20 工作日 are the law's, not a setting; how the days are counted (the
// start day not counted) is the calendar's [I] setting, as for applications.
// Withdrawn publications and those without a 成文日期 are not judged.
#pragma once

#include <optional>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/publication.h"
#include "service/calendar_provider.h"
#include "service/database.h"
#include "service/publication_store.h"

namespace gongkai::service {

inline constexpr int kArticle26WorkingDays = 20;

struct LatePublication {
  domain::Publication publication;  // content: the version the check read
  CivilDate due;                    // the 20th 工作日 after the 成文日期
  bool published = false;           // false: still not published on `today`
  // Working days past `due`: to the 发布日期, or to `today` when unpublished
  // (0 when only days off lie between them: still after the deadline).
  int working_days_late = 0;
};

// The late publications among those `filter` selects (its limit, offset and
// public_only are ignored), most late first. One read of the database.
Result<std::vector<LatePublication>> ListLatePublications(Database& db,
                                                          CalendarProvider& calendars,
                                                          const PublicationFilter& filter,
                                                          CivilDate today);

}  // namespace gongkai::service
