// gongkai stats set|import|list
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

void AddStatsCommands(CLI::App& stats, int& exit_code);

}  // namespace gongkai::app
