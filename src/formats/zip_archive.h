// ZIP archives in memory: the container of DOCX and XLSX files.
//
// ZipReader opens an archive held in memory, lists its entries and reads an
// entry by name with a cap on the decompressed size, so that a zip bomb or a
// lying size field costs at most the cap. ZipWriter collects entries and
// returns the finished archive as bytes. Neither throws; neither exposes
// libzip types.
//
// Error messages are zh-CN and name the entry; callers prefix them with the
// file kind (e.g. "DOCX 文件已损坏：…"). Status codes:
//   kInvalidInput  the bytes are not a ZIP archive at all
//   kDamaged       a ZIP archive that is truncated, inconsistent, fails its
//                  CRC or inflates to more than the cap
//   kNotFound      no entry of that name
//   kUnsupported   an encrypted entry or an unknown compression method
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace gongkai::formats {

// Default cap on one decompressed entry.
inline constexpr uint64_t kZipMaxEntrySize = uint64_t{64} << 20;  // 64 MiB
// Archives with more entries than this are refused (a DOCX has a few dozen).
inline constexpr uint64_t kZipMaxEntries = 100000;

struct ZipEntryInfo {
  std::string name;             // as stored (UTF-8 or as guessed by libzip)
  uint64_t size = 0;            // decompressed size as declared by the archive
  uint64_t compressed_size = 0;
};

class ZipReader {
 public:
  // Opens an archive from its bytes; the reader keeps its own copy.
  static Result<ZipReader> Open(std::string_view bytes);

  ZipReader(ZipReader&&) noexcept;
  ZipReader& operator=(ZipReader&&) noexcept;
  ~ZipReader();

  // Entries in central-directory order. Directories are included (names
  // ending in '/').
  const std::vector<ZipEntryInfo>& Entries() const;

  // True when an entry of this name exists. Names are compared exactly
  // first, then ignoring ASCII case (OOXML part names are case-insensitive).
  bool Contains(std::string_view name) const;

  // The decompressed bytes of entry `name`. Reading stops and fails with
  // kDamaged as soon as more than `max_size` bytes come out, whatever size
  // the archive declares.
  Result<std::string> Read(std::string_view name, uint64_t max_size = kZipMaxEntrySize) const;

 private:
  struct Impl;
  explicit ZipReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class ZipWriter {
 public:
  ZipWriter();
  ZipWriter(ZipWriter&&) noexcept;
  ZipWriter& operator=(ZipWriter&&) noexcept;
  ~ZipWriter();

  // Adds an entry (deflated unless `compress` is false). Entries are written
  // in the order added; a duplicate or empty name is refused (kInvalidInput).
  Status Add(std::string_view name, std::string_view data, bool compress = true);

  // The archive as bytes. Timestamps are fixed (1980-01-01 00:00) so the
  // same entries always give the same bytes. The writer can be reused:
  // Finish does not clear the entries.
  Result<std::string> Finish() const;

 private:
  struct Entry {
    std::string name;
    std::string data;
    bool compress = true;
  };
  std::vector<Entry> entries_;
};

}  // namespace gongkai::formats
