// The HTTP server: restinio behind a plain Handler (web/http.h). Serves
// until SIGTERM or SIGINT, then stops accepting, lets the requests in
// flight finish (up to the grace period) and returns.
//
// Limits keep one client from stalling the others: connections are
// asynchronous (an idle or slow socket holds no thread), a request must
// arrive whole within read_timeout, and the URL, header fields and body are
// bounded (over a limit the connection is closed).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "web/access_log.h"
#include "web/http.h"

namespace gongkai::web {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (see `ready`)
  int threads = 4;       // worker threads running handlers
  size_t max_url_bytes = 8 * 1024;
  size_t max_field_bytes = 16 * 1024;  // one header field's value
  size_t max_fields = 100;
  size_t max_body_bytes = 12 * 1024 * 1024;  // the largest upload plus the form
  std::chrono::milliseconds read_timeout{10000};    // a whole request, header and body
  std::chrono::milliseconds write_timeout{120000};  // one write of a response
  std::chrono::milliseconds handle_timeout{30000};  // the handler's answer
  std::chrono::milliseconds shutdown_grace{10000};  // requests in flight on SIGTERM
  // Reverse proxies whose X-Forwarded-For names the visitor (web/http.h).
  std::vector<std::string> trusted_proxies;
};

// Blocks until SIGTERM/SIGINT (or an error opening the socket). `ready` is
// called with the bound port once the server accepts connections.
// `log` may be null.
Status Serve(const ServerOptions& options, const Handler& handler, AccessLog* log,
             const std::function<void(uint16_t port)>& ready);

}  // namespace gongkai::web
