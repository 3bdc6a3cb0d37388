// The "guide" section of <data dir>/settings.json: the facts the portal's
// 政府信息公开指南 (/xxgk/zn/) states — who receives applications and how to
// reach them — and the 主题分类 of the 制度 column (web::GuideSettings):
//
//   {"guide": {"office": "…", "address": "…", "postal_code": "…",
//              "office_hours": "…", "phone": "…", "fax": "…", "email": "…",
//              "supervisor": "…", "updated_on": "2025-01-01",
//              "rules_topic": "综合政务\\政务公开"}}
//
// Every key optional, every value a string; updated_on a date; rules_topic a
// 主题分类 path. Unknown keys and wrong values are errors naming file and key.
#pragma once

#include <string>

#include "core/status.h"
#include "web/site.h"

namespace gongkai::app {

Result<web::GuideSettings> ParseGuideSettings(const std::string& text, const std::string& path);
Result<web::GuideSettings> LoadGuideSettings(const std::string& data_dir);

}  // namespace gongkai::app
