// Files of the project's static/ folder (CSS, images, Chart.js) under
// /static/: only plain relative names (letters, digits, '-', '_', '.', '/';
// no "..", no hidden files), the type from the extension, a strong ETag of
// the content (If-None-Match answers 304) and Cache-Control for an hour.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/http.h"

namespace gongkai::web {

class StaticFiles {
 public:
  explicit StaticFiles(std::string dir) : dir_(std::move(dir)) {}

  // The response for `name` (the path below /static/), or nullopt when no
  // such file may be served (the caller answers 404).
  std::optional<Response> Serve(const Request& request, std::string_view name) const;

  // Whether `name` is a name this class would look up at all.
  static bool SafeName(std::string_view name);
  static std::string_view ContentType(std::string_view name);

 private:
  std::string dir_;
};

}  // namespace gongkai::web
