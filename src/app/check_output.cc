#include "app/check_output.h"

#include <charconv>
#include <cstdint>
#include <system_error>

#include <nlohmann/json.hpp>

#include "formats/report_json_value.h"
#include "report/annual_report.h"

namespace gongkai::app {
namespace {

using report::Severity;

std::string Where(const report::SourceRef& src) {
  std::string out;
  if (src.page > 0) out += "第" + std::to_string(src.page) + "页";
  if (src.line > 0) out += "第" + std::to_string(src.line) + "行";
  return out;
}

nlohmann::ordered_json Source(const report::SourceRef& src) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  if (src.line > 0) j["line"] = src.line;
  if (src.page > 0) j["page"] = src.page;
  return j;
}

// A value is a JSON number when the whole string is an integer written the
// way JSON writes it (no sign but "-", no leading zeros, fits int64), else
// the string as it is: "--", "2-8", "007" and "１２" stay text.
nlohmann::ordered_json Value(const std::string& v) {
  int64_t n = 0;
  const char* const end = v.data() + v.size();
  const auto [ptr, ec] = std::from_chars(v.data(), end, n);
  if (ec == std::errc() && ptr == end && std::to_string(n) == v) return n;
  return v;
}

const char* CodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidInput:
      return "invalid_input";
    case StatusCode::kNotFound:
      return "not_found";
    case StatusCode::kIoError:
      return "io_error";
    case StatusCode::kUnsupported:
      return "unsupported";
    case StatusCode::kDamaged:
      return "damaged";
    case StatusCode::kInternal:
      return "internal";
    case StatusCode::kConflict:
      return "conflict";
  }
  return "internal";
}

}  // namespace

std::string FormatCheckedText(const CheckedFile& f) {
  const report::AnnualReport& r = f.read.report;
  std::string out;
  out += "== " + f.path + " ==\n";
  out += "  " + (r.agency.empty() ? std::string("（未识别机关名称）") : r.agency) + " " +
         (r.year > 0 ? std::to_string(r.year) + "年度" : std::string("（未识别年度）")) + "，" +
         formats::InputFormatLabel(f.read.format) + "，" +
         (r.format == report::FormatVersion::kV2021   ? "2021年格式（国办公开办函〔2021〕30号）"
          : r.format == report::FormatVersion::kV2019 ? "2019年试行格式（国办公开办函〔2019〕60号）"
          : r.format == report::FormatVersion::kHybrid ? "两种格式混用"
          : r.format == report::FormatVersion::kLegacyPre2019 ? "2019年以前的旧格式"
                                                              : "未识别表格格式") +
         "\n";
  int errors = 0;
  int warnings = 0;
  for (const report::Finding& x : f.findings) {
    const bool error = x.severity == Severity::kError;
    (error ? errors : warnings)++;
    std::string place = Where(x.where.src);
    out += std::string("  ") + (error ? "错误" : "警告") + " " + x.rule +
           (place.empty() ? "" : " [" + place + "]") + " " + x.message + "\n";
  }
  for (const formats::ParseNote& n : f.notes) {
    const std::string place = Where(n.src);
    out += "  说明" + (place.empty() ? std::string() : " [" + place + "]") + " " + n.message + "\n";
  }
  if (errors == 0 && warnings == 0) {
    out += "  结论：未发现问题，各表勾稽关系正确。\n";
  } else {
    out += "  结论：" + std::to_string(errors) + "个错误，" + std::to_string(warnings) + "个警告。\n";
  }
  return out;
}

std::string FormatCheckedJson(const CheckedFile& f) {
  const report::AnnualReport& r = f.read.report;
  nlohmann::ordered_json j;
  j["file"] = f.path;
  j["format"] = formats::InputFormatName(f.read.format);
  j["template"] = report::FormatVersionName(r.format);
  j["year"] = r.year;
  j["agency"] = r.agency;
  j["report"] = formats::ReportToJson(r);
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const report::Finding& x : f.findings) {
    nlohmann::ordered_json fj;
    fj["rule"] = x.rule;
    fj["severity"] = report::SeverityName(x.severity);
    nlohmann::ordered_json where;
    where["section"] = x.where.section;
    where["table"] = x.where.table;
    where["row"] = x.where.row;
    where["column"] = x.where.column;
    if (x.where.src.line > 0) where["line"] = x.where.src.line;
    if (x.where.src.page > 0) where["page"] = x.where.src.page;
    fj["where"] = where;
    fj["message"] = x.message;
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    for (const auto& [name, value] : x.values) values[name] = Value(value);
    fj["values"] = values;
    findings.push_back(std::move(fj));
  }
  j["findings"] = std::move(findings);
  nlohmann::ordered_json notes = nlohmann::ordered_json::array();
  for (const formats::ParseNote& n : f.notes) {
    nlohmann::ordered_json nj;
    nj["message"] = n.message;
    nj["where"] = Source(n.src);
    notes.push_back(std::move(nj));
  }
  j["notes"] = std::move(notes);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string FormatReadErrorJson(const std::string& path, const Status& status) {
  return FormatReadErrorJson(path, status.message(), CodeName(status.code()));
}

std::string FormatReadErrorJson(const std::string& path, const std::string& message,
                                const std::string& code) {
  nlohmann::ordered_json j;
  j["file"] = path;
  j["error"] = message;
  j["code"] = code;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace gongkai::app
