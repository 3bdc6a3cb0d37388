#include "app/check_file.h"

#include <utility>

namespace gongkai::app {

Result<formats::ReadResult> ReadForCheck(std::string_view bytes, const std::string& path) {
  formats::ReadOptions read_options;
  read_options.cell_text = true;
  Result<formats::ReadResult> read = formats::ReadReport(bytes, path, read_options);
  if (!read.ok()) return read.status().WithContext(path);
  return read;
}

Result<CheckedFile> CheckOneFile(const std::string& path, std::string_view bytes,
                                 const CheckFileOptions& options) {
  Result<formats::ReadResult> read = ReadForCheck(bytes, path);
  if (!read.ok()) return read.status();
  return CheckReadReport(path, std::move(read).value(), options);
}

CheckedFile CheckReadReport(const std::string& path, formats::ReadResult read,
                            const CheckFileOptions& options) {
  CheckedFile file;
  file.path = path;
  file.read = std::move(read);
  file.notes = file.read.notes;
  const report::AnnualReport* prev = options.previous ? &options.previous->report : nullptr;
  const int year = file.read.report.year;
  if (prev != nullptr && prev->year != 0 && year != 0 && prev->year != year - 1) {
    file.notes.push_back({{}, "上年报告（" + options.previous_path + "）的年度为" +
                                  std::to_string(prev->year) + "年，不是" +
                                  std::to_string(year - 1) +
                                  "年，未进行跨年度核对（X1、X2、S7）。"});
    prev = nullptr;
  }
  file.findings = report::CheckReport(file.read.report, prev, options.check);
  return file;
}

FileOutput CheckFileOutput(const std::string& path, std::string_view bytes,
                           const CheckFileOptions& options, bool json) {
  Result<CheckedFile> file = CheckOneFile(path, bytes, options);
  if (!file.ok()) return FileErrorOutput(path, file.status(), json);
  FileOutput out;
  out.read = true;
  out.errors = report::HasErrors(file->findings);
  out.text = json ? FormatCheckedJson(*file) + "\n" : FormatCheckedText(*file);
  return out;
}

FileOutput FileErrorOutput(const std::string& path, const Status& status, bool json) {
  FileOutput out;
  out.text = json ? FormatReadErrorJson(path, status) + "\n"
                  : "== " + path + " ==\n  无法读取：" + status.message() + "\n";
  return out;
}

FileOutput FileFailureOutput(const std::string& path, const std::string& what, bool json) {
  const std::string message = path + "：核对时意外失败：" + what;
  FileOutput out;
  out.text = json ? FormatReadErrorJson(path, message, "exception") + "\n"
                  : "== " + path + " ==\n  无法核对：" + message + "\n";
  return out;
}

}  // namespace gongkai::app
