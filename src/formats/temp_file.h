// A private temporary file (mkstemp in $TMPDIR, else /tmp) removed when the
// object goes: libxlsxwriter writes workbooks to a file path only, so the
// XLSX writers write there and read the bytes back.
#pragma once

#include <string>

#include "core/status.h"

namespace gongkai::formats {

class TempFile {
 public:
  explicit TempFile(const std::string& prefix);  // e.g. "gongkai-xlsx"
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // "" when no temporary file could be created.
  const std::string& path() const { return path_; }
  // The file's whole content.
  Result<std::string> Read() const;

 private:
  std::string path_;
};

}  // namespace gongkai::formats
