// The structured access log: one JSON object a line per request — time
// (UTC), client address, method, path, status, body bytes, milliseconds.
// The query string is not logged: it can carry a query code or a phone
// number (the application status page), and the log is not a place for
// them.
#pragma once

#include <cstdio>
#include <string>

#include "web/http.h"

namespace gongkai::web {

class AccessLog {
 public:
  explicit AccessLog(std::FILE* out) : out_(out) {}
  void Write(const Request& request, const Response& response, double milliseconds);
  // The line Write prints, without its newline.
  static std::string Line(const std::string& utc, const Request& request, const Response& response,
                          double milliseconds);

 private:
  std::FILE* out_;
};

}  // namespace gongkai::web
