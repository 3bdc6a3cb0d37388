// Names and labels of the Table 2 yearly figures.
#include "service/stats_store.h"

namespace gongkai::service {
namespace {

struct Named {
  StatItem item;
  const char* name;
  const char* label;
  const char* short_label;
};
constexpr Named kItems[] = {
    {StatItem::kLicensing, "licensing", "行政许可", "许可"},
    {StatItem::kPunishment, "punishment", "行政处罚", "处罚"},
    {StatItem::kEnforcement, "enforcement", "行政强制", "强制"},
    {StatItem::kFees, "fees", "行政事业性收费", "收费"},
};

}  // namespace

const char* StatItemName(StatItem item) {
  for (const Named& n : kItems) {
    if (n.item == item) return n.name;
  }
  return "licensing";
}

const char* StatItemLabel(StatItem item) {
  for (const Named& n : kItems) {
    if (n.item == item) return n.label;
  }
  return "行政许可";
}

std::optional<StatItem> ParseStatItem(std::string_view text) {
  for (const Named& n : kItems) {
    if (text == n.name || text == n.label || text == n.short_label) return n.item;
  }
  return std::nullopt;
}

}  // namespace gongkai::service
