#include "service/report_service.h"

#include "report/labels.h"
#include "report/sample_report.h"
#include "service/table2_data.h"
#include "service/table3_counts.h"
#include "service/table4_counts.h"
#include "service/write_use_case.h"

namespace gongkai::service {

Result<std::vector<int64_t>> ReportService::AgencyIds(const ReportScope& scope) {
  if (scope.children) return db_.agencies().Subtree(scope.agency_id);
  if (Result<domain::Agency> one = db_.agencies().Get(scope.agency_id); !one.ok()) {
    return one.status();
  }
  return std::vector<int64_t>{scope.agency_id};
}

Result<BuiltReport> ReportService::Build(const BuildRequest& request, const Actor& /*actor*/) {
  const ReportScope& scope = request.scope;
  BuiltReport out;
  domain::Agency agency;
  Table3Grid t3{};
  Table4Counts t4{};
  Table2Data t2;
  // One snapshot: Tables 3 and 4 describe the same moment of the records.
  Status read = db_.Snapshot([&]() -> Status {
    Result<domain::Agency> a = db_.agencies().Get(scope.agency_id);
    if (!a.ok()) return a.status();
    agency = *a;
    Result<std::vector<int64_t>> ids = AgencyIds(scope);
    if (!ids.ok()) return ids.status();
    out.agency_ids = *ids;
    Result<Table3Grid> grid = db_.applications().CountTable3(*ids, scope.year);
    if (!grid.ok()) return grid.status();
    t3 = *grid;
    Result<Table4Counts> counts = db_.appeals().CountTable4(*ids, scope.year);
    if (!counts.ok()) return counts.status();
    t4 = *counts;
    Result<Table2Data> table2 = ReadTable2(db_, *ids, scope.year);
    if (!table2.ok()) return table2.status();
    t2 = std::move(*table2);
    return Status::Ok();
  });
  if (!read.ok()) return read;

  report::AnnualReport& r = out.report;
  if (request.draft) r = *request.draft;
  r.agency = agency.name;
  r.year = scope.year;
  r.agency_kind = agency.kind == domain::AgencyKind::kGovernment ? report::AgencyKind::kGovernment
                                                                 : report::AgencyKind::kDepartment;
  r.format = report::FormatVersion::kV2021;
  r.title = agency.name + std::to_string(scope.year) + "年政府信息公开工作年度报告";
  r.table3 = report::Table3{};
  r.table3.present = true;
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) r.table3.cells[row][c] = report::CountCell::Of(t3[row][c]);
  }
  r.table4 = report::Table4{};
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = report::CountCell::Of(t4[i]);
  if (request.sample_text) {
    report::FillSampleTable2(static_cast<uint64_t>(scope.year), r);
  }
  // Table 2 from the records: 规章 and 规范性文件 from the publications,
  // the other rows from the figures entered per agency (a draft's or the
  // sample's value stays only where nothing was entered).
  ApplyTable2(t2, r, out.table2_sources);
  out.suggested_sentences = t2.sentences;
  if (request.sample_text) {
    report::WriteSampleNarrative(static_cast<uint64_t>(scope.year), r);
  } else if (!request.draft) {
    out.narrative_missing = true;
    for (int n = 1; n <= report::kSectionCount; ++n) {
      report::Section s;
      s.number = n;
      s.title = std::string(report::kSectionTitles[n - 1]);
      r.sections.push_back(std::move(s));
    }
    OfferSentences(out.suggested_sentences, r);
  }
  return out;
}

Result<std::vector<domain::Application>> ReportService::TraceTable3(const ReportScope& scope,
                                                                    int row,
                                                                    std::optional<int> column) {
  if (row < 0 || row >= kTable3Rows) return Status::InvalidInput("表三的行应为R01至R25");
  std::vector<domain::Application> out;
  Status read = db_.Snapshot([&]() -> Status {
    Result<std::vector<int64_t>> ids = AgencyIds(scope);
    if (!ids.ok()) return ids.status();
    ApplicationFilter f;
    f.agency_ids = *ids;
    Result<std::vector<domain::Application>> apps = db_.applications().List(f);
    if (!apps.ok()) return apps.status();
    for (domain::Application& x : *apps) {
      if (column && *column != static_cast<int>(x.applicant_kind)) continue;
      bool in = false;
      for (int r : Table3RowsFor(x.received_on, x.closed_on, x.outcome, scope.year)) {
        in = in || r == row || (row == kTable3TotalRow && r >= 2 && r <= 22);
      }
      if (in) out.push_back(std::move(x));
    }
    return Status::Ok();
  });
  if (!read.ok()) return read;
  return out;
}

Result<std::vector<domain::Appeal>> ReportService::TraceTable4(const ReportScope& scope, int block,
                                                               std::optional<int> cell) {
  if (block < 0 || block > 2) return Status::InvalidInput("表四的栏应为行政复议、未经复议直接起诉或复议后起诉");
  std::vector<domain::Appeal> out;
  Status read = db_.Snapshot([&]() -> Status {
    Result<std::vector<int64_t>> ids = AgencyIds(scope);
    if (!ids.ok()) return ids.status();
    Result<std::vector<domain::Appeal>> appeals = db_.appeals().List(*ids);
    if (!appeals.ok()) return appeals.status();
    for (domain::Appeal& x : *appeals) {
      const std::optional<int> at = Table4CellFor(x, scope.year);
      if (!at || *at / kTable4BlockWidth != block) continue;
      if (cell && *cell != kTable4TotalCell && *at % kTable4BlockWidth != *cell) continue;
      out.push_back(std::move(x));
    }
    return Status::Ok();
  });
  if (!read.ok()) return read;
  return out;
}

Result<LockChange> ReportService::ChangeLocks(const ReportScope& scope, const Actor& actor,
                                              const std::string& reason, bool lock) {
  if (actor.name.empty()) return Status::InvalidInput(std::string(lock ? "锁定" : "解锁") + "须记录操作人");
  if (!lock && reason.empty()) return Status::InvalidInput("解锁须写明原因（会记入日志）");
  return RunWriteUseCase<LockChange>(db_, [&]() -> Result<LockChange> {
    Result<std::vector<int64_t>> ids = AgencyIds(scope);
    if (!ids.ok()) return ids.status();
    LockChange change;
    LockAction action;
    action.actor = actor.name;
    action.reason = reason;
    for (int64_t id : *ids) {
      Result<domain::Agency> agency = db_.agencies().Get(id);
      if (!agency.ok()) return agency.status();
      Result<bool> locked = db_.locks().IsLocked(id, scope.year);
      if (!locked.ok()) return locked.status();
      if (*locked == lock) {
        change.unchanged.push_back(*agency);
        continue;
      }
      Status s = lock ? db_.locks().Lock(id, scope.year, action) : db_.locks().Unlock(id, scope.year, action);
      if (!s.ok()) return s;
      change.changed.push_back(*agency);
    }
    if (change.changed.empty()) {
      return Status::InvalidInput(std::to_string(scope.year) + "年度" +
                                  (lock ? "的办理记录均已锁定（年度报告已发布），无需重复发布"
                                        : "的办理记录均未锁定，无需解锁"));
    }
    return change;
  });
}

Result<LockChange> ReportService::Publish(const ReportScope& scope, const Actor& actor) {
  return ChangeLocks(scope, actor, "", true);
}

Result<LockChange> ReportService::Unlock(const ReportScope& scope, const Actor& actor,
                                         const std::string& reason) {
  return ChangeLocks(scope, actor, reason, false);
}

}  // namespace gongkai::service
