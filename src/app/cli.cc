#include "app/cli.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "app/calendar_commands.h"
#include "app/case_command_parts.h"
#include "app/cli_chinese.h"
#include "app/demo_commands.h"
#include "app/pub_commands.h"
#include "app/stats_commands.h"
#include "app/report_commands.h"
#include "app/serve_command.h"

namespace gongkai::app {

int RunCli(int argc, char** argv) {
  CLI::App app{"gongkai 政务公开平台：依申请公开办理、年度报告的生成与核对"};
  UseChinese(app);
  app.set_help_all_flag("--help-all", "显示全部子命令的帮助");
  app.require_subcommand(1);
  int exit_code = 0;
  CLI::App* report = app.add_subcommand("report", "政府信息公开工作年度报告");
  AddReportCommands(*report, exit_code);
  AddCalendarCommands(*app.add_subcommand("calendar", "工作日历：计算工作日、导入节假日安排"), exit_code);
  AddDbCommands(*app.add_subcommand("db", "数据库：建立、升级和核对"), exit_code);
  AddAgencyCommands(*app.add_subcommand("agency", "机关：新增和列出"), exit_code);
  AddCaseCommands(*app.add_subcommand("case", "依申请公开：登记、办理、查询、导入台账"), exit_code);
  AddAppealCommands(*app.add_subcommand("appeal", "行政复议、行政诉讼：登记和审结"), exit_code);
  AddMailCommands(*app.add_subcommand("mail", "领导信箱：留言受理、交办、答复、公开"), exit_code);
  AddFeeCommands(*app.add_subcommand("fee", "信息处理费：按件、按量计算（国办函〔2020〕109号）"), exit_code);
  AddPubCommands(*app.add_subcommand("pub", "主动公开信息：起草、筛查、审核、发布、撤回、废止、查看"), exit_code);
  AddSearchCommand(*app.add_subcommand("search", "检索已公开的信息"), exit_code);
  AddIndexCommands(*app.add_subcommand("index", "检索索引：重建"), exit_code);
  AddScreenCommand(*app.add_subcommand("screen", "个人信息和敏感词筛查：检查文件能否公开"), exit_code);
  AddStatsCommands(*app.add_subcommand("stats", "年度数据：行政许可、处罚、强制和收费（表二）"), exit_code);
  AddDemoCommands(*app.add_subcommand("demo", "演示数据"), exit_code);
  AddServeCommand(*app.add_subcommand("serve", "网站：政府信息公开门户（公开目录、检索、依申请公开、领导信箱、年报）"), exit_code);
  NameSubcommandGroups(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Usage errors exit 2, like an unreadable input.
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitUnreadable;
  }
  return exit_code;
}

}  // namespace gongkai::app
