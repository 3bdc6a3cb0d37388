// The site: the route table (web/routes.cc) over the pages, then what every
// response gets — the security headers, gzip for text, and a Chinese error
// page when a page fails. This is the Handler that web/server.h serves.
#pragma once

#include <string>

#include "web/backend.h"
#include "web/http.h"
#include "web/static_files.h"
#include "web/templates.h"

namespace gongkai::web {

struct SiteOptions {
  std::string static_dir;     // the project's static/
  std::string site_name = "政府信息公开平台";
};

class Site {
 public:
  Site(Backend& backend, Templates templates, SiteOptions options);
  Response Handle(const Request& request);

  Backend& backend() { return backend_; }
  const Templates& templates() const { return templates_; }
  const StaticFiles& static_files() const { return static_files_; }
  const SiteOptions& options() const { return options_; }

  // A page of `name` in the layout, or the error page when rendering fails.
  Response Page(int status, const std::string& name, const View& view, const std::string& title);
  Response NotFound(const Request& request);
  Response Error(int status, const std::string& title, const std::string& message);

 private:
  Backend& backend_;
  Templates templates_;
  SiteOptions options_;
  StaticFiles static_files_;
};

}  // namespace gongkai::web
