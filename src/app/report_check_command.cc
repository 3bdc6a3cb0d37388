// gongkai report check FILE... [--json] [--previous FILE] [--published DATE]
#include <iostream>
#include <memory>

#include "app/check_output.h"
#include "app/file_io.h"
#include "app/report_commands.h"
#include "app/report_command_parts.h"
#include "report/check.h"

namespace gongkai::app {
namespace {

struct CheckArgs {
  std::vector<std::string> files;
  bool json = false;
  std::string previous;
  std::string published;
};

Result<formats::ReadResult> Load(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  Result<formats::ReadResult> read = formats::ReadReport(*bytes, path);
  if (!read.ok()) return read.status().WithContext(path);
  return read;
}

int RunCheck(const CheckArgs& args) {
  report::CheckOptions options;
  if (!args.published.empty()) {
    const auto date = CivilDate::Parse(args.published);
    if (!date) {
      std::cerr << "错误：--published 的日期“" << args.published << "”无效，应为YYYY-MM-DD。\n";
      return kExitUnreadable;
    }
    options.published_on = date;
  }
  std::unique_ptr<formats::ReadResult> previous;
  if (!args.previous.empty()) {
    Result<formats::ReadResult> p = Load(args.previous);
    if (!p.ok()) {
      std::cerr << "错误：无法读取上年报告：" << p.status().message() << "\n";
      return kExitUnreadable;
    }
    previous = std::make_unique<formats::ReadResult>(std::move(p).value());
  }
  int exit_code = kExitClean;
  for (const std::string& path : args.files) {
    Result<formats::ReadResult> read = Load(path);
    if (!read.ok()) {
      if (args.json) {
        std::cout << FormatReadErrorJson(path, read.status().message()) << "\n";
      } else {
        std::cout << "== " << path << " ==\n  无法读取：" << read.status().message() << "\n";
      }
      exit_code = kExitUnreadable;
      continue;
    }
    CheckedFile file;
    file.path = path;
    file.read = std::move(read).value();
    file.notes = file.read.notes;
    const report::AnnualReport* prev = previous ? &previous->report : nullptr;
    if (prev != nullptr && prev->year != 0 && file.read.report.year != 0 &&
        prev->year != file.read.report.year - 1) {
      file.notes.push_back({{}, "上年报告（" + args.previous + "）的年度为" +
                                    std::to_string(prev->year) + "年，不是" +
                                    std::to_string(file.read.report.year - 1) +
                                    "年，未进行跨年度核对（X1、X2、S7）。"});
      prev = nullptr;
    }
    file.findings = report::CheckReport(file.read.report, prev, options);
    if (report::HasErrors(file.findings) && exit_code == kExitClean) exit_code = kExitFindings;
    std::cout << (args.json ? FormatCheckedJson(file) + "\n" : FormatCheckedText(file));
  }
  return exit_code;
}

}  // namespace

void AddCheckCommand(CLI::App& report, int& exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = report.add_subcommand(
      "check", "核对年度报告的勾稽关系（支持 txt、md、html、docx、pdf、xlsx、json）");
  cmd->add_option("FILE", args->files, "要核对的年度报告文件")->required();
  cmd->add_flag("--json", args->json, "每个文件输出一行JSON（供脚本使用）");
  cmd->add_option("--previous", args->previous, "同一机关上一年度的报告，用于跨年度核对（X1、X2、S7、S8）");
  cmd->add_option("--published", args->published, "报告的发布日期 YYYY-MM-DD，用于核对发布时限（S6）");
  cmd->callback([args, &exit_code] { exit_code = RunCheck(*args); });
}

}  // namespace gongkai::app
