// Table 2 (第二十条第（一）（五）（六）（八）项) of a built report from the
// records: 规章 and 行政规范性文件 counted from the publications (本年制发 by
// 成文日期, 本年废止 by the date of 废止 or 失效, 现行有效 at 31 December —
// so X2 holds by construction), 行政许可/处罚/强制 and 行政事业性收费 from the
// figures entered per agency (StatsStore), summed over the agencies.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "core/status.h"
#include "report/annual_report.h"
#include "service/database.h"
#include "service/publication_store.h"

namespace gongkai::service {

struct Table2Data {
  NormativeCounts rules;      // 规章
  NormativeCounts normative;  // 行政规范性文件
  // 行政许可, 行政处罚, 行政强制 (counts) and 行政事业性收费 (万元): the sum over
  // the agencies that entered it, and how many of them did.
  std::array<std::optional<Decimal>, 4> stats;
  std::array<int, 4> entered_by = {0, 0, 0, 0};
  std::array<std::vector<std::string>, 4> sources;
  size_t agencies = 0;
  // Publication counts of the year for the narrative.
  int64_t published = 0, interpretations = 0, meetings = 0, normative_published = 0;
  std::vector<std::string> sentences;
};

// Reads it inside the caller's snapshot. A figure that does not parse is
// kDamaged naming the agency, year and item.
Result<Table2Data> ReadTable2(Database& db, const std::vector<int64_t>& agency_ids, int year);

// Writes the counts into `r.table2` (present, with a 规章 row) and says in
// `sources` where each figure came from; a figure nobody entered keeps the
// report's value (a draft's) or stays blank, and `sources` says so.
void ApplyTable2(const Table2Data& data, report::AnnualReport& r,
                 std::vector<std::string>& sources);

// Puts the sentences into section 二 when it has no text.
void OfferSentences(const std::vector<std::string>& sentences, report::AnnualReport& r);

}  // namespace gongkai::service
