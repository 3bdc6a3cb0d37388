// The shipped national calendar (data/cn-workdays.json), read from the
// source tree — independent of GONGKAI_DATA_DIR — for the demo seed tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "law/calendar.h"
#include "service/calendar_provider.h"

namespace gongkai::test_support {

class ShippedCalendar : public service::CalendarProvider {
 public:
  ShippedCalendar() {
    std::ifstream in(std::string(GONGKAI_SOURCE_DIR) + "/data/cn-workdays.json");
    std::stringstream text;
    text << in.rdbuf();
    Result<law::WorkdayCalendar> c = law::WorkdayCalendar::FromJson(text.str());
    if (c.ok()) calendar_ = std::move(c).value();
    status_ = c.status();
  }
  Result<const law::WorkdayCalendar*> ForAgency(const domain::Agency&) override {
    if (!status_.ok()) return status_;
    return static_cast<const law::WorkdayCalendar*>(&calendar_);
  }

 private:
  law::WorkdayCalendar calendar_;
  Status status_ = Status::Ok();
};

}  // namespace gongkai::test_support
