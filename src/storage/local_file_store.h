// The file-store port (service/file_store.h) over a local folder: uploaded
// attachments, ID-proof scans and generated letters, named by random ids.
//
// Layout: <dir>/<first 2 hex of the id>/<remaining 30 hex>. The id is 128
// random bits from libsodium's randombytes_buf, written as 32 lower-case hex
// characters; the fan-out keeps folders small. Files are created 0600.
//
// Put: refuses content over the limit (kInvalidInput, "附件大小 60.2 MB，
// 超过上限 50 MB"); writes to a temporary file in the target folder, fsyncs
// it, renames it into place without replacing anything (a new id is drawn
// in the astronomically unlikely case the name exists) and fsyncs the
// folder, so a crash leaves either no file or the whole file, never part of
// one. The SHA-256 (libsodium) of the content is returned with the id.
// Get: kInvalidInput for an id that is not 32 lower-case hex characters (so
// no id can name a path outside the store), kNotFound when no file has that
// id, kDamaged when `expected_sha256` is given and the content's SHA-256
// differs.
// Failures of the operating system are kIoError with the path and the
// reason. Several processes may share one folder; the store keeps no state
// besides the folder, so it is safe to use from several threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"
#include "service/file_store.h"

namespace gongkai::storage {

class LocalFileStore final : public service::FileStore {
 public:
  static constexpr int64_t kDefaultMaxBytes = int64_t{50} << 20;  // 50 MiB

  // Creates `dir` (and its parents) when missing; kIoError naming the folder
  // when it cannot be created or is not a folder. `max_bytes` must be > 0.
  static Result<std::unique_ptr<LocalFileStore>> Open(const std::string& dir,
                                                      int64_t max_bytes = kDefaultMaxBytes);

  Result<service::StoredFile> Put(std::string_view bytes) override;
  Result<std::string> Get(const std::string& id, const std::string& expected_sha256) override;

  const std::string& dir() const { return dir_; }
  int64_t max_bytes() const { return max_bytes_; }

  // "1000 字节", "1.5 KB", "60.2 MB": sizes as messages show them (1 KB =
  // 1024 bytes, one decimal, ".0" dropped).
  static std::string SizeText(int64_t bytes);

 private:
  LocalFileStore(std::string dir, int64_t max_bytes)
      : dir_(std::move(dir)), max_bytes_(max_bytes) {}

  std::string dir_;
  int64_t max_bytes_;
};

}  // namespace gongkai::storage
