// Whole-file reads and atomic writes with Chinese error messages that name
// the file. The only file I/O of the command line.
#pragma once

#include <string>

#include "core/status.h"

namespace gongkai::app {

// Refuses files over `max_bytes` (default 256 MiB) so a mistaken argument
// cannot exhaust memory.
Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes = size_t{256} << 20);

// Writes to PATH.tmp and renames over PATH, so a failed write never leaves a
// half-written document behind.
Status WriteFileAtomically(const std::string& path, const std::string& data);

}  // namespace gongkai::app
