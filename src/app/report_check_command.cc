// gongkai report check FILE... [--json] [--previous FILE] [--published DATE]
#include <exception>
#include <iostream>
#include <memory>
#include <new>

#include "app/check_file.h"
#include "app/file_io.h"
#include "app/report_commands.h"
#include "app/report_command_parts.h"
#include "core/utf8.h"
#include "report/check.h"

namespace gongkai::app {
namespace {

struct CheckArgs {
  std::vector<std::string> files;
  bool json = false;
  std::string previous;
  std::string published;
};

Result<formats::ReadResult> LoadPrevious(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return ReadForCheck(*bytes, path);
}

// An unexpected failure while checking one file: that file's output (in
// --json mode also a line on stderr for the person watching).
FileOutput Failed(const std::string& path, const std::string& what, bool json) {
  if (json) std::cerr << "错误：核对“" << path << "”时意外失败：" << what << "\n";
  return FileFailureOutput(path, what, json);
}

// Reads and checks one file. Never throws: whatever goes wrong with one file
// is that file's output, and the other files are still checked.
FileOutput CheckPath(const std::string& path, const CheckFileOptions& options, bool json) {
  try {
    Result<std::string> bytes = ReadWholeFile(path);
    if (!bytes.ok()) return FileErrorOutput(path, bytes.status(), json);
    return CheckFileOutput(path, *bytes, options, json);
  } catch (const std::bad_alloc&) {
    return Failed(path, "内存不足", json);
  } catch (const std::exception& e) {
    return Failed(path, utf8::Sanitize(e.what()), json);
  } catch (...) {
    return Failed(path, "未知错误", json);
  }
}

int RunCheck(const CheckArgs& args) {
  CheckFileOptions options;
  if (!args.published.empty()) {
    const auto date = CivilDate::Parse(args.published);
    if (!date) {
      std::cerr << "错误：--published 的日期“" << args.published << "”无效，应为YYYY-MM-DD。\n";
      return kExitUnreadable;
    }
    options.check.published_on = date;
  }
  std::unique_ptr<formats::ReadResult> previous;
  if (!args.previous.empty()) {
    Result<formats::ReadResult> p = LoadPrevious(args.previous);
    if (!p.ok()) {
      std::cerr << "错误：无法读取上年报告：" << p.status().message() << "\n";
      return kExitUnreadable;
    }
    previous = std::make_unique<formats::ReadResult>(std::move(p).value());
    options.previous = previous.get();
    options.previous_path = args.previous;
  }
  int exit_code = kExitClean;
  for (const std::string& path : args.files) {
    const FileOutput out = CheckPath(path, options, args.json);
    std::cout << out.text << std::flush;
    if (!out.read) {
      exit_code = kExitUnreadable;
    } else if (out.errors && exit_code == kExitClean) {
      exit_code = kExitFindings;
    }
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
