// The pages of the route table, one file each (web/*_page.cc).
#pragma once

#include <string>
#include <string_view>

#include "web/http.h"

namespace gongkai::web {

class Site;

// GET /healthz: 200 {"status":"ok"} when the database answers at the
// schema this build expects, else 503 with the reason.
Response HealthPage(Site& site, const Request& request, std::string_view rest);
// GET /: the home page.
Response HomePage(Site& site, const Request& request, std::string_view rest);
// GET /xxgk/…: the catalogue, item pages and attachments (web/xxgk_page.cc).
Response XxgkPage(Site& site, const Request& request, std::string_view rest);
// GET /xxgk/zn/: 政府信息公开指南; GET /xxgk/zd/: 政府信息公开制度 (web/guide_page.cc).
Response GuidePage(Site& site, const Request& request, std::string_view rest);
Response RulesPage(Site& site, const Request& request, std::string_view rest);
// GET /xxgk/ndbg/…: the published annual reports (web/report_pages.cc).
Response ReportsPage(Site& site, const Request& request, std::string_view rest);
// The Content-Type an attachment of a detected type is sent with.
std::string AttachmentContentType(const std::string& type);
// GET of a folder without its final '/' (/xxgk): 301 to the folder.
Response FolderPage(Site& site, const Request& request, std::string_view rest);
// GET /search: the portal's search (web/search_page.cc).
Response SearchPage(Site& site, const Request& request, std::string_view rest);
// GET /ysqgk/: how to apply for disclosure (web/ysqgk_page.cc).
Response YsqgkPage(Site& site, const Request& request, std::string_view rest);
// GET, POST /ysqgk/apply: the online application form (web/apply_page.cc).
Response ApplyPage(Site& site, const Request& request, std::string_view rest);
// GET, POST /ysqgk/query: an application's progress by query code and phone.
Response TrackPage(Site& site, const Request& request, std::string_view rest);
// GET /hdjl/ and /hdjl/{id}.html: the published mailbox exchanges.
Response MailboxPage(Site& site, const Request& request, std::string_view rest);
// GET, POST /hdjl/write: writing to the leader's mailbox.
Response LetterFormPage(Site& site, const Request& request, std::string_view rest);
// GET, POST /hdjl/query: a letter's progress by query code and phone.
Response LetterTrackPage(Site& site, const Request& request, std::string_view rest);
// GET /static/NAME: a file of static/ (web/static_files.h).
Response StaticPage(Site& site, const Request& request, std::string_view rest);

}  // namespace gongkai::web
