#include "web/http.h"

namespace gongkai::web {

void Headers::Set(std::string_view name, std::string value) {
  std::vector<std::pair<std::string, std::string>> kept;
  kept.reserve(fields_.size() + 1);
  for (auto& f : fields_) {
    if (!EqualsIgnoreCase(f.first, name)) kept.push_back(std::move(f));
  }
  kept.emplace_back(std::string(name), std::move(value));
  fields_ = std::move(kept);
}

std::optional<std::string_view> Headers::Get(std::string_view name) const {
  for (const auto& f : fields_) {
    if (EqualsIgnoreCase(f.first, name)) return std::string_view(f.second);
  }
  return std::nullopt;
}

Response Response::Text(int status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  r.headers.Set("Content-Type", std::move(content_type));
  r.body = std::move(body);
  return r;
}

Response Response::Redirect(int status, std::string location) {
  Response r = Html(status, "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>"
                            "页面已移动</title><p>页面已移动。</p></html>");
  r.headers.Set("Location", std::move(location));
  return r;
}

std::string ClientAddress(const std::string& peer, const Headers& headers,
                          const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](std::string_view a) {
    for (const std::string& t : trusted_proxies) {
      if (t == a) return true;
    }
    return false;
  };
  if (!trusted(peer)) return peer;
  std::vector<std::string> hops;  // as the proxies appended them, nearest last
  for (const auto& [name, value] : headers.fields()) {
    if (!EqualsIgnoreCase(name, "X-Forwarded-For")) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const size_t comma = rest.find(',');
      std::string_view hop = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      while (!hop.empty() && (hop.front() == ' ' || hop.front() == '\t')) hop.remove_prefix(1);
      while (!hop.empty() && (hop.back() == ' ' || hop.back() == '\t')) hop.remove_suffix(1);
      if (!hop.empty() && hop.size() <= 64) hops.emplace_back(hop);
    }
  }
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    if (!trusted(*it)) return *it;
  }
  return peer;
}

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return status < 400 ? "OK" : "Error";
  }
}

}  // namespace gongkai::web
