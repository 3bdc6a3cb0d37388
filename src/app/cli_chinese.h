// The command line speaks Chinese: help headings, the help flag, and the
// messages of argument errors (CLI11 writes them in English).
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

// Call on the top-level app before adding subcommands (they inherit the help
// flag, the error messages and the option group).
void UseChinese(CLI::App& app);

// Call once every subcommand exists: names their help group.
void NameSubcommandGroups(CLI::App& app);

}  // namespace gongkai::app
