#include "web/security_headers.h"

namespace gongkai::web {

void AddSecurityHeaders(const Request& request, Response& response) {
  Headers& h = response.headers;
  h.Set("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  h.Set("X-Frame-Options", "DENY");
  h.Set("X-Content-Type-Options", "nosniff");
  h.Set("Referrer-Policy", "same-origin");
  const std::optional<std::string_view> proto = request.headers.Get("X-Forwarded-Proto");
  if (proto && EqualsIgnoreCase(*proto, "https")) {
    h.Set("Strict-Transport-Security", "max-age=31536000");
  }
}

}  // namespace gongkai::web
