// `gongkai report …`: check, render and sample annual reports.
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

// Registers the subcommands under `report`; the chosen one stores the process
// exit code in `exit_code` when it runs.
void AddReportCommands(CLI::App& report, int& exit_code);

// Exit codes of `report check` (documented in the README).
inline constexpr int kExitClean = 0;       // no errors (warnings allowed)
inline constexpr int kExitFindings = 1;    // at least one file has errors
inline constexpr int kExitUnreadable = 2;  // an input could not be read

}  // namespace gongkai::app
