// The plan of a demo year of proactive disclosure: which agency publishes
// what, on which 工作日, of which kind, with which 文号; which items carry a
// planted number for the screen; and what happens to some of them later
// (废止, 失效, 撤回, 修订, 补充关联解读). Pure: demo_publications.cc runs the
// plan through service::PublicationService.
//
// Planning happens in two passes: demo_pub_plan.cc lays out the skeleton
// (kinds, agencies, dates, the items chosen for each later step and each
// planted number), demo_pub_writing.cc numbers it (文号 per agency and year
// in 成文日期 order, 第{n}批, meeting sessions) and writes titles, bodies and
// attachments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/demo_attachments.h"
#include "app/demo_city.h"
#include "app/demo_personal_data.h"
#include "app/demo_pub_profiles.h"
#include "core/civil_date.h"
#include "domain/publication.h"
#include "service/publication_service.h"

namespace gongkai::app::demo {

struct PlannedPublication {
  int agency = 0;  // index into CityAgencies()
  domain::PublicationKind kind = domain::PublicationKind::kInformation;
  CivilDate created_on;             // drafted and submitted (成文日期 ≤ this)
  CivilDate published_on;           // approved and published
  int minute = 0;                   // minutes after 08:30 Beijing time the clerk starts
  service::PublicationInput input;  // agency_id and interprets are set when it runs
  int interprets = -1;              // the policy an interpretation interprets (index)
  std::optional<DemoAttachment> attachment;
  PlantedKind planted = PlantedKind::kNone;
  std::string planted_text;  // as it stands in the body or attachment (maybe full-width)
  bool planted_in_attachment = false;
  bool statutory = false;  // the reviewer lets it stay (override with a reason)
  std::string override_reason;
  bool bad_checksum = false;  // carries an 18-digit number that is not an ID
  bool returned = false;      // the reviewer returns it once
  bool pending = false;       // still 草稿/待审核 at year end (not published)
};

enum class StepKind { kAbolish, kExpire, kWithdraw, kRevise, kLink };

struct LaterStep {
  CivilDate on;
  StepKind kind = StepKind::kWithdraw;
  int target = -1;     // the publication (index)
  int other = -1;      // kAbolish: the replacement; kLink: the interpretation
  std::string reason;  // abolish, expire, withdraw; kRevise: the note added
};

struct DemoPlan {
  std::vector<PlannedPublication> items;  // in publication order
  std::vector<LaterStep> later;           // by date
};

// `workdays`: every 工作日 of Y−1 and Y, ascending. `count`: the
// publications of Y (≥ 0); Y−1 gets about a fifth as many plus its policies.
DemoPlan PlanPublications(Dice& dice, const std::vector<CivilDate>& workdays, int year, int count);

// ---- Between the two passes ------------------------------------------------

// One item of the skeleton.
struct Draft {
  PlannedPublication p;
  int year = 0;                         // of published_on
  const TitleTemplate* tmpl = nullptr;  // general items
  std::string subject;                  // 规章/规范性文件: what it regulates
  std::string form = "办法";            // 办法, 实施细则, 规定
  bool temporary = false;               // 暂行, 有效期1年 (it lapses next year)
  int replaces = -1;                    // the document it replaces (index)
  bool press = false;                   // a meeting that is a 新闻发布会
  bool with_doc_no = false;             // a general item with a 文号
  bool with_attachment = false;
};

// Pass two: titles, 文号, bodies, attachments and the reasons of `later`.
// `drafts` are in publication order; indices in them and in `later` refer
// to that order.
void WritePlan(Dice& dice, std::vector<Draft>& drafts, std::vector<LaterStep>& later);

}  // namespace gongkai::app::demo
