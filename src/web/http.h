// The web layer's own HTTP types: what a handler sees and returns. The
// server adapter (web/server.cc, restinio) converts to and from them, so
// pages, routes and tests never see the HTTP library.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ascii_case.h"

namespace gongkai::web {

// Header fields in arrival order; names compare case-insensitively.
class Headers {
 public:
  void Add(std::string name, std::string value) {
    fields_.emplace_back(std::move(name), std::move(value));
  }
  // Replaces every field of that name by one.
  void Set(std::string_view name, std::string value);
  // The first field of that name.
  std::optional<std::string_view> Get(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// Header names and tokens compare ASCII-case-insensitively.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return EqualsIgnoreAsciiCase(a, b);
}

struct Request {
  std::string method;  // GET, HEAD, POST …
  std::string target;  // as sent: path and query, percent-encoded
  std::string path;    // the path part, percent-decoded (UTF-8)
  std::string query;   // the raw query string after '?', no '?'
  Headers headers;
  std::string body;
  std::string remote;  // the client's address, e.g. 127.0.0.1
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;

  static Response Text(int status, std::string body,
                       std::string content_type = "text/plain; charset=utf-8");
  static Response Html(int status, std::string body) {
    return Text(status, std::move(body), "text/html; charset=utf-8");
  }
  static Response Json(int status, std::string body) {
    return Text(status, std::move(body), "application/json; charset=utf-8");
  }
  // 301 or 302/303 to `location` (an absolute path on this site).
  static Response Redirect(int status, std::string location);
};

using Handler = std::function<Response(const Request&)>;

// The visitor's address: `peer` (the socket's other end), or — when `peer`
// is one of `trusted_proxies` (a reverse proxy such as nginx in front of
// the portal) — the nearest address in X-Forwarded-For that is not a
// trusted proxy. Rate limits count per visitor, so they need it.
std::string ClientAddress(const std::string& peer, const Headers& headers,
                          const std::vector<std::string>& trusted_proxies);

// The reason phrase of a status code ("OK", "Not Found" …).
std::string_view ReasonPhrase(int status);

}  // namespace gongkai::web
