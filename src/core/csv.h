// CSV as Excel and WPS save it (RFC 4180: quoted fields, doubled quotes,
// line breaks inside quotes, CRLF). The separator is ',' unless the first
// line has more tabs or semicolons. Never fails: an unterminated quote ends
// at the end of the input and is reported.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::csv {

struct Row {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line where the row starts
};

struct Table {
  std::vector<Row> rows;
  std::vector<std::string> problems;  // zh-CN, each naming its line
};

// `text` must be UTF-8 (convert first, see encoding.h); a BOM is skipped.
// Rows whose fields are all empty are dropped.
Table Parse(std::string_view text);

}  // namespace gongkai::csv
