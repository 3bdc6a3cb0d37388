// gongkai demo seed — a generated year of disclosure work for the fictional
// city of 青山市 (demo_seed.h), for trying the platform, tests and benchmarks.
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai::app {

void AddDemoCommands(CLI::App& demo, int& exit_code);

}  // namespace gongkai::app
