// The in-memory fake of the Table 2 yearly figures.
#include "storage/codes.h"
#include "storage/memory/memory_state.h"

namespace gongkai::storage {
namespace memory {
namespace {

class Stats final : public service::StatsStore {
 public:
  explicit Stats(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Status Set(const service::StatValue& v) override {
    if (v.source.empty()) return Status::InvalidInput("统计数据必须注明来源（--source）");
    if (v.actor.empty()) return Status::InvalidInput("未指定操作人（--actor 或 GONGKAI_USER）");
    if (v.value.empty()) return Status::InvalidInput("统计数据不能为空");
    return With(*s_, [&](Data& d) -> Status {
      if (!d.agencies.count(v.agency_id)) {
        return Status::InvalidInput("机关 " + std::to_string(v.agency_id) + " 不存在");
      }
      service::StatValue stored = v;
      if (stored.at.empty()) stored.at = UtcNow();
      d.stats_log.push_back(stored);
      stored.actor.clear();
      stored.at.clear();
      d.stats[{v.agency_id, v.year, v.item}] = stored;
      return Status::Ok();
    });
  }

  Result<std::vector<service::StatValue>> Get(const std::vector<int64_t>& agency_ids,
                                              int year) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<service::StatValue>> {
      std::vector<service::StatValue> out;
      for (const auto& [key, v] : d.stats) {
        if (v.year == year && InIds(agency_ids, v.agency_id)) out.push_back(v);
      }
      return out;
    });
  }

  Result<std::vector<service::StatValue>> History(int64_t agency_id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<service::StatValue>> {
      std::vector<service::StatValue> out;
      for (const service::StatValue& v : d.stats_log) {
        if (v.agency_id == agency_id) out.push_back(v);
      }
      return out;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

}  // namespace

std::unique_ptr<service::StatsStore> NewStatsStore(std::shared_ptr<State> s) {
  return std::make_unique<Stats>(std::move(s));
}

}  // namespace memory
}  // namespace gongkai::storage
