// Use cases of the annual report built from the case records: build it
// (Tables 3 and 4 counted from the applications and appeals in ONE
// consistent snapshot, never typed by hand), trace a cell back to the cases
// it counts, publish it (lock the year) and unlock it with a logged reason.
// A city report is the sum of the agency's subtree (`children`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/agency.h"
#include "domain/appeal.h"
#include "domain/application.h"
#include "report/annual_report.h"
#include "report/finding.h"
#include "service/actor.h"
#include "service/database.h"

namespace gongkai::service {

struct ReportScope {
  int64_t agency_id = 0;
  int year = 0;
  bool children = false;  // the agency and all its descendants
};

struct BuildRequest {
  ReportScope scope;
  // The office's draft: its title, narrative and Table 2 are kept; Tables 3
  // and 4 are always replaced by the counts.
  std::optional<report::AnnualReport> draft;
  // Demonstrations only: made-up Table 2 and a narrative quoting the tables.
  bool sample_text = false;
};

struct BuiltReport {
  report::AnnualReport report;
  std::vector<int64_t> agency_ids;  // the agencies summed
  bool narrative_missing = false;   // no draft, no sample: the sections are empty
  // Where each Table 2 figure came from (zh-CN), e.g. 规章：信息公开目录中的规章（制发2件…）
  // or 行政许可：录入（来源：…）; a figure nobody entered is named as missing.
  std::vector<std::string> table2_sources;
  // Sentences for the narrative (section 二) from the records: publications
  // by kind, interpretations, meetings (zh-CN). Put into the draft's
  // section 二 when it has no text yet.
  std::vector<std::string> suggested_sentences;
};

struct LockChange {
  std::vector<domain::Agency> changed;    // locked (unlocked) now
  std::vector<domain::Agency> unchanged;  // were already locked (not locked)
};

// Port: the report as the text a PublishedReportStore keeps (the project's
// JSON exchange format; formats/ implements it, app/ wires it).
class ReportEncoder {
 public:
  virtual ~ReportEncoder() = default;
  virtual std::string Encode(const report::AnnualReport& report) const = 0;
};

struct PublishedOutcome {
  LockChange locks;
  int version = 0;  // 1 the first time; higher after an unlock and a new publication
  BuiltReport built;
  std::vector<report::Finding> warnings;  // the checker's warnings (errors refuse)
};

class ReportService {
 public:
  explicit ReportService(Database& db) : db_(db) {}

  Result<BuiltReport> Build(const BuildRequest& request, const Actor& actor);

  // The applications counted in Table 3 row `row` (0-based, R01 … R25; R24
  // is every outcome row) for the applicant kind `column` (0–5; none: all).
  Result<std::vector<domain::Application>> TraceTable3(const ReportScope& scope, int row,
                                                       std::optional<int> column);
  // The appeals counted in Table 4 block `block` (0 行政复议, 1 未经复议直接起诉,
  // 2 复议后起诉), cell `cell` (0 维持 … 3 尚未审结; none or 4: all).
  Result<std::vector<domain::Appeal>> TraceTable4(const ReportScope& scope, int block,
                                                  std::optional<int> cell);

  // Locks the year for every agency of the scope in one transaction; those a
  // department already locked by publishing its own report first (the usual
  // order) are left as they are. Refused when every one is locked already.
  Result<LockChange> Publish(const ReportScope& scope, const Actor& actor);
  // Unlocks, with the reason logged, every agency of the scope that is
  // locked; refused when none is.
  Result<LockChange> Unlock(const ReportScope& scope, const Actor& actor, const std::string& reason);

  // Publishes the report itself, in one transaction: builds it from the
  // records and the draft (as Build), refuses it when the checker finds an
  // error — a published table always adds up — locks the year as Publish
  // does and keeps the report as published for the portal (its HTML and
  // downloads are made from that copy, never rebuilt). A draft (or the
  // sample text) is required: an empty narrative is not a report.
  Result<PublishedOutcome> PublishReport(const BuildRequest& request, const ReportEncoder& encoder,
                                         const Actor& actor);

 private:
  Result<std::vector<int64_t>> AgencyIds(const ReportScope& scope);
  Result<LockChange> ChangeLocks(const ReportScope& scope, const Actor& actor,
                                 const std::string& reason, bool lock);

  Database& db_;
};

}  // namespace gongkai::service
