// One file of `gongkai report check`: read it (cells holding text kept as
// text, so that the checker reports them), check it and format the result.
// Shared by the command and by fuzz/fuzz_report_check.cc, so that the fuzzer
// drives exactly what a user runs.
#pragma once

#include <string>
#include <string_view>

#include "app/check_output.h"
#include "core/status.h"
#include "formats/report_io.h"
#include "report/check.h"

namespace gongkai::app {

struct CheckFileOptions {
  report::CheckOptions check;
  const formats::ReadResult* previous = nullptr;  // the year before (--previous), if given
  std::string previous_path;                      // its file name, for the notes
};

// Reads a report for checking: formats::ReadReport with
// ReadOptions::cell_text; a failure's message starts with `path`.
Result<formats::ReadResult> ReadForCheck(std::string_view bytes, const std::string& path);

// Reads and checks the content `bytes` of the file `path` (the name only
// tells Markdown from plain text). Fails when the bytes are not a readable
// report. Does not catch exceptions: the command does, per file.
Result<CheckedFile> CheckOneFile(const std::string& path, std::string_view bytes,
                                 const CheckFileOptions& options);

// The checking half of CheckOneFile, for a report already read by
// ReadForCheck (the batch reads every file before it pairs the years).
CheckedFile CheckReadReport(const std::string& path, formats::ReadResult read,
                            const CheckFileOptions& options);

// What `report check` prints for one file and how it ends.
struct FileOutput {
  std::string text;     // one JSON line with "\n", or the Chinese text block
  bool read = false;    // false: the file could not be read (exit 2)
  bool errors = false;  // the checker found at least one error (exit 1)
};

// CheckOneFile, then FormatCheckedJson (json) or FormatCheckedText; for a file
// that cannot be read, FileErrorOutput.
FileOutput CheckFileOutput(const std::string& path, std::string_view bytes,
                           const CheckFileOptions& options, bool json);

// The output for a file that could not be read or checked:
// {"file","error","code"} in JSON, "== path ==\n  无法读取：…" in text.
FileOutput FileErrorOutput(const std::string& path, const Status& status, bool json);
// The same for an unexpected failure while checking ("code": "exception").
FileOutput FileFailureOutput(const std::string& path, const std::string& what, bool json);

}  // namespace gongkai::app
