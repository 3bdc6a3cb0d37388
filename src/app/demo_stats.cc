#include "app/demo_stats.h"

#include <array>
#include <string>

#include "app/demo_pub_profiles.h"
#include "service/stats_service.h"

namespace gongkai::app::demo {
namespace {

using service::StatItem;

// A typical year for agencies 0–14: 行政许可, 行政处罚, 行政强制 (件) and
// 行政事业性收费 (万元 × 100). The root's own row is empty: its figures are
// those of its departments.
constexpr std::array<std::array<int64_t, 4>, 15> kTypical = {{
    {0, 0, 0, 0},
    {12, 3, 0, 0},
    {1850, 46, 12, 128050},
    {240, 85, 16, 0},
    {2600, 120, 9, 3620},
    {9800, 780, 42, 1280},
    {4300, 5200, 360, 46530},
    {420, 18, 0, 0},
    {160, 4, 0, 0},
    {1350, 95, 6, 860},
    {3100, 1300, 140, 340},
    {35, 6, 1, 0},
    {28, 4, 0, 0},
    {12, 22, 3, 0},
    {9, 18, 2, 0},
}};

std::string Source(StatItem item, const std::string& agency, int year) {
  const std::string y = std::to_string(year);
  switch (item) {
    case StatItem::kLicensing:
      return "青山市政务服务中心" + y + "年行政许可办件统计（" + agency + "）";
    case StatItem::kPunishment:
      return agency + y + "年行政处罚案件统计台账";
    case StatItem::kEnforcement:
      return agency + y + "年行政强制措施实施台账";
    case StatItem::kFees:
      return "青山市财政局" + y + "年非税收入征收统计（" + agency + "）";
  }
  return "";
}

}  // namespace

Result<int> SeedDemoStats(service::Database& db, const std::vector<int64_t>& agency_ids, int year,
                          Dice& dice) {
  service::StatsService stats(db);
  int set = 0;
  constexpr StatItem kItems[4] = {StatItem::kLicensing, StatItem::kPunishment,
                                  StatItem::kEnforcement, StatItem::kFees};
  for (size_t a = 1; a < agency_ids.size() && a < kTypical.size(); ++a) {
    const std::string name = CityAgencies()[a].name;
    const service::Actor clerk{PubProfiles()[a].clerk};
    for (size_t i = 0; i < 4; ++i) {
      // ±12% from year to year; nothing stays nothing.
      const int64_t base = kTypical[a][i];
      const int64_t v = base * (880 + dice.Below(241)) / 1000;
      service::StatValue s;
      s.agency_id = agency_ids[a];
      s.year = year;
      s.item = kItems[i];
      if (kItems[i] == StatItem::kFees) {
        const std::string cents = std::to_string(v % 100);
        s.value = std::to_string(v / 100) + "." + (cents.size() < 2 ? "0" + cents : cents);
      } else {
        s.value = std::to_string(v);
      }
      s.source = Source(kItems[i], name, year);
      if (Status st = stats.Set(s, clerk); !st.ok()) {
        return st.WithContext(name + std::to_string(year) + "年" +
                              service::StatItemLabel(kItems[i]) + "数据");
      }
      ++set;
    }
  }
  return set;
}

}  // namespace gongkai::app::demo
