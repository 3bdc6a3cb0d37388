// gongkai stats set|import|list: the Table 2 figures no record here gives
// (行政许可/处罚/强制 decisions, 行政事业性收费), per agency and year.
#include <iostream>
#include <memory>

#include "app/case_import.h"
#include "app/cli_args.h"
#include "app/stats_commands.h"
#include "app/workspace.h"
#include "service/stats_service.h"

namespace gongkai::app {
namespace {

struct StatsArgs {
  std::string db, actor, item, value, source, file;
  int64_t agency = 0;
  int year = 0;
};

int RunSet(const StatsArgs& a) {
  std::optional<service::StatItem> item = service::ParseStatItem(a.item);
  if (!item) {
    std::cerr << "错误：--item 应为 行政许可、行政处罚、行政强制 或 行政事业性收费。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::StatValue v;
  v.agency_id = a.agency;
  v.year = a.year;
  v.item = *item;
  v.value = a.value;
  v.source = a.source;
  Status st = service::StatsService(**db).Set(v, CliActor(a.actor));
  if (!st.ok()) return Fail(st);
  std::cout << "已录入：机关 " << a.agency << " " << a.year << "年" << service::StatItemLabel(*item)
            << " " << a.value << (*item == service::StatItem::kFees ? " 万元" : " 件")
            << "（来源：" << a.source << "）\n";
  return 0;
}

int RunImportStats(const StatsArgs& a) {
  Result<std::vector<service::LedgerSourceRow>> rows = ReadLedgerRows(a.file);
  if (!rows.ok()) return FailToStart(rows.status());
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  Result<service::StatsImportSummary> done =
      service::StatsService(**db).Import(*rows, a.file, CliActor(a.actor));
  if (!done.ok()) return Fail(done.status());
  std::cout << "已导入 " << done->set << " 项数据" << (done->unchanged ? "，" + std::to_string(done->unchanged) + " 项与已录入的相同" : "")
            << "\n";
  return 0;
}

int RunList(const StatsArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  std::vector<int64_t> ids;
  if (a.agency > 0) {
    Result<std::vector<int64_t>> sub = (*db)->agencies().Subtree(a.agency);
    if (!sub.ok()) return Fail(sub.status());
    ids = *sub;
  }
  Result<std::vector<service::StatValue>> values = (*db)->stats().Get(ids, a.year);
  if (!values.ok()) return Fail(values.status());
  for (const service::StatValue& v : *values) {
    std::cout << v.agency_id << "\t" << v.year << "\t" << service::StatItemLabel(v.item) << "\t"
              << v.value << "\t" << v.source << "\n";
  }
  return 0;
}

void Common(CLI::App* cmd, StatsArgs& a) {
  cmd->add_option("--db", a.db, "数据库");
  cmd->add_option("--actor", a.actor, "操作人");
}

}  // namespace

void AddStatsCommands(CLI::App& stats, int& exit_code) {
  stats.require_subcommand(1);
  auto a = std::make_shared<StatsArgs>();
  CLI::App* set = stats.add_subcommand("set", "录入一项年度数据（表二）");
  Common(set, *a);
  set->add_option("--agency", a->agency, "机关编号")->required();
  set->add_option("--year", a->year, "年度")->required();
  set->add_option("--item", a->item, "行政许可、行政处罚、行政强制 或 行政事业性收费")->required();
  set->add_option("--value", a->value, "数量（件）或金额（万元）")->required();
  set->add_option("--source", a->source, "数据来源，如 市政务服务管理局2024年审批统计")->required();
  set->callback([a, &exit_code] { exit_code = RunSet(*a); });
  CLI::App* import = stats.add_subcommand("import", "从CSV或XLSX导入年度数据（全部正确才导入）");
  Common(import, *a);
  import->add_option("FILE", a->file, "列：机关、年度、事项、数值、来源")->required();
  import->callback([a, &exit_code] { exit_code = RunImportStats(*a); });
  CLI::App* list = stats.add_subcommand("list", "列出某年度已录入的数据");
  Common(list, *a);
  list->add_option("--agency", a->agency, "机关编号（含其下属机关）");
  list->add_option("--year", a->year, "年度")->required();
  list->callback([a, &exit_code] { exit_code = RunList(*a); });
}

}  // namespace gongkai::app
