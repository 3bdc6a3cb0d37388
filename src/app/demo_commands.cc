// gongkai demo seed [--db URL] [--files DIR] [--year Y] [--seed N] [--applications N] [--reports]
//                   [--publications N] [--messages N]
#include "app/demo_commands.h"

#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/data_paths.h"
#include "app/demo_mailbox.h"
#include "app/demo_publications.h"
#include "app/demo_reports.h"
#include "app/demo_seed.h"
#include "app/publication_settings_file.h"
#include "app/text_tools.h"
#include "app/workspace.h"

namespace gongkai::app {
namespace {

struct DemoArgs {
  std::string db;
  std::string files;
  DemoSeedOptions options;
  int publications = 3000;
  int messages = 400;
  bool reports = false;
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
  // The publication tools first: a screen that cannot start stops the seed
  // before anything is written.
  Result<service::PublicationTools> tools = PublicationToolsFor(a.files, DatabaseUrl(a.db));
  if (!tools.ok()) return FailToStart(tools.status());
  Result<service::PublicationSettings> settings = LoadPublicationSettings(DataDir());
  if (!settings.ok()) return FailToStart(settings.status());
  DataCalendars calendars;
  Result<DemoSeedSummary> summary = SeedDemo(**db, calendars, a.options, NewQueryCode);
  if (!summary.ok()) {
    std::cerr << "错误：" << summary.status().message() << "\n";
    return 2;
  }
  std::cout << DemoSeedSummaryText(*summary, a.options.year);
  // The second phase: proactive disclosure, in its own transaction.
  DemoPublicationOptions po;
  po.year = a.options.year;
  po.seed = a.options.seed;
  po.publications = a.publications;
  po.settings = *settings;
  Result<DemoPublicationSummary> pubs =
      SeedDemoPublications(**db, *tools, calendars, po, summary->root_agency_id);
  if (!pubs.ok()) {
    std::cerr << "错误：生成主动公开演示数据失败（申请数据已保存）：" << pubs.status().message() << "\n";
    return 2;
  }
  std::cout << DemoPublicationSummaryText(*pubs);
  DemoMailOptions mo;
  mo.year = a.options.year;
  mo.seed = a.options.seed;
  mo.messages = a.messages;
  Result<DemoMailSummary> mail =
      SeedDemoMailbox(**db, calendars, tools->screen, NewQueryCode, mo, summary->root_agency_id);
  if (!mail.ok()) {
    std::cerr << "错误：生成领导信箱演示数据失败（申请和主动公开数据已保存）：" << mail.status().message() << "\n";
    return 2;
  }
  std::cout << DemoMailSummaryText(*mail);
  if (!a.reports) return 0;
  Result<DemoReportsSummary> reports = SeedDemoReports(**db, summary->root_agency_id, a.options.year);
  if (!reports.ok()) {
    std::cerr << "错误：发布演示年度报告失败（其余演示数据已保存）：" << reports.status().message() << "\n";
    return 2;
  }
  std::cout << DemoReportsSummaryText(*reports, a.options.year);
  return 0;
}

}  // namespace

void AddDemoCommands(CLI::App& demo, int& exit_code) {
  demo.require_subcommand(1);
  auto a = std::make_shared<DemoArgs>();
  CLI::App* s = demo.add_subcommand("seed", "生成青山市一年的演示数据（机关、申请、办理记录、复议诉讼、主动公开信息、表二数据、领导信箱）");
  s->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db），应为空库");
  s->add_option("--files", a->files, "附件存储目录（默认：数据库文件旁的 -files 目录）");
  s->add_option("--year", a->options.year, "年度（默认2025）")->check(CLI::Range(2000, 2100));
  s->add_option("--seed", a->options.seed, "随机数种子（相同种子生成相同数据，默认1）");
  s->add_option("--applications", a->options.applications, "申请件数（默认3000）")
      ->check(CLI::Range(1, 100000));
  s->add_option("--publications", a->publications, "本年度主动公开信息条数（默认3000，0为不生成；另生成上年约五分之一）")
      ->check(CLI::Range(0, 100000));
  s->add_option("--messages", a->messages, "每年领导信箱留言条数（默认400，0为不生成；生成上年和本年）")
      ->check(CLI::Range(0, 20000));
  s->add_flag("--reports", a->reports, "同时发布该年度各机关的年度报告（示例文字；锁定该年度的办理记录）");
  s->callback([a, &exit_code] { exit_code = RunSeed(*a); });
}

}  // namespace gongkai::app
