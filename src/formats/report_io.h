// Reading and writing whole reports in every format gongkai knows: the
// single entry point the CLI (and later the portal) uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "formats/document.h"
#include "formats/read_options.h"
#include "report/annual_report.h"

namespace gongkai::formats {

enum class InputFormat { kText, kMarkdown, kHtml, kDocx, kPdf, kXlsx, kJson };
enum class OutputFormat { kDocx, kPdf, kHtml, kXlsx, kMarkdown, kJson };

const char* InputFormatName(InputFormat f);   // "text", "markdown", "html", …
const char* InputFormatLabel(InputFormat f);  // 纯文本, Markdown, HTML网页, Word文档 …

// Decides the format from the bytes (magic numbers, ZIP contents, markup),
// using the file name's extension only to tell Markdown from plain text.
InputFormat DetectInputFormat(std::string_view bytes, std::string_view filename);

struct ReadResult {
  report::AnnualReport report;
  std::vector<ParseNote> notes;
  InputFormat format = InputFormat::kText;
};

// Reads a report from its bytes. Fails when the container is damaged or the
// content is not an annual report at all (no section heading and no table
// row recognised); the message says which and why, in Chinese. `options`
// matter for the interchange JSON only (see ReadOptions).
Result<ReadResult> ReadReport(std::string_view bytes, std::string_view filename,
                              const ReadOptions& options = {});

// Renders the report; DOCX, PDF and XLSX are binary.
Result<std::string> WriteReport(const report::AnnualReport& report, OutputFormat format);

// Parses "docx", "pdf", "html", "xlsx", "md"/"markdown", "json".
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);
const char* OutputExtension(OutputFormat f);  // "docx", "md", …

}  // namespace gongkai::formats
