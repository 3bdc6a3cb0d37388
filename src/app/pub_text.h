// Publications as the CLI prints them (zh-CN).
#pragma once

#include <string>

#include "service/publication_service.h"

namespace gongkai::app {

// One tab-separated line: 编号, 索引号, 状态, 有效性, 发布日期, 类别, 信息名称.
std::string PublicationLine(const domain::Publication& p);
// The metadata table (索引号, 信息名称, 发布机构 …), the validity shown
// first when not 有效, the body text, attachments, links, versions, log.
std::string PublicationText(const service::PublicationView& view);

}  // namespace gongkai::app
