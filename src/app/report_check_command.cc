// gongkai report check PATH... [--recursive] [--jobs N] [--summary OUT.xlsx|OUT.csv]
//                              [--json] [--previous FILE] [--published DATE]
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>

#include "app/batch_progress.h"
#include "app/check_file.h"
#include "app/check_summary.h"
#include "app/file_io.h"
#include "app/report_batch.h"
#include "app/report_commands.h"
#include "app/report_command_parts.h"
#include "report/check.h"

namespace gongkai::app {
namespace {

constexpr unsigned kMaxJobs = 256;

struct CheckArgs {
  std::vector<std::string> paths;
  bool recursive = false;
  unsigned jobs = 0;  // 0: one per core
  std::string summary;
  bool json = false;
  std::string previous;
  std::string published;
};

Result<formats::ReadResult> LoadPrevious(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ReadForCheck(*bytes, path);
}

unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

int RunCheck(const CheckArgs& args) {
  BatchOptions options;
  options.json = args.json;
  options.jobs = args.jobs == 0 ? DefaultJobs() : args.jobs;
  if (!args.published.empty()) {
    const auto date = CivilDate::Parse(args.published);
    if (!date) {
      std::cerr << "错误：--published 的日期“" << args.published << "”无效，应为YYYY-MM-DD。\n";
      return kExitUnreadable;
    }
    options.check.check.published_on = date;
  }
  if (!args.summary.empty()) {
    const Status s = ValidateSummaryPath(args.summary);
    if (!s.ok()) {
      std::cerr << "错误：" << s.message() << "\n";
      return kExitUnreadable;
    }
  }
  std::unique_ptr<formats::ReadResult> previous;
  if (!args.previous.empty()) {
    Result<formats::ReadResult> p = LoadPrevious(args.previous);
    if (!p.ok()) {
      std::cerr << "错误：无法读取上年报告：" << p.status().message() << "\n";
      return kExitUnreadable;
    }
    previous = std::make_unique<formats::ReadResult>(std::move(p).value());
    options.check.previous = previous.get();
    options.check.previous_path = args.previous;
  }

  const std::vector<BatchInput> inputs = CollectReportPaths(args.paths, args.recursive);
  BatchProgress progress(std::cerr, BatchProgress::ChooseStyle(inputs.size(), isatty(2) != 0),
                         BatchProgress::TerminalWidth(2));
  BatchObserver observer;
  observer.read = [&](size_t done, size_t total, const std::string& path) {
    progress.Read(done, total, path);
  };
  observer.checked = [&](size_t done, size_t total, const BatchFileResult& r) {
    progress.Checked(done, total, r);
  };
  observer.failed = [&](const std::string& path, const std::string& what) {
    if (args.json) progress.Message("错误：核对“" + path + "”时意外失败：" + what);
  };
  const std::vector<BatchFileResult> results = RunBatch(inputs, options, observer);
  progress.Finish();
  for (const BatchFileResult& r : results) std::cout << r.output.text;
  std::cout << std::flush;

  int exit_code = BatchExitCode(results);
  if (!args.summary.empty()) {
    const Status s = WriteSummary(args.summary, results);
    if (!s.ok()) {
      std::cerr << "错误：无法写出汇总表：" << s.message() << "\n";
      return kExitUnreadable;
    }
    std::cerr << "已写出汇总表“" << args.summary << "”"
              << (SummaryFormatOf(args.summary) == SummaryFormat::kCsv
                      ? "（问题明细见“" + FindingsCsvPath(args.summary) + "”）"
                      : std::string())
              << "。\n";
  }
  return exit_code;
}

}  // namespace

void AddCheckCommand(CLI::App& report, int& exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = report.add_subcommand(
      "check", "核对年度报告的勾稽关系（支持 txt、md、html、docx、pdf、xlsx、json）");
  cmd->add_option("PATH", args->paths,
                  "要核对的年度报告文件或文件夹（文件夹中的 txt、md、html、docx、pdf、xlsx、json "
                  "文件按路径排序核对，隐藏文件和 ~$ 锁定文件除外）")
      ->required();
  cmd->add_flag("-r,--recursive", args->recursive, "同时核对文件夹的各级子文件夹");
  cmd->add_option("-j,--jobs", args->jobs,
                  "同时核对的文件数（线程数），默认为处理器核数；输出顺序不受影响")
      ->check(CLI::Range(1u, kMaxJobs));
  cmd->add_option("--summary", args->summary,
                  "另写一份汇总表：OUT.xlsx 为 Excel 工作簿（工作表“报告汇总”“全部问题”）；"
                  "OUT.csv 写“报告汇总”，“全部问题”写在同一文件夹的 OUT.findings.csv"
                  "（UTF-8 带 BOM）");
  cmd->add_flag("--json", args->json, "每个文件输出一行JSON（供脚本使用）");
  cmd->add_option("--previous", args->previous,
                  "同一机关上一年度的报告，用于跨年度核对（X1、X2、S7、S8），适用于每个文件；"
                  "不给出时，同一批中同一机关相邻年度的报告自动配对");
  cmd->add_option("--published", args->published, "报告的发布日期 YYYY-MM-DD，用于核对发布时限（S6）");
  cmd->callback([args, &exit_code] { exit_code = RunCheck(*args); });
}

}  // namespace gongkai::app
