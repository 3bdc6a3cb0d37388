#include "web/site.h"

#include <chrono>
#include <exception>
#include <utility>

#include "web/gzip.h"
#include "web/routes.h"
#include "web/security_headers.h"

namespace gongkai::web {

Site::Site(Backend& backend, Templates templates, SiteOptions options)
    : backend_(backend),
      templates_(std::move(templates)),
      options_(std::move(options)),
      static_files_(options_.static_dir),
      cache_(options_.page_cache) {}

Response Site::Page(int status, const std::string& name, const View& view,
                    const std::string& title, View meta) {
  const PortalSettings& s = options_.portal;
  View page;
  page.Set("title", title);
  page.Set("site_name", s.site_name);
  page.Set("site_domain", s.site_domain);
  page.Set("site_id_code", s.site_id_code);
  page.Set("icp", s.icp);
  page.Set("police_record", s.police_record);
  page.Set("sponsor", s.sponsor);
  page.Set("contact", s.contact);
  page.Set("error_report_url", s.error_report_url);
  page.Set("meta", std::move(meta));
  Result<std::string> html = templates_.RenderPage(name, view, std::move(page));
  if (!html.ok()) {
    return Response::Html(500, "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                               "<title>服务器内部错误</title><h1>服务器内部错误</h1></html>");
  }
  return Response::Html(status, std::move(*html));
}

Response Site::Error(int status, const std::string& title, const std::string& message) {
  View v;
  v.Set("heading", title);
  v.Set("message", message);
  return Page(status, "error", v, title);
}

Response Site::NotFound(const Request& request) {
  View v;
  v.Set("path", request.path);
  return Page(404, "not_found", v, "页面不存在");
}

Response Site::Handle(const Request& request) {
  const bool gzip = AcceptsGzip(request.headers.Get("Accept-Encoding").value_or(""));
  const std::optional<std::string> key = cache_.KeyOf(request, gzip);
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count();
  if (key) {
    if (std::optional<Response> hit = cache_.Get(*key, now)) {
      // A conditional request the page would have answered 304.
      const std::optional<std::string_view> etag = hit->headers.Get("ETag");
      const std::optional<std::string_view> seen = request.headers.Get("If-None-Match");
      if (etag && seen && *etag == *seen) {
        hit->status = 304;
        hit->body.clear();
      }
      AddSecurityHeaders(request, *hit);
      return std::move(*hit);
    }
  }
  Response response;
  const RouteMatch match = MatchRoute(request.method, request.path);
  if (match.page) {
    try {
      response = match.page(*this, request, match.rest);
    } catch (const std::exception&) {
      response = Error(500, "服务器内部错误", "请稍后再试。");
    }
  } else if (match.path_known) {
    response = Error(405, "不支持的请求方式", "此页面不接受 " + request.method + " 请求。");
    response.headers.Set("Allow", "GET, HEAD");
  } else {
    response = NotFound(request);
  }
  MaybeGzip(request, response);
  if (key && match.page) cache_.Put(*key, response, now);
  AddSecurityHeaders(request, response);
  return response;
}

}  // namespace gongkai::web
