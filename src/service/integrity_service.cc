#include "service/integrity_service.h"

#include <algorithm>

#include "report/labels.h"
#include "service/case_service.h"
#include "service/table3_counts.h"
#include "service/table4_counts.h"
#include "service/write_use_case.h"

namespace gongkai::service {
namespace {

std::string DateText(const std::optional<CivilDate>& d) { return d ? d->ToString() : "空"; }

// The fields of two summaries that differ, in words.
std::string SummaryDiff(const domain::Application& stored, const ApplicationSummary& replayed) {
  std::string out;
  const auto add = [&](const char* what, const std::string& a, const std::string& b) {
    if (a == b) return;
    out += std::string(out.empty() ? "" : "；") + what + "存储为" + a + "，按办理记录应为" + b;
  };
  add("状态", domain::ApplicationStateLabel(stored.state), domain::ApplicationStateLabel(replayed.state));
  add("收到申请之日", DateText(stored.received_on), DateText(replayed.received_on));
  add("答复期限", DateText(stored.due_on), DateText(replayed.due_on));
  add("办结日期", DateText(stored.closed_on), DateText(replayed.closed_on));
  add("办理结果", stored.outcome ? law::ReplyTypeLabel(*stored.outcome) : "空",
      replayed.outcome ? law::ReplyTypeLabel(*replayed.outcome) : "空");
  return out;
}

std::string AgencyName(const domain::Agency& a) {
  return "机关“" + a.name + "”（编号" + std::to_string(a.id) + "）";
}

}  // namespace

Status IntegrityService::Inspect(IntegrityReport& report,
                                 std::vector<std::pair<int64_t, ApplicationSummary>>* fixes) {
  Result<std::vector<domain::Agency>> agencies = db_.agencies().List();
  if (!agencies.ok()) return agencies.status();
  Result<std::vector<domain::Application>> apps = db_.applications().List({});
  if (!apps.ok()) return apps.status();
  Result<std::vector<domain::Appeal>> appeals = db_.appeals().List({});
  if (!appeals.ok()) return appeals.status();
  report.agencies = static_cast<int64_t>(agencies->size());
  report.applications = static_cast<int64_t>(apps->size());
  report.appeals = static_cast<int64_t>(appeals->size());

  // 1. Every stored summary against a replay of its log.
  CaseService cases(db_, calendars_, settings_, [] { return std::string(); });
  for (const domain::Application& a : *apps) {
    const std::string who = "申请" + std::to_string(a.id);
    Result<ApplicationRecord> record = db_.applications().Get(a.id);
    if (!record.ok()) return record.status();
    Result<std::vector<law::ProcedureEvent>> events = CaseService::EventsInForce(record->events);
    Result<law::ClockResult> clock =
        events.ok() ? cases.Replay(a.agency_id, a.channel, *events) : Result<law::ClockResult>(events.status());
    if (!clock.ok()) {
      report.problems.push_back(who + "的办理记录无法按条例重放（" + clock.status().message() +
                                "），请用 case correct 更正");
      continue;
    }
    const ApplicationSummary replayed = SummaryOfClock(*clock);
    const std::string diff = SummaryDiff(a, replayed);
    if (diff.empty()) continue;
    report.problems.push_back(who + "：" + diff);
    if (fixes != nullptr) fixes->emplace_back(a.id, replayed);
  }

  // 2. The years the data touches.
  int first = 0;
  int last = 0;
  const auto touch = [&](const std::optional<CivilDate>& d) {
    if (!d) return;
    first = first == 0 ? d->year : std::min(first, d->year);
    last = std::max(last, d->year);
  };
  for (const domain::Application& a : *apps) {
    touch(a.received_on);
    touch(a.closed_on);
  }
  for (const domain::Appeal& x : *appeals) {
    touch(x.filed_on);
    touch(x.decided_on);
  }
  report.first_year = first;
  report.last_year = last;
  if (first == 0) return Status::Ok();

  // 3. Tables 3 and 4 as stored against a recount of the rows, per agency and year.
  for (const domain::Agency& agency : *agencies) {
    for (int year = first; year <= last; ++year) {
      Table3Grid recount{};
      for (const domain::Application& a : *apps) {
        if (a.agency_id != agency.id) continue;
        for (int row : Table3RowsFor(a.received_on, a.closed_on, a.outcome, year)) {
          recount[row][static_cast<int>(a.applicant_kind)] += 1;
        }
      }
      CompleteTable3Totals(recount);
      Result<Table3Grid> stored = db_.applications().CountTable3({agency.id}, year);
      if (!stored.ok()) return stored.status();
      for (int row = 0; row < kTable3Rows; ++row) {
        for (int c = 0; c < kTable3Columns; ++c) {
          if ((*stored)[row][c] == recount[row][c]) continue;
          report.problems.push_back(AgencyName(agency) + std::to_string(year) + "年表三“" +
                                    std::string(report::kT3RowSpecs[row].label) + "”“" +
                                    std::string(report::kT3ColumnLabels[c]) + "”列：存储的统计为" +
                                    std::to_string((*stored)[row][c]) + "，按申请记录重新统计为" +
                                    std::to_string(recount[row][c]));
        }
      }
      Table4Counts recount4{};
      for (const domain::Appeal& x : *appeals) {
        if (x.agency_id != agency.id) continue;
        if (std::optional<int> cell = Table4CellFor(x, year)) recount4[*cell] += 1;
      }
      CompleteTable4Totals(recount4);
      Result<Table4Counts> stored4 = db_.appeals().CountTable4({agency.id}, year);
      if (!stored4.ok()) return stored4.status();
      for (int i = 0; i < kTable4Cells; ++i) {
        if ((*stored4)[i] == recount4[i]) continue;
        report.problems.push_back(
            AgencyName(agency) + std::to_string(year) + "年表四“" +
            std::string(report::kT4Blocks[i / kTable4BlockWidth]) + "”“" +
            std::string(report::kT4Columns[i % kTable4BlockWidth]) + "”：存储的统计为" +
            std::to_string((*stored4)[i]) + "，按复议诉讼记录重新统计为" + std::to_string(recount4[i]));
      }
    }
  }
  return Status::Ok();
}

Result<IntegrityReport> IntegrityService::Check() {
  IntegrityReport report;
  Status st = db_.Snapshot([&] { return Inspect(report, nullptr); });
  if (!st.ok()) return st;
  return report;
}

Result<IntegrityReport> IntegrityService::Repair(const Actor& actor) {
  if (actor.name.empty()) return Status::InvalidInput("修复数据库须记录操作人");
  return RunWriteUseCase<IntegrityReport>(db_, [&]() -> Result<IntegrityReport> {
    IntegrityReport before;
    std::vector<std::pair<int64_t, ApplicationSummary>> fixes;
    if (Status s = Inspect(before, &fixes); !s.ok()) return s;
    for (const auto& [id, summary] : fixes) {
      if (Status s = db_.applications().RewriteSummary(id, summary); !s.ok()) return s;
    }
    if (Status s = db_.applications().RebuildDerivedCounts(); !s.ok()) return s;
    IntegrityReport after;
    if (Status s = Inspect(after, nullptr); !s.ok()) return s;
    after.summaries_rewritten = static_cast<int64_t>(fixes.size());
    after.counts_rebuilt = true;
    return after;
  });
}

}  // namespace gongkai::service
