#include "app/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace gongkai::app {

Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return Status::NotFound("找不到文件“" + path + "”。");
  }
  if (std::filesystem::is_directory(status)) {
    return Status::InvalidInput("“" + path + "”是目录，不是文件。");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("无法打开文件“" + path + "”：" + std::strerror(errno) + "。");
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      return Status::InvalidInput("文件“" + path + "”超过" + std::to_string(max_bytes >> 20) +
                                  " MiB，不像是一份年度报告。");
    }
  }
  if (in.bad()) return Status::IoError("读取文件“" + path + "”时出错。");
  return data;
}

Status WriteFileAtomically(const std::string& path, const std::string& data) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      return Status::IoError("无法写入文件“" + path + "”：" + std::strerror(errno) + "。");
    }
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return Status::IoError("写入文件“" + path + "”时出错（磁盘已满？）。");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return Status::IoError("无法保存文件“" + path + "”：" + ec.message() + "。");
  }
  return Status::Ok();
}

}  // namespace gongkai::app
