// /xxgk/ndbg/: the 政府信息公开工作年度报告 column — the list of published
// reports by year, each report's page at /xxgk/ndbg/{agency}/{year}.html
// (the HTML rendering inside the portal's layout) and its downloads at
// /xxgk/ndbg/{agency}/{year}.{docx,pdf,xlsx}, every one produced from the
// report as it was published (service/public_reports.h), never rebuilt from
// the records.
#include <charconv>
#include <map>
#include <string>
#include <utility>

#include "formats/docx_writer.h"
#include "formats/html_writer.h"
#include "formats/pdf_writer.h"
#include "formats/report_json.h"
#include "formats/xlsx_writer.h"
#include "service/public_reports.h"
#include "web/form_data.h"
#include "web/pages.h"
#include "web/site.h"
#include "web/urls.h"

namespace gongkai::web {
namespace {

struct ReportPath {
  int64_t agency_id = 0;
  int year = 0;
  std::string ext;  // html, docx, pdf, xlsx
};

// "{agency}/{year}.{ext}" with digits only; nothing else is a report URL.
std::optional<ReportPath> ParseReportPath(std::string_view rest) {
  const size_t slash = rest.find('/');
  const size_t dot = rest.rfind('.');
  if (slash == std::string_view::npos || dot == std::string_view::npos || dot < slash) return std::nullopt;
  const std::string_view agency = rest.substr(0, slash);
  const std::string_view year = rest.substr(slash + 1, dot - slash - 1);
  ReportPath p;
  p.ext = std::string(rest.substr(dot + 1));
  const auto number = [](std::string_view text, auto& out) {
    if (text.empty() || text.size() > 12 || text[0] == '0') return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
  };
  if (!number(agency, p.agency_id) || !number(year, p.year) || year.size() != 4) return std::nullopt;
  if (p.ext != "html" && p.ext != "docx" && p.ext != "pdf" && p.ext != "xlsx") return std::nullopt;
  return p;
}

std::string ReportBase(int64_t agency_id, int year) {
  return "/xxgk/ndbg/" + std::to_string(agency_id) + "/" + std::to_string(year);
}

View Downloads(int64_t agency_id, int year) {
  const std::string base = ReportBase(agency_id, year);
  View v;
  v.Set("html_url", base + ".html");
  v.Set("docx_url", base + ".docx");
  v.Set("pdf_url", base + ".pdf");
  v.Set("xlsx_url", base + ".xlsx");
  return v;
}

Response List(Site& site, service::Database& db) {
  Result<std::vector<service::PublicReportEntry>> list = service::ListPublicReports(db);
  if (!list.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  std::vector<View> years;
  std::map<int, std::vector<View>, std::greater<int>> by_year;
  for (const service::PublicReportEntry& e : *list) {
    View row = Downloads(e.agency_id, e.year);
    row.Set("title", e.title);
    row.Set("agency", e.agency_name);
    row.Set("date", e.published_on);
    row.Set("corrected", e.version > 1);
    by_year[e.year].push_back(std::move(row));
  }
  for (auto& [year, rows] : by_year) {
    View y;
    y.Set("year", std::to_string(year));
    y.Set("reports", std::move(rows));
    years.push_back(std::move(y));
  }
  View v;
  v.Set("has_years", !years.empty());
  v.Set("years", std::move(years));
  View meta;
  meta.Set("column_name", "政府信息公开工作年度报告");
  meta.Set("column_type", "信息公开年报");
  return site.Page(200, "reports", v, "政府信息公开工作年度报告", std::move(meta));
}

// A download: made from the published copy; the same bytes for the same
// version, so the version is the ETag.
Response Download(const Request& request, const service::PublishedReport& stored,
                  const report::AnnualReport& report, const std::string& ext) {
  Result<std::string> bytes = ext == "docx"  ? formats::WriteDocx(report)
                              : ext == "pdf" ? formats::WritePdf(report)
                                             : formats::WriteXlsx(report);
  if (!bytes.ok()) return Response::Text(500, "年度报告暂时无法下载，请稍后再试。");
  const std::string etag = "\"r" + std::to_string(stored.id) + "\"";
  Response r;
  r.headers.Set("ETag", etag);
  r.headers.Set("Cache-Control", "public, max-age=3600");
  if (std::optional<std::string_view> seen = request.headers.Get("If-None-Match"); seen && *seen == etag) {
    r.status = 304;
    return r;
  }
  const char* type = ext == "docx"  ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                     : ext == "pdf" ? "application/pdf"
                                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r = Response::Text(200, std::move(*bytes), type);
  r.headers.Set("ETag", etag);
  r.headers.Set("Cache-Control", "public, max-age=3600");
  r.headers.Set("Content-Disposition", "attachment; filename*=UTF-8''" + PercentEncode(stored.title + "." + ext));
  return r;
}

Response One(Site& site, service::Database& db, const Request& request, const ReportPath& path) {
  Result<service::PublishedReport> stored = service::GetPublicReport(db, path.agency_id, path.year);
  if (!stored.ok()) {
    if (stored.status().code() == StatusCode::kNotFound) return site.NotFound(request);
    return site.Error(500, "服务器内部错误", "请稍后再试。");
  }
  Result<report::AnnualReport> report = formats::ReadReportJson(stored->report_json);
  if (!report.ok()) return site.Error(500, "年度报告暂时无法显示", "请稍后再试或联系网站主办单位。");
  if (path.ext != "html") return Download(request, *stored, *report, path.ext);
  View v = Downloads(path.agency_id, path.year);
  v.Set("title", stored->title);
  v.Set("date", stored->published_at.substr(0, 10));
  v.Set("corrected", stored->version > 1);
  v.Set("version", std::to_string(stored->version));
  v.Set("report_html", SafeHtml::FromReportArticle(formats::WriteHtmlArticle(*report)));
  View meta;
  meta.Set("column_name", "政府信息公开工作年度报告");
  meta.Set("column_type", "信息公开年报");
  meta.Set("article_title", stored->title);
  meta.Set("pub_date", stored->published_at.substr(0, 10));
  meta.Set("content_source", report->agency);
  meta.Set("keywords", "政府信息公开,年度报告," + std::to_string(path.year));
  meta.Set("description", stored->title);
  meta.Set("url", ReportBase(path.agency_id, path.year) + ".html");
  return site.Page(200, "report", v, stored->title, std::move(meta));
}

}  // namespace

Response ReportsPage(Site& site, const Request& request, std::string_view rest) {
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (rest.empty()) return List(site, **db);
  std::optional<ReportPath> path = ParseReportPath(rest);
  if (!path) return site.NotFound(request);
  return One(site, **db, request, *path);
}

}  // namespace gongkai::web
