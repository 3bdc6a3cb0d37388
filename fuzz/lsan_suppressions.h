// LeakSanitizer suppressions built into each fuzz target (include from
// exactly one translation unit per target). fontconfig, which poppler and
// pango load, keeps caches allocated for the life of the process; they are
// not leaks of gongkai's.
#pragma once

extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n";
}
