#include "app/demo_reports.h"

#include "app/report_json_encoder.h"
#include "service/report_service.h"

namespace gongkai::app {

Result<DemoReportsSummary> SeedDemoReports(service::Database& db, int64_t root_agency_id, int year) {
  Result<std::vector<int64_t>> subtree = db.agencies().Subtree(root_agency_id);
  if (!subtree.ok()) return subtree.status();
  service::ReportService reports(db);
  const JsonReportEncoder encoder;
  const service::Actor actor{"演示数据"};
  DemoReportsSummary out;
  // Departments first, the city last: its own year is the one left to lock.
  std::vector<std::pair<int64_t, bool>> order;
  for (int64_t id : *subtree) {
    if (id != root_agency_id) order.emplace_back(id, false);
  }
  order.emplace_back(root_agency_id, true);
  for (const auto& [id, children] : order) {
    service::BuildRequest request;
    request.scope = {id, year, children};
    request.sample_text = true;
    Result<service::PublishedOutcome> r = reports.PublishReport(request, encoder, actor);
    if (!r.ok()) return r.status().WithContext("机关" + std::to_string(id) + "的" + std::to_string(year) + "年度报告");
    ++out.published;
    out.warnings += static_cast<int>(r->warnings.size());
  }
  return out;
}

std::string DemoReportsSummaryText(const DemoReportsSummary& s, int year) {
  return "已发布" + std::to_string(year) + "年度报告" + std::to_string(s.published) +
         "份（各部门、乡镇和市政府汇总，门户网站 /xxgk/ndbg/），该年度办理记录已锁定；检查提示" +
         std::to_string(s.warnings) + "条。\n";
}

}  // namespace gongkai::app
