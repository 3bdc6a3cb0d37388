// Internal: the report subcommands, one per file.
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

void AddCheckCommand(CLI::App& report, int& exit_code);
void AddRenderCommand(CLI::App& report, int& exit_code);
void AddSampleCommand(CLI::App& report, int& exit_code);
void AddReportDataCommands(CLI::App& report, int& exit_code);

}  // namespace gongkai::app
