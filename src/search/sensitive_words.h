// The sensitive-word list of the publication screen: a UTF-8 text file
// (default data/sensitive-words.txt under the data directory), one word a
// line, edited by the disclosure office without rebuilding. Lines whose first
// non-blank character is '#' and blank lines are skipped; each word is
// trimmed of white space; a UTF-8 BOM at the start is ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::search {

// Reads the list at `path`. Fails with a zh-CN message naming the file (and
// the line, for a line that is not valid UTF-8) when the file cannot be read
// or is not UTF-8; an empty list is not an error.
Result<std::vector<std::string>> LoadSensitiveWords(const std::string& path);

// The same from the file's contents; `name` is used in messages.
Result<std::vector<std::string>> ParseSensitiveWords(std::string_view contents,
                                                     const std::string& name);

}  // namespace gongkai::search
