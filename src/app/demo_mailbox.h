// The leader's mailbox (领导信箱) of the demo city: a year of messages to the
// 市长信箱 and to departments' mailboxes, through service::MessageService —
// assigned to a 受理单位, answered (some late, some after the one
// extension), transferred to the 信访 channel or closed, and, with the
// writer's consent, published with personal data masked. Messages received
// in the last weeks of the year are still open at its end, a few of them
// overdue.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/calendar_provider.h"
#include "service/database.h"
#include "service/text_screen.h"

namespace gongkai::app {

struct DemoMailOptions {
  int year = 2025;
  uint64_t seed = 1;
  int messages = 400;  // received in Y (and as many in Y−1); 0 … 20000
};

struct DemoMailSummary {
  int received = 0;  // both years
  int published = 0;
  int replied = 0;  // answered and not (yet) published
  int closed = 0;
  int transferred = 0;
  int extended = 0;
  int late = 0;     // answered after the reply deadline
  int open = 0;     // still open on 31 Dec Y …
  int overdue = 0;  // … of which past the reply deadline
};

// Needs the demo agencies under `root_agency_id`; `screen` masks published
// exchanges. One transaction, each use case nested in it.
Result<DemoMailSummary> SeedDemoMailbox(service::Database& db, service::CalendarProvider& calendars,
                                        const service::TextScreen* screen,
                                        const std::function<std::string()>& make_query_code,
                                        const DemoMailOptions& options, int64_t root_agency_id);

std::string DemoMailSummaryText(const DemoMailSummary& summary);

}  // namespace gongkai::app
