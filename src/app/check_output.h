// How `gongkai report check` prints a checked file: readable Chinese text
// for people, or one JSON object per file for scripts.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "formats/document.h"
#include "formats/report_io.h"
#include "report/finding.h"

namespace gongkai::app {

struct CheckedFile {
  std::string path;
  formats::ReadResult read;
  std::vector<report::Finding> findings;
  std::vector<formats::ParseNote> notes;  // reader notes and the checker's own
};

std::string FormatCheckedText(const CheckedFile& file);
// {"file","format","year","agency","report","findings":[{"rule","severity","where","message","values"}],"notes"}
std::string FormatCheckedJson(const CheckedFile& file);
// {"file","error","code"} for a file that could not be read: "error" is the
// Chinese message, "code" the kind of failure ("not_found", "damaged",
// "invalid_input", "io_error", … from the Status; "exception" when checking
// the file failed unexpectedly).
std::string FormatReadErrorJson(const std::string& path, const Status& status);
std::string FormatReadErrorJson(const std::string& path, const std::string& message,
                                const std::string& code);

}  // namespace gongkai::app
