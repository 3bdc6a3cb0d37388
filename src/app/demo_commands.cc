// gongkai demo seed [--db URL] [--year Y] [--seed N] [--applications N]
#include "app/demo_commands.h"

#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/demo_seed.h"
#include "app/workspace.h"

namespace gongkai::app {
namespace {

struct DemoArgs {
  std::string db;
  DemoSeedOptions options;
};

int RunSeed(const DemoArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  Result<std::vector<domain::Agency>> agencies = (*db)->agencies().List();
  if (!agencies.ok()) return Fail(agencies.status());
  if (!agencies->empty()) {
    std::cerr << "错误：数据库中已有机关数据，请使用新的数据库文件（" << DatabaseUrl(a.db) << "）。\n";
    return 2;
  }
  DataCalendars calendars;
  Result<DemoSeedSummary> summary = SeedDemo(**db, calendars, a.options, NewQueryCode);
  if (!summary.ok()) {
    std::cerr << "错误：" << summary.status().message() << "\n";
    return 2;
  }
  std::cout << DemoSeedSummaryText(*summary, a.options.year);
  return 0;
}

}  // namespace

void AddDemoCommands(CLI::App& demo, int& exit_code) {
  demo.require_subcommand(1);
  auto a = std::make_shared<DemoArgs>();
  CLI::App* s = demo.add_subcommand("seed", "生成青山市一年的演示数据（机关、申请、办理记录、复议诉讼）");
  s->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db），应为空库");
  s->add_option("--year", a->options.year, "年度（默认2025）")->check(CLI::Range(2000, 2100));
  s->add_option("--seed", a->options.seed, "随机数种子（相同种子生成相同数据，默认1）");
  s->add_option("--applications", a->options.applications, "申请件数（默认3000）")
      ->check(CLI::Range(1, 100000));
  s->callback([a, &exit_code] { exit_code = RunSeed(*a); });
}

}  // namespace gongkai::app
