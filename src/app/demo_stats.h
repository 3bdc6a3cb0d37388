// The Table 2 figures of the demo city that no record gives (行政许可、
// 行政处罚、行政强制 decisions and 行政事业性收费 in 万元), entered through
// service::StatsService for each department and township and each year, each
// with the ledger it was taken from (青山市市场监督管理局2025年行政处罚案件统计台账 …).
#pragma once

#include <cstdint>
#include <vector>

#include "app/demo_city.h"
#include "core/status.h"
#include "service/database.h"

namespace gongkai::app::demo {

// `agency_ids[i]` is the id of CityAgencies()[i]. Returns the number of
// figures set (four per agency below the root and year).
Result<int> SeedDemoStats(service::Database& db, const std::vector<int64_t>& agency_ids, int year,
                          Dice& dice);

}  // namespace gongkai::app::demo
