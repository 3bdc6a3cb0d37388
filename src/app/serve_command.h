// gongkai serve [--db URL] [--listen HOST:PORT] [--data DIR] [--threads N]
//               [--read-timeout SECONDS] [--access-log FILE]
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

void AddServeCommand(CLI::App& serve, int& exit_code);

}  // namespace gongkai::app
