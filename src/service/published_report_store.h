// Port: the published annual reports — each one the report exactly as it was
// when its year was locked (report publish), kept as the project's JSON
// exchange text so that the portal's HTML and downloads never drift from
// what was published. Append-only: publishing again after an unlock adds a
// version, and the portal serves the newest.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace gongkai::service {

struct PublishedReport {
  int64_t id = 0;
  int64_t agency_id = 0;
  int year = 0;
  int version = 0;        // 1, 2, … per (agency, year); assigned by Add
  bool children = false;  // the sum of the agency's subtree (a city's report)
  std::string title;
  std::string report_json;  // empty in listings
  std::string published_at;  // UTC, ISO 8601
  std::string actor;
};

class PublishedReportStore {
 public:
  virtual ~PublishedReportStore() = default;

  // Stores `r` as the next version of (agency, year) and returns the version.
  virtual Result<int> Add(const PublishedReport& r) = 0;
  // The newest version of (agency, year); NotFound when none was published.
  virtual Result<PublishedReport> Latest(int64_t agency_id, int year) = 0;
  // The newest version of every (agency, year), without report_json: newest
  // year first, then agency id.
  virtual Result<std::vector<PublishedReport>> ListLatest() = 0;
};

}  // namespace gongkai::service
