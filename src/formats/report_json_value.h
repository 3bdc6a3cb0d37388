// The interchange JSON of the annual report as a nlohmann value, for callers
// that embed the report in a larger JSON document (the CLI's
// `report check --json`). The text form and the schema are in report_json.h
// and docs/report-json.md; these functions are the same mapping without the
// text step. Include <nlohmann/json.hpp> to use the returned value.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/status.h"
#include "formats/read_options.h"
#include "report/annual_report.h"

namespace gongkai::formats {

// The report object, keys in schema order. Never throws.
nlohmann::ordered_json ReportToJson(const report::AnnualReport& report);

// The schema reader of ReadReportJson (strict unless `options` say otherwise) applied to a parsed value
// (without the syntax and nesting checks, which belong to the text). Never
// throws.
Result<report::AnnualReport> ReportFromJson(const nlohmann::ordered_json& value,
                                            const ReadOptions& options = {});

}  // namespace gongkai::formats
