#include "web/pages.h"
#include "web/site.h"

namespace gongkai::web {

Response StaticPage(Site& site, const Request& request, std::string_view rest) {
  std::optional<Response> file = site.static_files().Serve(request, rest);
  if (!file) return site.NotFound(request);
  return std::move(*file);
}

}  // namespace gongkai::web
