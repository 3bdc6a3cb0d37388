#include "web/visitor.h"

#include <string_view>

namespace gongkai::web {
namespace {

bool WellFormed(std::string_view id) {
  if (id.size() != 32) return false;
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

}  // namespace

std::string VisitorOf(const Request& request) {
  for (const auto& [name, value] : request.headers.fields()) {
    if (!EqualsIgnoreCase(name, "Cookie")) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const size_t semi = rest.find(';');
      std::string_view pair = rest.substr(0, semi);
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
      const size_t eq = pair.find('=');
      if (eq == std::string_view::npos || pair.substr(0, eq) != kVisitorCookie) continue;
      const std::string_view id = pair.substr(eq + 1);
      if (WellFormed(id)) return std::string(id);
    }
  }
  return "";
}

bool OverTls(const Request& request) {
  const std::optional<std::string_view> proto = request.headers.Get("X-Forwarded-Proto");
  return proto && EqualsIgnoreCase(*proto, "https");
}

void SetVisitorCookie(const Request& request, Response& response, const std::string& id) {
  std::string cookie = std::string(kVisitorCookie) + "=" + id +
                       "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict";
  if (OverTls(request)) cookie += "; Secure";
  response.headers.Add("Set-Cookie", std::move(cookie));
}

}  // namespace gongkai::web
