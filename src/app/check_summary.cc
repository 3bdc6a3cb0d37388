#include "app/check_summary.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "app/file_io.h"
#include "formats/report_io.h"
#include "formats/sheet_workbook.h"

namespace gongkai::app {
namespace fs = std::filesystem;

namespace {

SummaryCell Text(std::string text) { return SummaryCell::Text(std::move(text)); }
SummaryCell Number(int64_t n) { return SummaryCell::Number(n); }
SummaryCell Year(int year) { return year > 0 ? Number(year) : Text(""); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The distinct rule ids in the order of the findings (which is rule order).
std::string Rules(const std::vector<report::Finding>& findings) {
  std::vector<std::string> seen;
  std::string out;
  for (const report::Finding& f : findings) {
    if (std::find(seen.begin(), seen.end(), f.rule) != seen.end()) continue;
    seen.push_back(f.rule);
    if (!out.empty()) out += "、";
    out += f.rule;
  }
  return out;
}

std::string Place(const report::Where& w) {
  const std::string described = w.Describe();
  if (w.table.empty() || w.section.empty()) return described;  // Describe shows the section
  return w.section + " " + described;
}

std::string LinePage(const report::SourceRef& src) {
  std::string out;
  if (src.page > 0) out += "第" + std::to_string(src.page) + "页";
  if (src.line > 0) out += "第" + std::to_string(src.line) + "行";
  return out;
}

}  // namespace

SummaryTable ReportsTable(const std::vector<BatchFileResult>& results) {
  SummaryTable t;
  t.name = "报告汇总";
  t.header = {"文件", "机关", "年度", "格式", "错误数", "警告数", "规则", "上一年度报告", "状态"};
  t.widths = {40, 28, 8, 12, 8, 8, 24, 40, 40};
  for (const BatchFileResult& r : results) {
    std::vector<SummaryCell> row;
    row.push_back(Text(r.path));
    row.push_back(Text(r.agency));
    row.push_back(Year(r.year));
    row.push_back(Text(r.format ? formats::InputFormatLabel(*r.format) : ""));
    if (r.output.read) {
      row.push_back(Number(r.errors));
      row.push_back(Number(r.warnings));
    } else {
      row.push_back(Text(""));
      row.push_back(Text(""));
    }
    row.push_back(Text(Rules(r.findings)));
    row.push_back(Text(r.previous_path));
    row.push_back(Text(r.output.read ? "已核对" : "无法读取：" + r.error));
    t.rows.push_back(std::move(row));
  }
  return t;
}

SummaryTable FindingsTable(const std::vector<BatchFileResult>& results) {
  SummaryTable t;
  t.name = "全部问题";
  t.header = {"文件", "机关", "年度", "规则", "级别", "位置", "行/页", "说明"};
  t.widths = {40, 28, 8, 6, 6, 48, 12, 80};
  for (const BatchFileResult& r : results) {
    for (const report::Finding& f : r.findings) {
      std::vector<SummaryCell> row;
      row.push_back(Text(r.path));
      row.push_back(Text(r.agency));
      row.push_back(Year(r.year));
      row.push_back(Text(f.rule));
      row.push_back(Text(f.severity == report::Severity::kError ? "错误" : "警告"));
      row.push_back(Text(Place(f.where)));
      row.push_back(Text(LinePage(f.where.src)));
      row.push_back(Text(f.message));
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

std::optional<SummaryFormat> SummaryFormatOf(std::string_view path) {
  const std::string lower = Lower(path);
  if (EndsWith(lower, ".xlsx")) return SummaryFormat::kXlsx;
  if (EndsWith(lower, ".csv")) return SummaryFormat::kCsv;
  return std::nullopt;
}

std::string FindingsCsvPath(const std::string& csv_path) {
  const std::string lower = Lower(csv_path);
  const std::string stem =
      EndsWith(lower, ".csv") ? csv_path.substr(0, csv_path.size() - 4) : csv_path;
  return stem + ".findings.csv";
}

Status ValidateSummaryPath(const std::string& path) {
  const std::optional<SummaryFormat> format = SummaryFormatOf(path);
  if (!format || fs::path(path).filename().string().size() <= 4) {
    return Status::InvalidInput("--summary 的文件名“" + path +
                                "”应以 .xlsx（Excel 工作簿）或 .csv 结尾。");
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return Status::InvalidInput("--summary 的“" + path + "”是文件夹，请给出文件名。");
  }
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec)) {
    return Status::NotFound("--summary 的文件夹“" + parent.string() + "”不存在。");
  }
  return Status::Ok();
}

Status WriteSummary(const std::string& path, const std::vector<BatchFileResult>& results) {
  const std::optional<SummaryFormat> format = SummaryFormatOf(path);
  if (!format) return ValidateSummaryPath(path);
  const SummaryTable reports = ReportsTable(results);
  const SummaryTable findings = FindingsTable(results);
  if (*format == SummaryFormat::kCsv) {
    Status s = WriteFileAtomically(path, formats::SheetCsv(reports));
    if (!s.ok()) return s;
    return WriteFileAtomically(FindingsCsvPath(path), formats::SheetCsv(findings));
  }
  Result<std::string> xlsx = formats::WriteSheetsXlsx({reports, findings});
  if (!xlsx.ok()) return xlsx.status();
  return WriteFileAtomically(path, *xlsx);
}

}  // namespace gongkai::app
