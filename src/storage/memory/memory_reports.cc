// The in-memory fake of the published annual reports.
#include <algorithm>
#include <string>

#include "storage/codes.h"
#include "storage/memory/memory_state.h"

namespace gongkai::storage::memory {
namespace {

class Reports final : public service::PublishedReportStore {
 public:
  explicit Reports(std::shared_ptr<State> s) : s_(std::move(s)) {}

  Result<int> Add(const service::PublishedReport& r) override {
    return With(*s_, [&](Data& d) -> Result<int> {
      if (!d.agencies.count(r.agency_id)) {
        return Status::NotFound("机关 " + std::to_string(r.agency_id) + " 不存在");
      }
      if (r.title.empty() || r.report_json.empty() || r.actor.empty()) {
        return Status::InvalidInput("发布的年度报告须有标题、内容和操作人");
      }
      int version = 1;
      for (const service::PublishedReport& p : d.published_reports) {
        if (p.agency_id == r.agency_id && p.year == r.year) version = std::max(version, p.version + 1);
      }
      service::PublishedReport stored = r;
      stored.id = static_cast<int64_t>(d.published_reports.size()) + 1;
      stored.version = version;
      if (stored.published_at.empty()) stored.published_at = UtcNow();
      d.published_reports.push_back(std::move(stored));
      return version;
    });
  }

  Result<service::PublishedReport> Latest(int64_t agency_id, int year) override {
    return With(*s_, [&](Data& d) -> Result<service::PublishedReport> {
      const service::PublishedReport* best = nullptr;
      for (const service::PublishedReport& p : d.published_reports) {
        if (p.agency_id == agency_id && p.year == year && (!best || p.version > best->version)) best = &p;
      }
      if (best == nullptr) {
        return Status::NotFound("机关 " + std::to_string(agency_id) + " 未发布" + std::to_string(year) +
                                "年度报告");
      }
      return *best;
    });
  }

  Result<std::vector<service::PublishedReport>> ListLatest() override {
    return With(*s_, [&](Data& d) -> Result<std::vector<service::PublishedReport>> {
      std::map<std::pair<int64_t, int>, service::PublishedReport> latest;
      for (const service::PublishedReport& p : d.published_reports) {
        auto [it, fresh] = latest.emplace(std::pair{p.agency_id, p.year}, p);
        if (!fresh && p.version > it->second.version) it->second = p;
      }
      std::vector<service::PublishedReport> out;
      for (auto& [key, p] : latest) {
        p.report_json.clear();
        out.push_back(std::move(p));
      }
      std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.year != b.year ? a.year > b.year : a.agency_id < b.agency_id;
      });
      return out;
    });
  }

 private:
  std::shared_ptr<State> s_;
};

}  // namespace

std::unique_ptr<service::PublishedReportStore> NewPublishedReportStore(std::shared_ptr<State> s) {
  return std::make_unique<Reports>(std::move(s));
}

}  // namespace gongkai::storage::memory
