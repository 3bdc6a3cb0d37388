// gongkai report render REPORT --format docx|pdf|html|xlsx|md|json -o OUT
#include <iostream>
#include <memory>

#include "app/file_io.h"
#include "app/report_command_parts.h"
#include "app/report_commands.h"
#include "formats/report_io.h"

namespace gongkai::app {
namespace {

struct RenderArgs {
  std::string input;
  std::string format;
  std::string output;
};

int RunRender(const RenderArgs& args) {
  const std::optional<formats::OutputFormat> format = formats::ParseOutputFormat(args.format);
  if (!format) {
    std::cerr << "错误：不支持的输出格式“" << args.format
              << "”，可选 docx、pdf、html、xlsx、md、json。\n";
    return kExitUnreadable;
  }
  Result<std::string> bytes = ReadWholeFile(args.input);
  if (!bytes.ok()) {
    std::cerr << "错误：" << bytes.status().message() << "\n";
    return kExitUnreadable;
  }
  Result<formats::ReadResult> read = formats::ReadReport(*bytes, args.input);
  if (!read.ok()) {
    std::cerr << "错误：" << read.status().WithContext(args.input).message() << "\n";
    return kExitUnreadable;
  }
  Result<std::string> out = formats::WriteReport(read->report, *format);
  if (!out.ok()) {
    std::cerr << "错误：生成" << args.format << "失败：" << out.status().message() << "\n";
    return kExitUnreadable;
  }
  if (const Status s = WriteFileAtomically(args.output, *out); !s.ok()) {
    std::cerr << "错误：" << s.message() << "\n";
    return kExitUnreadable;
  }
  std::cout << "已生成 " << args.output << "（" << out->size() << " 字节）\n";
  return kExitClean;
}

}  // namespace

void AddRenderCommand(CLI::App& report, int& exit_code) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = report.add_subcommand("render", "按国家规定格式生成年度报告文件");
  cmd->add_option("REPORT", args->input, "年度报告（JSON交换文件，或任何可读取的格式）")->required();
  cmd->add_option("--format,-f", args->format, "输出格式：docx、pdf、html、xlsx、md、json")
      ->required();
  cmd->add_option("--output,-o", args->output, "输出文件路径")->required();
  cmd->callback([args, &exit_code] { exit_code = RunRender(*args); });
}

}  // namespace gongkai::app
