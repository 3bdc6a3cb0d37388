#include "web/gzip.h"

#include <zlib.h>

#include <optional>
#include <utility>

namespace gongkai::web {
namespace {

constexpr size_t kMinBytes = 1024;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool Compressible(std::string_view content_type) {
  for (std::string_view t : {"text/", "application/json", "application/javascript",
                             "image/svg+xml", "application/xml"}) {
    if (content_type.substr(0, t.size()) == t) return true;
  }
  return false;
}

}  // namespace

bool AcceptsGzip(std::string_view value) {
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = value.find(',', start);
    if (end == std::string_view::npos) end = value.size();
    std::string_view item = Trim(value.substr(start, end - start));
    std::string_view coding = item, params;
    if (const size_t semi = item.find(';'); semi != std::string_view::npos) {
      coding = Trim(item.substr(0, semi));
      params = Trim(item.substr(semi + 1));
    }
    if (EqualsIgnoreCase(coding, "gzip") || coding == "*") {
      // q=0, q=0.0, q=0.000: refused.
      bool zero = false;
      if (params.size() >= 3 && (params[0] == 'q' || params[0] == 'Q') && params[1] == '=') {
        std::string_view q = params.substr(2);
        zero = !q.empty() && q[0] == '0' && q.find_first_not_of("0.", 0) == std::string_view::npos;
      }
      if (!zero) return true;
    }
    start = end + 1;
  }
  return false;
}

std::optional<std::string> Gzip(std::string_view data) {
  z_stream z{};
  // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string out;
  out.resize(deflateBound(&z, static_cast<uLong>(data.size())) + 32);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  const size_t written = out.size() - z.avail_out;
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return std::nullopt;
  out.resize(written);
  return out;
}

void MaybeGzip(const Request& request, Response& response) {
  if (response.body.size() < kMinBytes || response.headers.Get("Content-Encoding")) return;
  const std::optional<std::string_view> type = response.headers.Get("Content-Type");
  if (!type || !Compressible(*type)) return;
  response.headers.Set("Vary", "Accept-Encoding");
  const std::optional<std::string_view> accept = request.headers.Get("Accept-Encoding");
  if (!accept || !AcceptsGzip(*accept)) return;
  std::optional<std::string> packed = Gzip(response.body);
  if (!packed) return;  // zlib out of memory: sent as it is
  response.body = std::move(*packed);
  response.headers.Set("Content-Encoding", "gzip");
}

}  // namespace gongkai::web
