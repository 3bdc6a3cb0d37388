// The "publication" section of <data dir>/settings.json (docs/settings.md):
//
//   {"publication": {"index_template": "{org}/{year}-{seq:05}",  // [I] 索引号 scheme
//                    "review_by_other": true,                     // [I] 先审后发 by a second person
//                    "summary_max_chars": 100}}                   // [R] 内容概述 limit, 0: none
//
// Every key is optional; unknown keys and wrong types are errors naming the
// file and the key. The template is checked (domain/index_number.h).
#pragma once

#include <string>

#include "core/status.h"
#include "service/publication_service.h"

namespace gongkai::app {

Result<service::PublicationSettings> ParsePublicationSettings(const std::string& text,
                                                              const std::string& path);
Result<service::PublicationSettings> LoadPublicationSettings(const std::string& data_dir);

}  // namespace gongkai::app
