// The interchange JSON: writer, the text step of the reader (size, nesting,
// syntax, duplicate keys) and the anchors both sides share. The schema
// reader is in report_json_read.cc.
#include "formats/report_json.h"

#include <cctype>
#include <cstdint>
#include <exception>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "formats/report_json_internal.h"
#include "formats/report_json_value.h"

namespace gongkai::formats {
namespace report_json_detail {

using report::AnnualReport;
using report::CountCell;

std::string Child(const std::string& path, std::string_view key) {
  if (path.empty()) return std::string(key);
  std::string out = path;
  out.push_back('.');
  out.append(key);
  return out;
}

std::string Indexed(const std::string& path, size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

namespace {

std::string CanonicalCount(const CountCell& c, bool text_allowed) {
  if (c.value) return std::to_string(*c.value);
  return text_allowed ? c.raw : std::string();
}

void AddCell(std::vector<Anchor>& out, std::string path, CountCell& c, bool text_allowed = false) {
  out.push_back(Anchor{std::move(path), &c.src, &c.raw, CanonicalCount(c, text_allowed)});
}

}  // namespace

std::vector<Anchor> CollectAnchors(AnnualReport& r) {
  using namespace gongkai::report;
  std::vector<Anchor> out;
  for (size_t i = 0; i < r.preamble.size(); ++i) {
    out.push_back(Anchor{Indexed("preamble", i), &r.preamble[i].src, nullptr, {}});
  }
  for (size_t i = 0; i < r.sections.size(); ++i) {
    Section& s = r.sections[i];
    const std::string path = Indexed("sections", i);
    out.push_back(Anchor{path, &s.src, nullptr, {}});
    for (size_t j = 0; j < s.paragraphs.size(); ++j) {
      out.push_back(
          Anchor{Indexed(Child(path, "paragraphs"), j), &s.paragraphs[j].src, nullptr, {}});
    }
  }
  if (r.table2.present) {
    Table2& t = r.table2;
    for (size_t row = 0; row < kT2NormativeRows.size(); ++row) {
      const std::string path = Child("table2", kT2NormativeRows[row]);
      for (size_t col = 0; col < kT2NormativeColumns.size(); ++col) {
        AddCell(out, Child(path, kT2NormativeColumns[col]), t.normative[row][col]);
      }
    }
    AddCell(out, Child("table2", kT2Licensing), t.licensing);
    AddCell(out, Child("table2", kT2Punishment), t.punishment);
    AddCell(out, Child("table2", kT2Enforcement), t.enforcement);
    out.push_back(Anchor{Child("table2", kT2Fees), &t.fees.src, &t.fees.raw,
                         t.fees.value ? t.fees.value->ToString() : std::string()});
  }
  if (r.table3.present) {
    Table3& t = r.table3;
    for (int row = 0; row < kT3Rows; ++row) {
      const std::string path = Child("table3.rows", kT3RowSpecs[row].id);
      for (int col = 0; col < kT3Columns; ++col) {
        AddCell(out, Indexed(path, static_cast<size_t>(col)), t.cells[row][col]);
      }
    }
    for (size_t i = 0; i < t.subtotals.size(); ++i) {
      const std::string path = Indexed("table3.subtotals", i);
      out.push_back(Anchor{path, &t.subtotals[i].src, nullptr, {}});
      for (int col = 0; col < kT3Columns; ++col) {
        AddCell(out, Indexed(Child(path, "values"), static_cast<size_t>(col)),
                t.subtotals[i].cells[col]);
      }
    }
  }
  if (r.table4.present) {
    for (int block = 0; block < 3; ++block) {
      const std::string path = Child("table4", kT4Blocks[block]);
      for (int col = 0; col < 5; ++col) {
        AddCell(out, Child(path, kT4Columns[col]), r.table4.at(block, col));
      }
    }
  }
  for (size_t i = 0; i < r.table2_extra_rows.size(); ++i) {
    ExtraTableRow& row = r.table2_extra_rows[i];
    const std::string path = Indexed("table2_extra_rows", i);
    out.push_back(Anchor{path, &row.src, nullptr, {}});
    for (size_t k = 0; k < row.cells.size(); ++k) {
      AddCell(out, Indexed(Child(path, "cells"), k), row.cells[k], /*text_allowed=*/true);
    }
  }
  return out;
}

}  // namespace report_json_detail

namespace {

using nlohmann::ordered_json;
using namespace gongkai::report;
using namespace report_json_detail;

constexpr size_t kMaxInputBytes = size_t{64} << 20;
constexpr int kMaxDepth = 64;

// Strings from readers may hold invalid UTF-8; the writer must not throw.
std::string Utf8(const std::string& s) { return utf8::IsValid(s) ? s : utf8::Sanitize(s); }

ordered_json Count(const CountCell& c) {
  if (c.value) return ordered_json(*c.value);
  return nullptr;
}

ordered_json ExtraCell(const CountCell& c) {
  if (c.value) return ordered_json(*c.value);
  if (!c.raw.empty()) return Utf8(c.raw);
  return nullptr;
}

ordered_json Texts(const std::vector<Paragraph>& paragraphs) {
  ordered_json out = ordered_json::array();
  for (const Paragraph& p : paragraphs) out.push_back(Utf8(p.text));
  return out;
}

const char* AgencyKindName(AgencyKind k) {
  switch (k) {
    case AgencyKind::kUnknown:
      return "unknown";
    case AgencyKind::kGovernment:
      return "government";
    case AgencyKind::kDepartment:
      return "department";
  }
  return "unknown";
}

const char* NumberingName(HeadingNumbering n) {
  switch (n) {
    case HeadingNumbering::kChinese:
      return "chinese";
    case HeadingNumbering::kArabic:
      return "arabic";
    case HeadingNumbering::kParenthesised:
      return "parenthesised";
    case HeadingNumbering::kNone:
      return "none";
  }
  return "none";
}

ordered_json Table2Json(const Table2& t) {
  ordered_json out = ordered_json::object();
  for (size_t row = 0; row < kT2NormativeRows.size(); ++row) {
    if (row == 0 && !t.rules_row) {
      out[std::string(kT2NormativeRows[row])] = nullptr;  // no 规章 row printed
      continue;
    }
    ordered_json cells = ordered_json::object();
    for (size_t col = 0; col < kT2NormativeColumns.size(); ++col) {
      cells[std::string(kT2NormativeColumns[col])] = Count(t.normative[row][col]);
    }
    out[std::string(kT2NormativeRows[row])] = std::move(cells);
  }
  out[std::string(kT2Licensing)] = Count(t.licensing);
  out[std::string(kT2Punishment)] = Count(t.punishment);
  out[std::string(kT2Enforcement)] = Count(t.enforcement);
  out[std::string(kT2Fees)] = t.fees.value ? ordered_json(t.fees.value->ToString()) : nullptr;
  return out;
}

ordered_json Table3Json(const Table3& t) {
  ordered_json out = ordered_json::object();
  ordered_json columns = ordered_json::array();
  for (std::string_view c : kT3ColumnLabels) columns.push_back(std::string(c));
  out["columns"] = std::move(columns);
  ordered_json rows = ordered_json::array();
  for (int r = 0; r < kT3Rows; ++r) {
    ordered_json values = ordered_json::array();
    for (const CountCell& c : t.cells[r]) values.push_back(Count(c));
    const std::string_view label =
        t.single_other_row && r == kR23 ? kT3V2019OtherRow : kT3RowSpecs[r].label;
    ordered_json row = ordered_json::object();
    row["id"] = std::string(kT3RowSpecs[r].id);
    row["label"] = std::string(label);
    row["values"] = std::move(values);
    rows.push_back(std::move(row));
  }
  out["rows"] = std::move(rows);
  out["single_other_row"] = t.single_other_row;
  ordered_json subtotals = ordered_json::array();
  for (const T3Subtotal& s : t.subtotals) {
    ordered_json values = ordered_json::array();
    for (const CountCell& c : s.cells) values.push_back(Count(c));
    ordered_json item = ordered_json::object();
    item["group"] = std::string(T3GroupLabel(s.group));
    item["values"] = std::move(values);
    subtotals.push_back(std::move(item));
  }
  out["subtotals"] = std::move(subtotals);
  return out;
}

ordered_json Table4Json(const Table4& t) {
  ordered_json out = ordered_json::object();
  for (int block = 0; block < 3; ++block) {
    ordered_json cells = ordered_json::object();
    for (int col = 0; col < 5; ++col) cells[std::string(kT4Columns[col])] = Count(t.at(block, col));
    out[std::string(kT4Blocks[block])] = std::move(cells);
  }
  return out;
}

ordered_json ExtraRowsJson(const std::vector<ExtraTableRow>& rows) {
  ordered_json out = ordered_json::array();
  for (const ExtraTableRow& r : rows) {
    ordered_json columns = ordered_json::array();
    for (const std::string& c : r.columns) columns.push_back(Utf8(c));
    ordered_json cells = ordered_json::array();
    for (const CountCell& c : r.cells) cells.push_back(ExtraCell(c));
    ordered_json item = ordered_json::object();
    item["block"] = Utf8(r.block);
    item["label"] = Utf8(r.label);
    item["columns"] = std::move(columns);
    item["cells"] = std::move(cells);
    out.push_back(std::move(item));
  }
  return out;
}

// The "sources" object: only anchors with a known position or raw text that
// the JSON value does not already imply.
ordered_json SourcesJson(const AnnualReport& report) {
  AnnualReport copy = report;  // CollectAnchors hands out mutable pointers
  ordered_json out = ordered_json::object();
  auto& entries = out.get_ref<ordered_json::object_t&>();
  for (const Anchor& a : CollectAnchors(copy)) {
    ordered_json entry = ordered_json::object();
    if (a.src->line > 0) entry["line"] = a.src->line;
    if (a.src->page > 0) entry["page"] = a.src->page;
    if (a.raw != nullptr && *a.raw != a.canonical) entry["raw"] = Utf8(*a.raw);
    // Paths are unique by construction: append without the ordered_map's
    // linear key search, which would make many paragraphs quadratic.
    if (!entry.empty()) entries.push_back({a.path, std::move(entry)});
  }
  return out;
}

// ---- the text step of the reader ----

struct Position {
  size_t line = 1;
  size_t column = 1;
};

// 1-based line and column (in code points) of the byte at `offset`.
Position PositionOf(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  Position p;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = utf8::Length(text.substr(line_start, offset - line_start)) + 1;
  return p;
}

std::string At(std::string_view text, size_t offset) {
  const Position p = PositionOf(text, offset);
  return "JSON 第" + std::to_string(p.line) + "行第" + std::to_string(p.column) + "列：";
}

// Refuses nesting deeper than kMaxDepth before the parser sees the text.
Status CheckNesting(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) {
        return Status::InvalidInput(At(text, i) + "嵌套超过 " + std::to_string(kMaxDepth) +
                                    " 层，不是年度报告的结构");
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return Status::Ok();
}

// nlohmann's parse_error message, in Chinese.
std::string DescribeSyntaxError(const std::string& what) {
  struct Rule {
    const char* needle;
    const char* message;
  };
  static const Rule kRules[] = {
      {"ill-formed UTF-8", "含有无效的 UTF-8 字节（文件应为 UTF-8 编码）"},
      {"control character", "字符串中有未转义的控制字符（换行应写作 \\n）"},
      {"missing closing quote", "字符串缺少结尾的引号"},
      {"surrogate", "字符串中的 \\u 转义不是有效的字符"},
      {"must be followed by 4 hex digits", "字符串中的 \\u 转义应跟 4 位十六进制数"},
      {"forbidden character after backslash", "字符串中的反斜杠转义无效"},
      {"invalid number", "数字格式无效"},
      {"unexpected end of input", "内容意外结束（缺少右括号、引号或值）"},
      {"expected end of input", "JSON 值之后还有多余的内容"},
      {"invalid literal",
       "无法识别的内容（字符串要用英文双引号，值应为数字、true、false 或 null）"},
      {"expected ':'", "键后面应为英文冒号"},
      {"expected string literal", "应为用英文双引号括起的键"},
      {"expected '}'", "应为英文逗号或右花括号"},
      {"expected ']'", "应为英文逗号或右方括号"},
  };
  for (const Rule& r : kRules) {
    if (what.find(r.needle) != std::string::npos) return r.message;
  }
  return "语法错误";
}

// Thrown from the parser callback (and caught right after parsing) when an
// object repeats a key: the DOM would silently keep only the last value.
struct DuplicateKey {
  std::string key;
};

Result<nlohmann::json> ParseText(std::string_view text) {
  if (text.size() > kMaxInputBytes) {
    return Status::InvalidInput("JSON 文本过大（" + std::to_string(text.size() >> 20) +
                                " MiB），年度报告不应超过 64 MiB");
  }
  if (Status s = CheckNesting(text); !s.ok()) return s;
  std::vector<std::set<std::string>> keys;  // one set per open object
  const auto callback = [&keys](int /*depth*/, nlohmann::json::parse_event_t event,
                                nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if (event == Event::object_start) {
      keys.emplace_back();
    } else if (event == Event::object_end && !keys.empty()) {
      keys.pop_back();
    } else if (event == Event::key && !keys.empty() && parsed.is_string()) {
      if (!keys.back().insert(parsed.get_ref<const std::string&>()).second) {
        throw DuplicateKey{parsed.get<std::string>()};
      }
    }
    return true;
  };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), callback);
  } catch (const DuplicateKey& d) {
    return Status::InvalidInput("JSON 中同一对象里的键 \"" + d.key +
                                "\" 出现了两次（每个键只能出现一次）");
  } catch (const nlohmann::json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    if (std::string_view(e.what()).find("invalid literal") != std::string_view::npos) {
      // Point at the start of the bad word (tru, nul, …), not at its end.
      while (offset > 0 && offset <= text.size() &&
             std::isalnum(static_cast<unsigned char>(text[offset - 1]))) {
        --offset;
      }
    }
    std::string message = At(text, offset) + DescribeSyntaxError(e.what());
    if (text.empty()) message = "JSON 为空：应为一个年度报告对象";
    return Status::InvalidInput(std::move(message));
  } catch (const std::exception& e) {
    return Status::InvalidInput(std::string("JSON 无法解析：") + utf8::Sanitize(e.what()));
  }
}

}  // namespace

ordered_json ReportToJson(const AnnualReport& report) {
  ordered_json out = ordered_json::object();
  out["schema"] = std::string(kReportJsonSchema);
  out["agency"] = Utf8(report.agency);
  out["agency_kind"] = AgencyKindName(report.agency_kind);
  out["year"] = report.year > 0 ? ordered_json(report.year) : ordered_json(nullptr);
  out["title"] = Utf8(report.title);
  out["format"] = FormatVersionName(report.format);
  if (report.period_start || report.period_end) {
    ordered_json period = ordered_json::object();
    if (report.period_start) period["start"] = report.period_start->ToString();
    if (report.period_end) period["end"] = report.period_end->ToString();
    out["period"] = std::move(period);
  }
  if (report.published_on) out["published_on"] = report.published_on->ToString();
  out["preamble"] = Texts(report.preamble);
  ordered_json sections = ordered_json::array();
  for (const Section& s : report.sections) {
    ordered_json item = ordered_json::object();
    item["number"] = s.number;
    item["heading"] = Utf8(s.heading);
    item["title"] = Utf8(s.title);
    item["numbering"] = NumberingName(s.numbering);
    item["paragraphs"] = Texts(s.paragraphs);
    sections.push_back(std::move(item));
  }
  out["sections"] = std::move(sections);
  out["table2"] = report.table2.present ? Table2Json(report.table2) : ordered_json(nullptr);
  out["table3"] = report.table3.present ? Table3Json(report.table3) : ordered_json(nullptr);
  out["table4"] = report.table4.present ? Table4Json(report.table4) : ordered_json(nullptr);
  out["table2_extra_rows"] = ExtraRowsJson(report.table2_extra_rows);
  ordered_json sources = SourcesJson(report);
  if (!sources.empty()) out["sources"] = std::move(sources);
  return out;
}

std::string WriteReportJson(const AnnualReport& report) {
  try {
    return ReportToJson(report).dump(2, ' ', /*ensure_ascii=*/false,
                                     ordered_json::error_handler_t::replace) +
           "\n";
  } catch (const std::exception&) {
    // Unreachable with sanitised strings; never let an exception out.
    return "{}\n";
  }
}

Result<AnnualReport> ReportFromJson(const ordered_json& value, const ReadOptions& options) {
  try {
    return ReadReportValue(nlohmann::json(value), options);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("报告 JSON 无法读取：") + utf8::Sanitize(e.what()));
  }
}

Result<AnnualReport> ReadReportJson(std::string_view text, const ReadOptions& options) {
  Result<nlohmann::json> root = ParseText(text);
  if (!root.ok()) return root.status();
  try {
    return ReadReportValue(*root, options);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("报告 JSON 无法读取：") + utf8::Sanitize(e.what()));
  }
}

}  // namespace gongkai::formats
