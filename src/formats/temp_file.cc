#include "formats/temp_file.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace gongkai::formats {
namespace {

int MakeIn(const std::string& dir, const std::string& prefix, std::string& path) {
  const std::string pattern = dir + "/" + prefix + "-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd >= 0) path = buf.data();
  return fd;
}

}  // namespace

TempFile::TempFile(const std::string& prefix) {
  const char* dir = std::getenv("TMPDIR");
  const std::string base = (dir != nullptr && *dir != '\0') ? dir : "/tmp";
  int fd = MakeIn(base, prefix, path_);
  if (fd < 0 && base != "/tmp") fd = MakeIn("/tmp", prefix, path_);
  if (fd >= 0) close(fd);
}

TempFile::~TempFile() {
  if (!path_.empty()) unlink(path_.c_str());
}

Result<std::string> TempFile::Read() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return Status::IoError("无法读取生成的临时文件");
  std::ostringstream out;
  out << in.rdbuf();
  if (!in.good() && !in.eof()) return Status::IoError("读取生成的临时文件失败");
  return out.str();
}

}  // namespace gongkai::formats
