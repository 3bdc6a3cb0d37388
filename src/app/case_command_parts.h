// Internal: registration of the case-handling subcommands, one file each.
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

void AddDbCommands(CLI::App& db, int& exit_code);  // db init|migrate|check
void AddAgencyCommands(CLI::App& agency, int& exit_code);
void AddCaseCommands(CLI::App& kase, int& exit_code);
void AddCaseViewCommands(CLI::App& kase, int& exit_code);  // case show, case list
void AddFeeCommands(CLI::App& fee, int& exit_code);
void AddAppealCommands(CLI::App& appeal, int& exit_code);
void AddMailCommands(CLI::App& mail, int& exit_code);  // mail_commands.cc

}  // namespace gongkai::app
