// The `gongkai` executable. Whatever escapes a command — an exception of any
// type, or one thrown through a noexcept function (std::terminate) — ends the
// process with a Chinese message naming the command and exit code 2, never
// with abort() and its core dump (exit 134).
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "app/cli.h"

namespace {

// "gongkai report check": the program's base name and the subcommand words
// that lead the arguments (lower-case ASCII words, before any option, file
// or value). Fixed before the command runs, so the handlers need no work.
char g_command[256] = "gongkai";

bool IsSubcommandWord(const char* arg) {
  if (arg == nullptr || *arg < 'a' || *arg > 'z') return false;
  for (const char* p = arg; *p != '\0'; ++p) {
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
  }
  return true;
}

void NameCommand(int argc, char** argv) {
  std::string name = "gongkai";
  if (argc > 0 && argv[0] != nullptr && argv[0][0] != '\0') {
    name = argv[0];
    if (const size_t slash = name.rfind('/'); slash != std::string::npos) {
      name = name.substr(slash + 1);
    }
  }
  constexpr int kMaxWords = 3;  // `gongkai report check`, `gongkai case event …`
  for (int i = 1; i < argc && i <= kMaxWords && IsSubcommandWord(argv[i]); ++i) {
    name += ' ';
    name += argv[i];
  }
  std::snprintf(g_command, sizeof g_command, "%s", name.c_str());
}

// Writes the message with plain stdio: it may run with the heap exhausted.
void Report(const char* what) {
  std::fflush(stdout);
  std::fprintf(stderr, "错误：命令“%s”意外失败：%s\n", g_command, what);
  std::fflush(stderr);
}

const char* Describe(const std::exception& e) {
  if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr) return "内存不足";
  return e.what();
}

[[noreturn]] void OnTerminate() {
  const std::exception_ptr current = std::current_exception();
  if (current == nullptr) {
    Report("程序异常终止（std::terminate）");
  } else {
    try {
      std::rethrow_exception(current);
    } catch (const std::exception& e) {
      Report(Describe(e));
    } catch (...) {
      Report("未知错误");
    }
  }
  _exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  NameCommand(argc, argv);
  std::set_terminate(OnTerminate);
  try {
    return gongkai::app::RunCli(argc, argv);
  } catch (const std::exception& e) {
    Report(Describe(e));
  } catch (...) {
    Report("未知错误");
  }
  return 2;
}
