// The `gongkai` command line: parses arguments and dispatches to subcommands.
#pragma once

namespace gongkai::app {

// Returns the process exit code.
int RunCli(int argc, char** argv);

}  // namespace gongkai::app
