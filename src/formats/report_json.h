// The interchange JSON of the annual report ("gongkai.annual-report/1"): the
// one format every part of gongkai exchanges reports in (render input,
// `report check --json` output, the report built from case records). The
// schema is documented field by field in docs/report-json.md.
//
// Contract:
// - WriteReportJson never fails: it writes every field of the report, pretty
//   printed with a 2-space indent, UTF-8 not ASCII-escaped, keys in a fixed
//   order. A blank cell is null (never 0); the 万元 amount is a string of the
//   decimal as written. Source positions and raw cell text that differs from
//   the value are kept in an optional "sources" object. Invalid UTF-8 in the
//   report's text is written as U+FFFD.
// - ReadReportJson is strict and never throws, crashes or hangs: any syntax
//   error is reported as "JSON 第L行第C列：…" (C counts characters), any
//   schema error names the JSON path, e.g.
//   "table3.rows.R05[2]：应为非负整数或null，实际为 \"abc\"". Unknown keys,
//   duplicate keys, missing table rows, negative counts and non-integers are
//   errors, so that a typo never silently drops data. Input over 64 MiB or
//   nested deeper than 64 levels is refused.
// - With ReadOptions::cell_text (`report check`), a cell holding a string or
//   a number that is not a count is read as the cell's raw text instead of
//   being an error (value: the count the text denotes, if any), so that the
//   checker can report it; everything else stays strict.
// - Round trip: ReadReportJson(WriteReportJson(r)) equals r field by field
//   (given valid UTF-8 text, and source lines/pages that are 0 or positive).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "formats/read_options.h"
#include "report/annual_report.h"

namespace gongkai::formats {

// The value of the "schema" key this version writes and reads.
inline constexpr std::string_view kReportJsonSchema = "gongkai.annual-report/1";

std::string WriteReportJson(const report::AnnualReport& report);

Result<report::AnnualReport> ReadReportJson(std::string_view text,
                                            const ReadOptions& options = {});

}  // namespace gongkai::formats
