// Publications as template data: a list line (title, URL, date, agency,
// kind, validity) and the item page's 目录 table, body and links.
#pragma once

#include <string>
#include <vector>

#include "domain/publication.h"
#include "service/public_catalogue.h"
#include "web/view.h"

namespace gongkai::web {

View ListLine(const domain::Publication& p);
std::vector<View> ListLines(const std::vector<domain::Publication>& list);
View ItemView(const service::PublicItem& item);

}  // namespace gongkai::web
