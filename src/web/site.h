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

// The site's identity for the footer and the <meta> tags of 国办发〔2017〕47号
// (portal-and-catalogue.md §2; settings.json "portal", docs/settings.md).
// Empty fields are left out of the footer; `gongkai selfcheck` reports them.
struct PortalSettings {
  std::string site_name = "政府信息公开平台";  // 网站名称 (SiteName)
  std::string site_domain;       // 网站域名 (SiteDomain), e.g. www.example.gov.cn
  std::string site_id_code;      // 网站标识码 (SiteIDCode), 10 characters
  std::string icp;               // ICP备案编号
  std::string police_record;     // 公安机关备案号
  std::string sponsor;           // 主办单位
  std::string contact;           // 联系方式
  std::string error_report_url;  // 我为政府网站找错
};

struct SiteOptions {
  std::string static_dir;  // the project's static/
  PortalSettings portal;
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
  // `meta` adds the page's own 47号 tags (ColumnName, ArticleTitle, PubDate …).
  Response Page(int status, const std::string& name, const View& view, const std::string& title,
                View meta = {});
  Response NotFound(const Request& request);
  Response Error(int status, const std::string& title, const std::string& message);

 private:
  Backend& backend_;
  Templates templates_;
  SiteOptions options_;
  StaticFiles static_files_;
};

}  // namespace gongkai::web
