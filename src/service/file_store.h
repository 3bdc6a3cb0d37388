// Port: where uploaded and generated files live (attachments, ID-proof
// uploads, letters). Adapter: storage/local_file_store (a local folder).
// Files are named by a random id the store chooses, never by a path the
// user gave, and are never overwritten.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace gongkai::service {

struct StoredFile {
  std::string id;       // random, 32 lower-case hex characters
  std::string sha256;   // 64 lower-case hex characters of the content
  int64_t size = 0;     // bytes
};

class FileStore {
 public:
  virtual ~FileStore() = default;
  // Stores `bytes` under a new id. Refuses (kInvalidInput, zh-CN message
  // with both sizes) content larger than the store's limit.
  virtual Result<StoredFile> Put(std::string_view bytes) = 0;
  // The content stored under `id`; kNotFound when there is none, kDamaged
  // when its SHA-256 no longer matches `expected_sha256` (when given).
  virtual Result<std::string> Get(const std::string& id, const std::string& expected_sha256) = 0;
};

}  // namespace gongkai::service
