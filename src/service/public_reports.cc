#include "service/public_reports.h"

#include <map>

namespace gongkai::service {

Result<std::vector<PublicReportEntry>> ListPublicReports(Database& db) {
  Result<std::vector<PublishedReport>> stored = db.reports().ListLatest();
  if (!stored.ok()) return stored.status();
  Result<std::vector<domain::Agency>> agencies = db.agencies().List();
  if (!agencies.ok()) return agencies.status();
  std::map<int64_t, std::string> names;
  for (const domain::Agency& a : *agencies) names[a.id] = a.name;
  std::vector<PublicReportEntry> out;
  out.reserve(stored->size());
  for (const PublishedReport& r : *stored) {
    PublicReportEntry e;
    e.agency_id = r.agency_id;
    e.agency_name = names.count(r.agency_id) ? names[r.agency_id] : "";
    e.year = r.year;
    e.version = r.version;
    e.children = r.children;
    e.title = r.title;
    e.published_on = r.published_at.substr(0, 10);
    out.push_back(std::move(e));
  }
  return out;
}

Result<PublishedReport> GetPublicReport(Database& db, int64_t agency_id, int year) {
  return db.reports().Latest(agency_id, year);
}

}  // namespace gongkai::service
