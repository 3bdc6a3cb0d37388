// gongkai report sample [--seed N] [--year Y] [--agency NAME] -o OUT.json
// A consistent made-up report, as a starting point and for demonstrations.
#include <iostream>
#include <memory>

#include "app/file_io.h"
#include "app/report_command_parts.h"
#include "app/report_commands.h"
#include "formats/report_json.h"
#include "report/sample_report.h"

namespace gongkai::app {
namespace {

struct SampleArgs {
  uint64_t seed = 1;
  report::SampleOptions options;
  std::string output;
};

int RunSample(const SampleArgs& args) {
  const report::AnnualReport r = report::MakeSampleReport(args.seed, args.options);
  const std::string json = formats::WriteReportJson(r);
  if (args.output.empty() || args.output == "-") {
    std::cout << json;
    return kExitClean;
  }
  if (const Status s = WriteFileAtomically(args.output, json); !s.ok()) {
    std::cerr << "错误：" << s.message() << "\n";
    return kExitUnreadable;
  }
  std::cout << "已生成示例报告 " << args.output << "\n";
  return kExitClean;
}

}  // namespace

void AddSampleCommand(CLI::App& report, int& exit_code) {
  auto args = std::make_shared<SampleArgs>();
  CLI::App* cmd = report.add_subcommand("sample", "生成一份数据自洽的示例年度报告（JSON交换文件）");
  cmd->add_option("--seed", args->seed, "随机种子（相同种子生成相同报告）");
  cmd->add_option("--year", args->options.year, "报告年度")->check(CLI::Range(2021, 2100));
  cmd->add_option("--agency", args->options.agency, "机关名称");
  cmd->add_option("--applications", args->options.applications, "本年新收申请的大致数量")
      ->check(CLI::Range(0, 10000000));
  cmd->add_option("--output,-o", args->output, "输出文件（省略或“-”时输出到标准输出）");
  cmd->callback([args, &exit_code] { exit_code = RunSample(*args); });
}

}  // namespace gongkai::app
