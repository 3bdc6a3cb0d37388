// /ysqgk/: 依申请公开 — how to apply (条例第二十七条至第三十三条 in plain words:
// who may apply, what the application must say, when it counts as received,
// the reply deadline and its extension, 补正, fees, remedies), with the ways
// in: the online form and the progress look-up.
#include "web/pages.h"
#include "web/site.h"

namespace gongkai::web {

Response YsqgkPage(Site& site, const Request&, std::string_view) {
  View meta;
  meta.Set("column_name", "依申请公开");
  meta.Set("column_type", "依申请公开");
  return site.Page(200, "ysqgk", View(), "依申请公开", std::move(meta));
}

}  // namespace gongkai::web
