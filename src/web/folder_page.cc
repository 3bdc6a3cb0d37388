// A folder asked for without its final '/': the one URL of the folder.
#include "web/pages.h"

namespace gongkai::web {

Response FolderPage(Site&, const Request& request, std::string_view) {
  return Response::Redirect(301, request.path + "/");
}

}  // namespace gongkai::web
