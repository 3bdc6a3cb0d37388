// The "portal" section of <data dir>/settings.json (docs/settings.md): the
// site's identity of 国办发〔2017〕47号 for the footer and the <meta> tags.
//
//   {"portal": {"site_name": "示例市人民政府", "site_domain": "www.example.gov.cn",
//               "site_id_code": "1234000001", "icp": "示ICP备12345678号",
//               "police_record": "示公网安备 12345678901234号", "sponsor": "示例市人民政府办公室",
//               "contact": "0000-12345678", "error_report_url": "https://…"}}
//
// Every key is optional and a string; unknown keys are errors naming the
// file and the key.
#pragma once

#include <string>

#include "core/status.h"
#include "web/site.h"

namespace gongkai::app {

Result<web::PortalSettings> ParsePortalSettings(const std::string& text, const std::string& path);
Result<web::PortalSettings> LoadPortalSettings(const std::string& data_dir);

}  // namespace gongkai::app
