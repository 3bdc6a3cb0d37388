// The site: the route table (web/routes.cc) over the pages, then what every
// response gets — the security headers, gzip for text, and a Chinese error
// page when a page fails. This is the Handler that web/server.h serves.
#pragma once

#include <string>

#include "web/backend.h"
#include "web/http.h"
#include "web/page_cache.h"
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

// The facts of the 政府信息公开指南 (条例第十二条: the guide says how to
// apply and to whom, and is kept current): the 政府信息公开工作机构 that
// receives applications and how to reach it, the body to complain to
// (第五十一条), and the 主题分类 of the 制度 column (settings.json "guide",
// docs/settings.md). Empty fields are left out of the page.
struct GuideSettings {
  std::string office;        // 受理机构, e.g. 青山市人民政府办公室（政务公开办公室）
  std::string address;       // 办公地址
  std::string postal_code;   // 邮政编码
  std::string office_hours;  // 办公时间
  std::string phone;         // 咨询电话
  std::string fax;           // 传真
  std::string email;         // 电子邮箱
  std::string supervisor;    // 监督部门（投诉、举报）
  std::string updated_on;    // 指南更新日期
  std::string rules_topic = "综合政务\\政务公开";  // [I] the documents of the 制度 column
};

struct SiteOptions {
  std::string static_dir;  // the project's static/
  PortalSettings portal;
  GuideSettings guide;
  PageCacheOptions page_cache;  // web/page_cache.h; max_age_seconds 0 turns it off
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
  PageCache cache_;
};

}  // namespace gongkai::web
