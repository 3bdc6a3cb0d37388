// gongkai pub … (主动公开信息), gongkai search, gongkai index, gongkai screen.
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

void AddPubCommands(CLI::App& pub, int& exit_code);      // new, edit, submit … link
void AddPubViewCommands(CLI::App& pub, int& exit_code);  // show, list, screen
void AddSearchCommand(CLI::App& search, int& exit_code);
void AddIndexCommands(CLI::App& index, int& exit_code);  // rebuild
void AddScreenCommand(CLI::App& screen, int& exit_code);

}  // namespace gongkai::app
