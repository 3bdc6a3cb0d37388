// Private to report_json*.cc: what the writer and the reader of the
// interchange JSON share. Not part of the formats API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/status.h"
#include "formats/read_options.h"
#include "report/annual_report.h"

namespace gongkai::formats::report_json_detail {

// Something of the report that can carry a source position (and, for a
// cell, raw text): addressed in the "sources" object by `path`, the same
// JSON path the reader names in its error messages.
struct Anchor {
  std::string path;
  report::SourceRef* src = nullptr;
  std::string* raw = nullptr;  // null for paragraphs, sections and rows
  std::string canonical;       // the raw text the cell's JSON value implies
};

// Every anchor of `r`, in document order (tables only when present).
std::vector<Anchor> CollectAnchors(report::AnnualReport& r);

// Paths: "a" + "b" = "a.b"; Indexed("a", 2) = "a[2]".
std::string Child(const std::string& path, std::string_view key);
std::string Indexed(const std::string& path, size_t index);

// ---- single values (report_json_fields.cc) ----
// Each Read* checks one value at `path` and returns a Status whose message is
// "<path>：应为…，实际为 <value>"; `path` "" is the root object.

#define RJ_RETURN_IF_ERROR(expr)                       \
  do {                                                 \
    if (Status rj_s = (expr); !rj_s.ok()) return rj_s; \
  } while (0)

std::string Describe(const nlohmann::json& v);                 // the value as JSON text, shortened
std::string Quote(std::string_view s);                         // "s"
std::string Join(const std::vector<std::string_view>& items);  // a、b、c
Status Err(const std::string& path, const std::string& what);
Status Expected(const std::string& path, const std::string& expected, const nlohmann::json& actual);

// `obj` must be an object whose keys are all in `allowed`.
Status CheckObject(const nlohmann::json& obj, const std::string& path,
                   const std::vector<std::string_view>& allowed);
const nlohmann::json* Find(const nlohmann::json& obj, std::string_view key);  // null if absent
Status Require(const nlohmann::json& obj, const std::string& path, std::string_view key,
               const nlohmann::json*& out);

Status ReadString(const nlohmann::json& v, const std::string& path, std::string& out);

// What a count cell may hold besides a non-negative integer or null.
enum class CellText {
  kRefused,  // nothing else (strict, the default)
  kKept,     // a string, kept as raw text with no value (2019 extra rows, strict)
  kRead,     // ReadOptions::cell_text: a string is raw text whose value is
             // ParseCount of it; a number that is not a count (-3, 3.5, 1e30)
             // is raw text (as JSON writes it) with no value
};
Status ReadCount(const nlohmann::json& v, const std::string& path, report::CountCell& out,
                 CellText text = CellText::kRefused);
// The 万元 amount: a decimal string ("2836.25", ≤ 6 decimals), a number, or
// null; with `cell_text` any other string or number is raw text whose value
// is Decimal::Parse of it.
Status ReadAmount(const nlohmann::json& v, const std::string& path, report::AmountCell& out,
                  bool cell_text = false);
Status ReadDate(const nlohmann::json& v, const std::string& path, std::optional<CivilDate>& out);
Status ReadInt(const nlohmann::json& v, const std::string& path, int lo, int hi, int& out);
Status ReadTexts(const nlohmann::json& v, const std::string& path,
                 std::vector<report::Paragraph>& out);

// ---- the schema reader (report_json_read.cc) ----

// The schema reader on a parsed value (std::map objects: order does not
// matter for reading, and lookups stay logarithmic on hostile input).
Result<report::AnnualReport> ReadReportValue(const nlohmann::json& root,
                                             const ReadOptions& options);

}  // namespace gongkai::formats::report_json_detail
