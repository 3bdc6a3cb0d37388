#include "core/csv.h"

namespace gongkai::csv {
namespace {

char DetectSeparator(std::string_view text) {
  const size_t end = text.find('\n');
  const std::string_view first = text.substr(0, end);
  size_t commas = 0, tabs = 0, semicolons = 0;
  bool quoted = false;
  for (char c : first) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    commas += c == ',';
    tabs += c == '\t';
    semicolons += c == ';';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

}  // namespace

Table Parse(std::string_view text) {
  Table out;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const char sep = DetectSeparator(text);
  Row row;
  std::string field;
  int line = 1;
  row.line = 1;
  bool quoted = false;
  bool field_started_quoted = false;
  int quote_line = 0;
  const auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
    field_started_quoted = false;
  };
  const auto end_row = [&] {
    end_field();
    bool any = false;
    for (const std::string& f : row.fields) any = any || !f.empty();
    if (any) out.rows.push_back(std::move(row));
    row = Row{};
    row.line = line;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        if (c != '\r') field.push_back(c);
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_started_quoted) {
      quoted = true;
      field_started_quoted = true;
      quote_line = line;
    } else if (c == sep) {
      end_field();
    } else if (c == '\n') {
      ++line;
      end_row();
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  if (quoted) {
    out.problems.push_back("第" + std::to_string(quote_line) + "行的引号没有结束，已读到文件末尾。");
  }
  if (!field.empty() || !row.fields.empty()) end_row();
  return out;
}

}  // namespace gongkai::csv
