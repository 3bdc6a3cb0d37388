// Port: the working-day calendar an agency's clock runs on (the national
// calendar, with the agency's regional overlay applied when it has one).
#pragma once

#include "core/status.h"
#include "domain/agency.h"
#include "law/calendar.h"

namespace gongkai::service {

class CalendarProvider {
 public:
  virtual ~CalendarProvider() = default;
  virtual Result<const law::WorkdayCalendar*> ForAgency(const domain::Agency& agency) = 0;
};

}  // namespace gongkai::service
