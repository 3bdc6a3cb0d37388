#include "core/ascii_case.h"
#include "formats/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "core/utf8.h"

namespace gongkai::formats {
namespace {

constexpr size_t kReadChunk = 64 * 1024;

std::string Quoted(std::string_view name) { return "“" + utf8::Sanitize(name) + "”"; }

std::string MiB(uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// Maps an error of opening or reading one entry to a Status.
Status EntryError(int code, std::string_view name) {
  switch (code) {
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
      return Status::Unsupported("压缩包中的" + Quoted(name) + "已加密，无法读取");
    case ZIP_ER_COMPNOTSUPP:
      return Status::Unsupported("压缩包中的" + Quoted(name) + "使用了不支持的压缩方式");
    case ZIP_ER_CRC:
      return Status::Damaged("压缩包中的" + Quoted(name) + "校验失败（CRC 错误）");
    default:
      return Status::Damaged("压缩包中的" + Quoted(name) + "无法解压（错误码 " +
                             std::to_string(code) + "）");
  }
}

}  // namespace

struct ZipReader::Impl {
  std::string bytes;  // the archive; libzip reads it in place
  zip_t* archive = nullptr;
  std::vector<ZipEntryInfo> entries;

  ~Impl() {
    if (archive != nullptr) zip_discard(archive);
  }
};

ZipReader::ZipReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipReader::ZipReader(ZipReader&&) noexcept = default;
ZipReader& ZipReader::operator=(ZipReader&&) noexcept = default;
ZipReader::~ZipReader() = default;

Result<ZipReader> ZipReader::Open(std::string_view bytes) {
  if (bytes.empty()) return Status::InvalidInput("不是ZIP压缩包（内容为空）");
  auto impl = std::make_unique<Impl>();
  impl->bytes.assign(bytes.data(), bytes.size());

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source =
      zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Status::Internal("无法创建ZIP读取缓冲区");
  }
  impl->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (impl->archive == nullptr) {
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    zip_source_free(source);
    const bool local_header = bytes.size() >= 4 && std::memcmp(bytes.data(), "PK\x03\x04", 4) == 0;
    if (code == ZIP_ER_NOZIP) {
      if (local_header) {
        return Status::Damaged("ZIP压缩包不完整（找不到中央目录，文件可能被截断）");
      }
      return Status::InvalidInput("不是ZIP压缩包");
    }
    return Status::Damaged("ZIP压缩包结构损坏（错误码 " + std::to_string(code) + "）");
  }
  zip_error_fini(&error);

  const zip_int64_t count = zip_get_num_entries(impl->archive, 0);
  if (count < 0) return Status::Damaged("ZIP压缩包目录无法读取");
  if (static_cast<uint64_t>(count) > kZipMaxEntries) {
    return Status::Damaged("ZIP压缩包含 " + std::to_string(count) + " 个条目，超过上限 " +
                           std::to_string(kZipMaxEntries));
  }
  impl->entries.reserve(static_cast<size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    ZipEntryInfo info;
    if (zip_stat_index(impl->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &st) == 0) {
      if ((st.valid & ZIP_STAT_NAME) != 0 && st.name != nullptr) info.name = st.name;
      if ((st.valid & ZIP_STAT_SIZE) != 0) info.size = st.size;
      if ((st.valid & ZIP_STAT_COMP_SIZE) != 0) info.compressed_size = st.comp_size;
    }
    impl->entries.push_back(std::move(info));
  }
  return ZipReader(std::move(impl));
}

const std::vector<ZipEntryInfo>& ZipReader::Entries() const { return impl_->entries; }

bool ZipReader::Contains(std::string_view name) const {
  for (const ZipEntryInfo& e : impl_->entries) {
    if (EqualsIgnoreAsciiCase(e.name, name)) return true;
  }
  return false;
}

Result<std::string> ZipReader::Read(std::string_view name, uint64_t max_size) const {
  const auto& entries = impl_->entries;
  auto it = std::find_if(entries.begin(), entries.end(),
                         [&](const ZipEntryInfo& e) { return e.name == name; });
  if (it == entries.end()) {
    it = std::find_if(entries.begin(), entries.end(),
                      [&](const ZipEntryInfo& e) { return EqualsIgnoreAsciiCase(e.name, name); });
  }
  if (it == entries.end()) return Status::NotFound("缺少" + std::string(name));
  if (it->size > max_size) {
    return Status::Damaged("压缩包中的" + Quoted(name) + "解压后为 " + std::to_string(it->size) +
                           " 字节，超过上限 " + MiB(max_size) + "，拒绝读取");
  }
  const auto index = static_cast<zip_uint64_t>(it - entries.begin());
  zip_file_t* file = zip_fopen_index(impl_->archive, index, 0);
  if (file == nullptr) {
    const int code = zip_error_code_zip(zip_get_error(impl_->archive));
    zip_error_clear(impl_->archive);
    return EntryError(code, name);
  }
  std::string out;
  out.reserve(static_cast<size_t>(std::min<uint64_t>(it->size, max_size)));
  char buffer[kReadChunk];
  Status failure;
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      failure = EntryError(zip_error_code_zip(zip_file_get_error(file)), name);
      break;
    }
    if (n == 0) break;
    if (out.size() + static_cast<uint64_t>(n) > max_size) {
      // The declared size lied (or was absent): a zip bomb.
      failure = Status::Damaged("压缩包中的" + Quoted(name) + "解压后超过上限 " + MiB(max_size) +
                                "，拒绝读取（可能是压缩炸弹）");
      break;
    }
    out.append(buffer, static_cast<size_t>(n));
  }
  zip_fclose(file);
  if (!failure.ok()) return failure;
  return out;
}

ZipWriter::ZipWriter() = default;
ZipWriter::ZipWriter(ZipWriter&&) noexcept = default;
ZipWriter& ZipWriter::operator=(ZipWriter&&) noexcept = default;
ZipWriter::~ZipWriter() = default;

Status ZipWriter::Add(std::string_view name, std::string_view data, bool compress) {
  if (name.empty()) return Status::InvalidInput("压缩包条目名称为空");
  for (const Entry& e : entries_) {
    if (e.name == name) return Status::InvalidInput("压缩包条目" + Quoted(name) + "重复");
  }
  entries_.push_back(Entry{std::string(name), std::string(data), compress});
  return Status::Ok();
}

Result<std::string> ZipWriter::Finish() const {
  if (entries_.empty()) {
    // libzip removes an archive without entries; an empty ZIP is its
    // end-of-central-directory record alone.
    return std::string("PK\x05\x06", 4) + std::string(18, '\0');
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* sink = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (sink == nullptr) {
    zip_error_fini(&error);
    return Status::Internal("无法创建ZIP写入缓冲区");
  }
  zip_t* archive = zip_open_from_source(sink, ZIP_TRUNCATE, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(sink);
    return Status::Internal("无法创建ZIP压缩包");
  }
  zip_source_keep(sink);  // survives zip_close so the bytes can be read back

  constexpr zip_uint16_t kDosTime = 0;                  // 00:00:00
  constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
  Status failure;
  for (const Entry& e : entries_) {
    // The entries outlive zip_close, so libzip may read them in place.
    zip_source_t* data = zip_source_buffer(archive, e.data.data(), e.data.size(), 0);
    if (data == nullptr) {
      failure = Status::Internal("无法写入压缩包条目" + Quoted(e.name));
      break;
    }
    const zip_int64_t index = zip_file_add(archive, e.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      failure = Status::Internal("无法写入压缩包条目" + Quoted(e.name));
      break;
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_dostime(archive, i, kDosTime, kDosDate, 0) != 0) {
      failure = Status::Internal("无法设置压缩包条目" + Quoted(e.name));
      break;
    }
  }
  if (!failure.ok()) {
    zip_discard(archive);
    zip_source_free(sink);
    return failure;
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(sink);
    return Status::Internal("无法完成ZIP压缩包");
  }

  std::string out;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_open(sink) != 0) {
    zip_source_free(sink);
    return Status::Internal("无法读取生成的ZIP压缩包");
  }
  if (zip_source_stat(sink, &st) == 0 && (st.valid & ZIP_STAT_SIZE) != 0) {
    out.reserve(static_cast<size_t>(st.size));
  }
  char buffer[kReadChunk];
  for (;;) {
    const zip_int64_t n = zip_source_read(sink, buffer, sizeof buffer);
    if (n < 0) {
      failure = Status::Internal("无法读取生成的ZIP压缩包");
      break;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  zip_source_close(sink);
  zip_source_free(sink);
  if (!failure.ok()) return failure;
  return out;
}

}  // namespace gongkai::formats
