#include "formats/report_io.h"

#include <algorithm>
#include <optional>

#include "core/utf8.h"
#include "formats/assemble.h"
#include "formats/docx_reader.h"
#include "formats/docx_writer.h"
#include "formats/html_reader.h"
#include "formats/html_writer.h"
#include "formats/markdown_writer.h"
#include "formats/pdf_reader.h"
#include "formats/pdf_writer.h"
#include "formats/report_json.h"
#include "formats/text_reader.h"
#include "formats/xlsx_reader.h"
#include "formats/xlsx_writer.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view SkipBomAndSpace(std::string_view b) {
  if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  while (!b.empty() && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n')) {
    b.remove_prefix(1);
  }
  return b;
}

bool LooksLikeHtml(std::string_view head) {
  const std::string h = Lower(head.substr(0, 4096));
  return h.rfind("<!doctype html", 0) == 0 || h.find("<html") != std::string::npos ||
         h.find("<table") != std::string::npos || h.find("<body") != std::string::npos ||
         (h.rfind("<", 0) == 0 && (h.find("<p") != std::string::npos ||
                                   h.find("<div") != std::string::npos));
}

}  // namespace

const char* InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kMarkdown:
      return "markdown";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kDocx:
      return "docx";
    case InputFormat::kPdf:
      return "pdf";
    case InputFormat::kXlsx:
      return "xlsx";
    case InputFormat::kJson:
      return "json";
  }
  return "text";
}

const char* InputFormatLabel(InputFormat f) {
  switch (f) {
    case InputFormat::kText:
      return "纯文本";
    case InputFormat::kMarkdown:
      return "Markdown";
    case InputFormat::kHtml:
      return "HTML网页";
    case InputFormat::kDocx:
      return "Word文档（DOCX）";
    case InputFormat::kPdf:
      return "PDF文件";
    case InputFormat::kXlsx:
      return "Excel表格（XLSX）";
    case InputFormat::kJson:
      return "JSON交换文件";
  }
  return "纯文本";
}

namespace {

// The file name without folders and extension (invalid UTF-8 replaced): the
// last place a report's title can be found.
std::string FileStem(std::string_view filename) {
  const size_t slash = filename.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  if (name.size() > 1024) return "";
  return utf8::Sanitize(name);
}

}  // namespace

InputFormat DetectInputFormat(std::string_view bytes, std::string_view filename) {
  const std::string name = Lower(filename);
  if (bytes.substr(0, 5) == "%PDF-") return InputFormat::kPdf;
  // PDF files may carry junk before the header (the spec allows 1024 bytes).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    if (auto zip = ZipReader::Open(bytes); zip.ok()) {
      if (zip->Contains("xl/workbook.xml")) return InputFormat::kXlsx;
      if (zip->Contains("word/document.xml")) return InputFormat::kDocx;
    }
    return EndsWith(name, ".xlsx") ? InputFormat::kXlsx : InputFormat::kDocx;
  }
  const std::string_view head = SkipBomAndSpace(bytes);
  if (!head.empty() && head[0] == '{') return InputFormat::kJson;
  if (!head.empty() && head[0] == '<' && LooksLikeHtml(head)) return InputFormat::kHtml;
  if (EndsWith(name, ".html") || EndsWith(name, ".htm")) return InputFormat::kHtml;
  if (EndsWith(name, ".md") || EndsWith(name, ".markdown")) return InputFormat::kMarkdown;
  return InputFormat::kText;
}

Result<ReadResult> ReadReport(std::string_view bytes, std::string_view filename,
                              const ReadOptions& options) {
  ReadResult out;
  out.format = DetectInputFormat(bytes, filename);
  if (bytes.empty()) return Status::InvalidInput("文件是空的，不是年度报告。");
  if (out.format == InputFormat::kJson) {
    Result<report::AnnualReport> r = ReadReportJson(bytes, options);
    if (!r.ok()) return r.status();
    out.report = std::move(r).value();
    return out;
  }
  Result<Document> doc = [&]() -> Result<Document> {
    switch (out.format) {
      case InputFormat::kText:
      case InputFormat::kMarkdown:
        return ReadTextDocument(bytes);
      case InputFormat::kHtml:
        return ReadHtmlDocument(bytes);
      case InputFormat::kDocx:
        return ReadDocxDocument(bytes);
      case InputFormat::kPdf:
        return ReadPdfDocument(bytes);
      case InputFormat::kXlsx:
        return ReadXlsxDocument(bytes);
      case InputFormat::kJson:
        break;
    }
    return Status::Internal("未知的输入格式");
  }();
  if (!doc.ok()) return doc.status();
  if (const std::string stem = FileStem(filename); !stem.empty()) {
    doc->title_hints.push_back({"文件名", stem});
  }
  AssembledReport assembled = AssembleReport(*doc);
  const report::AnnualReport& r = assembled.report;
  if (r.sections.empty() && !r.table2.present && !r.table3.present && !r.table4.present) {
    return Status::InvalidInput(std::string("不是政府信息公开工作年度报告：在") +
                                InputFormatLabel(out.format) +
                                "中没有找到“一、总体情况”等部分标题，也没有找到年度报告的表格。");
  }
  out.report = std::move(assembled.report);
  out.notes = std::move(assembled.notes);
  return out;
}

Result<std::string> WriteReport(const report::AnnualReport& report, OutputFormat format) {
  switch (format) {
    case OutputFormat::kDocx:
      return WriteDocx(report);
    case OutputFormat::kPdf:
      return WritePdf(report);
    case OutputFormat::kHtml:
      return WriteHtml(report);
    case OutputFormat::kXlsx:
      return WriteXlsx(report);
    case OutputFormat::kMarkdown:
      return WriteMarkdown(report);
    case OutputFormat::kJson:
      return WriteReportJson(report);
  }
  return Status::Internal("未知的输出格式");
}

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  const std::string n = Lower(name);
  if (n == "docx") return OutputFormat::kDocx;
  if (n == "pdf") return OutputFormat::kPdf;
  if (n == "html" || n == "htm") return OutputFormat::kHtml;
  if (n == "xlsx") return OutputFormat::kXlsx;
  if (n == "md" || n == "markdown") return OutputFormat::kMarkdown;
  if (n == "json") return OutputFormat::kJson;
  return std::nullopt;
}

const char* OutputExtension(OutputFormat f) {
  switch (f) {
    case OutputFormat::kDocx:
      return "docx";
    case OutputFormat::kPdf:
      return "pdf";
    case OutputFormat::kHtml:
      return "html";
    case OutputFormat::kXlsx:
      return "xlsx";
    case OutputFormat::kMarkdown:
      return "md";
    case OutputFormat::kJson:
      return "json";
  }
  return "json";
}

}  // namespace gongkai::formats
