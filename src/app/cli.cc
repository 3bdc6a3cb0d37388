#include "app/cli.h"

#include <CLI/CLI.hpp>

namespace gongkai::app {

int RunCli(int argc, char** argv) {
  CLI::App app{"gongkai 政务公开平台"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}

}  // namespace gongkai::app
