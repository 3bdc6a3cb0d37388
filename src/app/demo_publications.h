// The proactive-disclosure part of the demo city 青山市 (demo_seed.h has the
// applications): a year Y of publications — notices, 公示, 规范性文件 with
// their 文号, a few 规章, 政策解读 linked to most policies, meeting minutes —
// and some of Y−1, so that `report check --previous` has a year before;
// abolitions and expiries of earlier 规范性文件, withdrawals, revisions; the
// 组织机构代码 of every agency (the front part of the 索引号); the Table 2
// figures of every department and township for Y−1 and Y.
//
// Everything goes through service::PublicationService and StatsService, so
// every 索引号, log line and search entry is the one a clerk would get. About
// 1% of the items carry a planted resident ID, mobile or card number
// (demo_personal_data.h) in the body or an attachment: the screen refuses
// their submission, then the clerk masks the number (most) or the reviewer
// lets it stay with a reason (a few, e.g. a published work phone). A few
// 18-digit numbers with a wrong check character must pass.
//
// Deterministic for a given seed (attachment file ids excepted).
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "core/status.h"
#include "service/calendar_provider.h"
#include "service/database.h"
#include "service/publication_service.h"

namespace gongkai::app {

struct DemoPublicationOptions {
  int year = 2025;
  uint64_t seed = 1;
  // Publications of Y (Y−1 gets about a fifth as many plus its policies),
  // 0 … 100000. 0: none (the 组织机构代码 and Table 2 figures are still set).
  int publications = 3000;
  service::PublicationSettings settings;  // the installation's (索引号 template …)
};

struct DemoPublicationSummary {
  int year = 0;
  int created = 0;  // publications created, both years, drafts included
  // Public at the end and published in Y, by domain::PublicationKind.
  std::array<int64_t, 5> by_kind{};
  int64_t previous_year = 0;           // public, published in Y−1
  int64_t without_interpretation = 0;  // public, in-force 规章/规范性文件 no interpretation interprets
  int interpretation_links = 0;        // linked after publication (LinkInterpretation)
  int abolished = 0;                   // 废止 …
  int replaced = 0;                    // … of which replaced by a new document
  int expired = 0;                     // 失效 (term ended)
  int withdrawn = 0, revised = 0, returned = 0;
  int pending = 0;  // still 草稿 or 待审核 at the end of Y
  int attachments = 0;
  int screen_blocked = 0;       // submissions the screen refused (planted numbers)
  int screen_masked = 0;        // … masked by the clerk and submitted again
  int screen_overridden = 0;    // … kept by the reviewer with a logged reason
  int bad_checksum_passed = 0;  // 18-digit non-IDs submitted without a hit
  int stats_figures = 0;        // Table 2 figures set (Y−1 and Y)
};

// Needs the agencies SeedDemo created, `root_agency_id` at their root
// (matched by code). `tools` are the publication service's; `calendars`
// must cover Y−1 and Y. Runs in one transaction (each use case nested in
// it): on a failure nothing of this part stays (stored attachment files
// excepted, which no row then refers to).
Result<DemoPublicationSummary> SeedDemoPublications(service::Database& db,
                                                    const service::PublicationTools& tools,
                                                    service::CalendarProvider& calendars,
                                                    const DemoPublicationOptions& options,
                                                    int64_t root_agency_id);

// The summary in Chinese, several lines, ending with a newline.
std::string DemoPublicationSummaryText(const DemoPublicationSummary& summary);

}  // namespace gongkai::app
