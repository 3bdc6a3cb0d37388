#include "web/security_headers.h"

#include "web/visitor.h"

namespace gongkai::web {

void AddSecurityHeaders(const Request& request, Response& response) {
  Headers& h = response.headers;
  h.Set("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  h.Set("X-Frame-Options", "DENY");
  h.Set("X-Content-Type-Options", "nosniff");
  h.Set("Referrer-Policy", "same-origin");
  if (OverTls(request)) {
    h.Set("Strict-Transport-Security", "max-age=31536000");
  }
}

}  // namespace gongkai::web
