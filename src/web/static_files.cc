#include "web/static_files.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gongkai::web {
namespace {

constexpr size_t kMaxFileBytes = size_t{16} << 20;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Etag(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

bool StaticFiles::SafeName(std::string_view name) {
  if (name.empty() || name.size() > 200 || name.front() == '/') return false;
  size_t segment_start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '/') {
      const std::string_view seg = name.substr(segment_start, i - segment_start);
      if (seg.empty() || seg.front() == '.') return false;  // "", ".", "..", hidden
      segment_start = i + 1;
      continue;
    }
    const char c = name[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::string_view StaticFiles::ContentType(std::string_view name) {
  if (EndsWith(name, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(name, ".js")) return "application/javascript; charset=utf-8";
  if (EndsWith(name, ".png")) return "image/png";
  if (EndsWith(name, ".svg")) return "image/svg+xml";
  if (EndsWith(name, ".ico")) return "image/x-icon";
  if (EndsWith(name, ".woff2")) return "font/woff2";
  if (EndsWith(name, ".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::optional<Response> StaticFiles::Serve(const Request& request, std::string_view name) const {
  if (!SafeName(name)) return std::nullopt;
  const std::string path = dir_ + "/" + std::string(name);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) ||
      std::filesystem::file_size(path, ec) > kMaxFileBytes || ec) {
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string body = bytes.str();
  const std::string etag = Etag(body);
  Response r;
  r.headers.Set("ETag", etag);
  r.headers.Set("Cache-Control", "public, max-age=3600");
  if (std::optional<std::string_view> seen = request.headers.Get("If-None-Match");
      seen && *seen == etag) {
    r.status = 304;
    return r;
  }
  r.status = 200;
  r.headers.Set("Content-Type", std::string(ContentType(name)));
  r.body = std::move(body);
  return r;
}

}  // namespace gongkai::web
