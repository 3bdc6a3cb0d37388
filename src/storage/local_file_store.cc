#include "storage/local_file_store.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "core/utf8.h"

namespace gongkai::storage {
namespace {

constexpr size_t kIdBytes = 16;  // 128 random bits → 32 hex characters

Status SodiumReady() {
  static const int rc = sodium_init();  // 0 first time, 1 when already done, -1 on failure
  if (rc < 0) return Status::Internal("无法初始化 libsodium（附件编号与 SHA-256 需要它）");
  return Status::Ok();
}

// The reason an operating-system call failed, in Chinese where it is common.
std::string Reason(int err) {
  switch (err) {
    case ENOSPC:
      return "磁盘空间不足";
    case EDQUOT:
      return "超出磁盘配额";
    case EACCES:
    case EPERM:
      return "没有权限";
    case EROFS:
      return "文件系统是只读的";
    case ENOENT:
      return "路径不存在";
    case ENOTDIR:
      return "路径中有一项不是文件夹";
    default:
      return std::string("系统错误：") + std::strerror(err);
  }
}

Status IoError(const std::string& what, const std::string& path, int err) {
  return Status::IoError(what + "“" + path + "”：" + Reason(err));
}

std::string Hex(const unsigned char* data, size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return Hex(digest, sizeof digest);
}

std::string NewId() {
  unsigned char raw[kIdBytes];
  randombytes_buf(raw, sizeof raw);
  return Hex(raw, sizeof raw);
}

bool IsLowerHex(std::string_view s, size_t length) {
  if (s.size() != length) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// An id as a message may show it: valid UTF-8, at most 40 bytes.
std::string Shown(std::string_view id) {
  if (id.size() <= 40) return utf8::Sanitize(id);
  return utf8::Sanitize(id.substr(0, 40)) + "…";
}

Status WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(Reason(errno));
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

// Makes a rename or a new entry in `dir` durable.
Status SyncFolder(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return IoError("无法打开附件目录", dir, errno);
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0 && err != EINVAL)
    return IoError("无法同步附件目录", dir, err);  // EINVAL: not supported
  return Status::Ok();
}

// Moves `from` to `to` unless `to` exists; errno EEXIST when it does.
int RenameNoReplace(const std::string& from, const std::string& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return -1;
  // The file system cannot rename without replacing: a hard link refuses
  // an existing name; without hard links, check first (the id is random).
  if (::link(from.c_str(), to.c_str()) == 0) {
    ::unlink(from.c_str());
    return 0;
  }
  if (errno == EEXIST) return -1;
  struct stat st;
  if (::lstat(to.c_str(), &st) == 0) {
    errno = EEXIST;
    return -1;
  }
  return ::rename(from.c_str(), to.c_str());
}

}  // namespace

std::string LocalFileStore::SizeText(int64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " 字节";
  const char* unit = "KB";
  double value = static_cast<double>(bytes) / 1024;
  if (bytes >= (int64_t{1} << 30)) {
    unit = "GB";
    value = static_cast<double>(bytes) / static_cast<double>(int64_t{1} << 30);
  } else if (bytes >= (int64_t{1} << 20)) {
    unit = "MB";
    value = static_cast<double>(bytes) / static_cast<double>(int64_t{1} << 20);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  std::string text = buf;
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text + " " + unit;
}

Result<std::unique_ptr<LocalFileStore>> LocalFileStore::Open(const std::string& dir,
                                                             int64_t max_bytes) {
  if (dir.empty()) return Status::InvalidInput("没有设置附件目录");
  if (max_bytes <= 0) {
    return Status::InvalidInput("附件目录“" + dir + "”的大小上限必须大于 0（设置为 " +
                                std::to_string(max_bytes) + "）");
  }
  if (Status st = SodiumReady(); !st.ok()) return st;
  std::string path = dir;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) return IoError("无法创建附件目录", path, ec.value());
  if (!std::filesystem::is_directory(path, ec)) {
    return Status::IoError("附件目录“" + path + "”已存在，但不是文件夹");
  }
  if (::access(path.c_str(), W_OK | X_OK) != 0) return IoError("附件目录不可写", path, errno);
  return std::unique_ptr<LocalFileStore>(new LocalFileStore(std::move(path), max_bytes));
}

Result<service::StoredFile> LocalFileStore::Put(std::string_view bytes) {
  const auto size = static_cast<int64_t>(bytes.size());
  if (size > max_bytes_) {
    std::string shown = SizeText(size), limit = SizeText(max_bytes_);
    if (shown == limit) {  // too close to tell apart at one decimal
      shown += "（" + std::to_string(size) + " 字节）";
      limit += "（" + std::to_string(max_bytes_) + " 字节）";
    }
    return Status::InvalidInput("附件大小 " + shown + "，超过上限 " + limit);
  }
  if (Status st = SodiumReady(); !st.ok()) return st;
  const std::string sha256 = Sha256Hex(bytes);
  for (int attempt = 0; attempt < 4; ++attempt) {
    const std::string id = NewId();
    const std::string folder = dir_ + "/" + id.substr(0, 2);
    if (::mkdir(folder.c_str(), 0750) == 0) {
      if (Status st = SyncFolder(dir_); !st.ok()) return st;
    } else if (errno != EEXIST) {
      return IoError("无法创建附件目录", folder, errno);
    }
    const std::string target = folder + "/" + id.substr(2);
    std::string temp = folder + "/.tmp-" + id.substr(2) + "-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) return IoError("无法在附件目录中创建临时文件", folder, errno);
    Status st = WriteAll(fd, bytes);
    if (st.ok() && ::fsync(fd) != 0) st = Status::IoError(Reason(errno));
    if (::close(fd) != 0 && st.ok()) st = Status::IoError(Reason(errno));
    if (!st.ok()) {
      ::unlink(temp.c_str());
      return Status::IoError("写入附件文件“" + temp + "”失败：" + st.message());
    }
    if (RenameNoReplace(temp, target) != 0) {
      const int err = errno;
      ::unlink(temp.c_str());
      if (err == EEXIST) continue;  // an id drawn twice: draw again
      return IoError("无法把附件文件移到", target, err);
    }
    if (Status synced = SyncFolder(folder); !synced.ok()) return synced;
    return service::StoredFile{id, sha256, size};
  }
  return Status::Internal("附件编号连续重复，随机数生成器可能有问题");
}

Result<std::string> LocalFileStore::Get(const std::string& id, const std::string& expected_sha256) {
  if (!IsLowerHex(id, kIdBytes * 2)) {
    return Status::InvalidInput("附件编号“" + Shown(id) + "”无效：应为 32 位小写十六进制字符");
  }
  if (!expected_sha256.empty() && !IsLowerHex(expected_sha256, 64)) {
    return Status::InvalidInput("附件“" + id + "”登记的 SHA-256 “" + Shown(expected_sha256) +
                                "”无效：应为 64 位小写十六进制字符");
  }
  const std::string path = dir_ + "/" + id.substr(0, 2) + "/" + id.substr(2);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return Status::NotFound("附件“" + id + "”不存在（应在“" + path + "”）");
    }
    return IoError("无法读取附件文件", path, errno);
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return IoError("无法读取附件文件", path, err);
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::IoError("附件文件“" + path + "”不是普通文件");
  }
  std::string content;
  content.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return IoError("无法读取附件文件", path, err);
    }
    content.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  if (!expected_sha256.empty()) {
    if (Status ready = SodiumReady(); !ready.ok()) return ready;
    const std::string actual = Sha256Hex(content);
    if (actual != expected_sha256) {
      return Status::Damaged("附件“" + id + "”已损坏：文件“" + path + "”内容的 SHA-256 为 " +
                             actual + "，与登记的 " + expected_sha256 + " 不一致");
    }
  }
  return content;
}

}  // namespace gongkai::storage
