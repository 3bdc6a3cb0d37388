// Settings of the consistency checker. Rules the spec marks [R] or [I] are
// settings here, with the spec's documented default.
#pragma once

#include <optional>

#include "core/civil_date.h"

namespace gongkai::report {

struct CheckOptions {
  // S6: publication deadlines after the reported year (条例第四十九条). Provinces
  // often set earlier internal dates, hence settings. Defaults: 31 Jan for
  // departments, 31 Mar for governments.
  int department_deadline_month = 1;
  int department_deadline_day = 31;
  int government_deadline_month = 3;
  int government_deadline_day = 31;

  // The publication date when the caller knows it (overrides document
  // metadata); S6 only runs when a date is known.
  std::optional<CivilDate> published_on;

  // S5 [R]: whether a people's government's report must show 工作考核、社会评议和
  // 责任追究结果 and last year's rectification. Default on.
  bool require_government_content = true;

  // S7 [I]: share of this year's narrative paragraphs (of at least
  // `copy_min_chars` characters) found verbatim in the previous report above
  // which the report counts as copied (雷同).
  double copy_threshold = 0.6;
  int copy_min_chars = 20;
};

}  // namespace gongkai::report
