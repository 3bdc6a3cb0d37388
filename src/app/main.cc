#include "app/cli.h"

int main(int argc, char** argv) { return gongkai::app::RunCli(argc, argv); }
