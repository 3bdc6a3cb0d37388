#include "app/report_commands.h"

#include "app/report_command_parts.h"

namespace gongkai::app {

void AddReportCommands(CLI::App& report, int& exit_code) {
  report.require_subcommand(1);
  AddCheckCommand(report, exit_code);
  AddRenderCommand(report, exit_code);
  AddSampleCommand(report, exit_code);
  AddReportDataCommands(report, exit_code);
}

}  // namespace gongkai::app
