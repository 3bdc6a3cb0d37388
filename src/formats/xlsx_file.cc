#include "formats/xlsx_file.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace gongkai::formats {
namespace {

int MakeIn(const std::string& dir, std::string& path) {
  const std::string pattern = dir + "/gongkai-xlsx-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd >= 0) path = buf.data();
  return fd;
}

}  // namespace

XlsxFile::XlsxFile() {
  const char* dir = std::getenv("TMPDIR");
  const std::string base = (dir != nullptr && *dir != '\0') ? dir : "/tmp";
  int fd = MakeIn(base, path_);
  if (fd < 0 && base != "/tmp") fd = MakeIn("/tmp", path_);
  if (fd < 0) return;
  close(fd);
  wb_ = workbook_new(path_.c_str());
}

XlsxFile::~XlsxFile() {
  if (wb_ != nullptr) workbook_close(wb_);  // the file is discarded anyway
  if (!path_.empty()) unlink(path_.c_str());
}

Result<std::string> XlsxFile::Finish() {
  if (wb_ == nullptr) return Status::IoError("无法创建 XLSX 临时文件（请检查 TMPDIR 或 /tmp）");
  const lxw_error err = workbook_close(wb_);
  wb_ = nullptr;
  if (err != LXW_NO_ERROR) {
    return Status::IoError(std::string("XLSX 生成失败：无法写入临时文件：") + lxw_strerror(err));
  }
  std::ifstream in(path_, std::ios::binary);
  if (!in) return Status::IoError("无法读取生成的 XLSX 临时文件");
  std::ostringstream out;
  out << in.rdbuf();
  if (!in.good() && !in.eof()) return Status::IoError("读取生成的 XLSX 临时文件失败");
  return out.str();
}

}  // namespace gongkai::formats
