// An XLSX workbook being written with libxlsxwriter, which writes to a file
// path only: a private temporary file (mkstemp in $TMPDIR, else /tmp), the
// workbook on it, and the file's bytes once it is closed; the file is removed
// on every path out. Shared by the report's XLSX writer and the plain sheet
// writer.
#pragma once

#include <string>

#include "core/status.h"

struct lxw_workbook;  // libxlsxwriter's, used only by the .cc files that include it

namespace gongkai::formats {

class XlsxFile {
 public:
  XlsxFile();
  ~XlsxFile();
  XlsxFile(const XlsxFile&) = delete;
  XlsxFile& operator=(const XlsxFile&) = delete;

  // nullptr when no temporary file or workbook could be made.
  lxw_workbook* workbook() const { return wb_; }
  // Closes the workbook and returns the file's bytes.
  Result<std::string> Finish();

 private:
  std::string path_;
  lxw_workbook* wb_ = nullptr;
};

}  // namespace gongkai::formats
