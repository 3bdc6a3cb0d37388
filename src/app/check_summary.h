// The summary of a batch `report check --summary OUT`: sheet 报告汇总 (one
// row per input file) and sheet 全部问题 (one row per finding), as an XLSX
// workbook or as two CSV files (OUT.csv and OUT.findings.csv), written by
// formats/sheet_workbook.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/report_batch.h"
#include "core/status.h"
#include "formats/sheet_workbook.h"

namespace gongkai::app {

using SummaryCell = formats::SheetCell;
using SummaryTable = formats::Sheet;

// 报告汇总: 文件, 机关, 年度, 格式, 错误数, 警告数, 规则, 上一年度报告, 状态.
SummaryTable ReportsTable(const std::vector<BatchFileResult>& results);
// 全部问题: 文件, 机关, 年度, 规则, 级别, 位置, 行/页, 说明.
SummaryTable FindingsTable(const std::vector<BatchFileResult>& results);

enum class SummaryFormat { kXlsx, kCsv };

// Decided by the extension (.xlsx or .csv, any case); nullopt otherwise.
std::optional<SummaryFormat> SummaryFormatOf(std::string_view path);
// OUT.csv → OUT.findings.csv (where 全部问题 goes in CSV mode).
std::string FindingsCsvPath(const std::string& csv_path);

// Refuses, before any checking, a path whose extension is neither .xlsx nor
// .csv or whose folder does not exist (Chinese message).
Status ValidateSummaryPath(const std::string& path);

// Writes the summary atomically (WriteFileAtomically): the workbook, or the
// two CSV files.
Status WriteSummary(const std::string& path, const std::vector<BatchFileResult>& results);

}  // namespace gongkai::app
