// 第二十六条 timeliness of proactive disclosure.
#include "service/publication_timeliness.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace gongkai::service {

Result<std::vector<LatePublication>> ListLatePublications(Database& db,
                                                          CalendarProvider& calendars,
                                                          const PublicationFilter& filter,
                                                          CivilDate today) {
  std::vector<LatePublication> late;
  Status st = db.Transaction([&]() -> Status {
    PublicationFilter f = filter;
    f.limit = 0;
    f.offset = 0;
    f.public_only = false;
    Result<std::vector<domain::Publication>> listed = db.publications().List(f);
    if (!listed.ok()) return listed.status();
    std::map<int64_t, const law::WorkdayCalendar*> by_agency;
    for (domain::Publication& p : *listed) {
      if (p.state == domain::PublicationState::kWithdrawn || !p.content.formed_on) continue;
      auto cal = by_agency.find(p.agency_id);
      if (cal == by_agency.end()) {
        Result<domain::Agency> agency = db.agencies().Get(p.agency_id);
        if (!agency.ok()) return agency.status();
        Result<const law::WorkdayCalendar*> c = calendars.ForAgency(*agency);
        if (!c.ok()) return c.status();
        cal = by_agency.emplace(p.agency_id, *c).first;
      }
      const law::WorkdayCalendar& calendar = *cal->second;
      Result<law::DayCount> due =
          calendar.AddWorkingDays(*p.content.formed_on, kArticle26WorkingDays);
      if (!due.ok()) {
        return due.status().WithContext("信息 " + std::to_string(p.id) + " 的公开时限（成文日期 " +
                                        p.content.formed_on->ToString() + "）");
      }
      const bool published = p.published_on.has_value();
      const CivilDate end = published ? *p.published_on : today;
      if (end <= due->end) continue;
      Result<int> days = calendar.WorkingDaysBetween(due->end, end);
      if (!days.ok()) return days.status();
      LatePublication item;
      item.publication = std::move(p);
      item.due = due->end;
      item.published = published;
      item.working_days_late = *days;
      late.push_back(std::move(item));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  std::stable_sort(late.begin(), late.end(), [](const auto& a, const auto& b) {
    return std::tie(b.working_days_late, b.publication.id) <
           std::tie(a.working_days_late, a.publication.id);
  });
  return late;
}

}  // namespace gongkai::service
