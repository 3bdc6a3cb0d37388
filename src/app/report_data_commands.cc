// gongkai report build|trace|publish|unlock — the annual report from the
// case records: Tables 3 and 4 are counted from the applications and
// appeals (application-workflow.md §6), never typed by hand.
#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/file_io.h"
#include "app/report_command_parts.h"
#include "app/workspace.h"
#include "formats/report_io.h"
#include "formats/report_json.h"
#include "report/sample_report.h"
#include "service/table3_counts.h"
#include "service/table4_counts.h"

namespace gongkai::app {
namespace {

struct DataArgs {
  std::string db;
  int64_t agency = 0;
  int year = 0;
  bool children = false;
  std::string draft;
  bool sample_text = false;
  std::string output;
  std::string row;
  std::string column;
  std::string actor;
  std::string reason;
};

Result<std::vector<int64_t>> AgencyIds(service::Database& db, const DataArgs& a) {
  if (a.children) return db.agencies().Subtree(a.agency);
  if (Result<domain::Agency> one = db.agencies().Get(a.agency); !one.ok()) return one.status();
  return std::vector<int64_t>{a.agency};
}

int RunBuild(const DataArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  Result<domain::Agency> agency = (*db)->agencies().Get(a.agency);
  if (!agency.ok()) return Fail(agency.status());
  Result<std::vector<int64_t>> ids = AgencyIds(**db, a);
  if (!ids.ok()) return Fail(ids.status());
  Result<service::Table3Grid> t3 = (*db)->applications().CountTable3(*ids, a.year);
  if (!t3.ok()) return Fail(t3.status());
  Result<service::Table4Counts> t4 = (*db)->appeals().CountTable4(*ids, a.year);
  if (!t4.ok()) return Fail(t4.status());

  report::AnnualReport r;
  if (!a.draft.empty()) {
    // The office's draft: title, narrative and Table 2 come from it; Tables 3
    // and 4 are always replaced by the counts.
    Result<std::string> bytes = ReadWholeFile(a.draft);
    if (!bytes.ok()) return Fail(bytes.status());
    Result<formats::ReadResult> draft = formats::ReadReport(*bytes, a.draft);
    if (!draft.ok()) return Fail(draft.status().WithContext(a.draft));
    r = std::move(draft->report);
  }
  r.agency = agency->name;
  r.year = a.year;
  r.agency_kind = agency->kind == domain::AgencyKind::kGovernment ? report::AgencyKind::kGovernment
                                                                  : report::AgencyKind::kDepartment;
  r.format = report::FormatVersion::kV2021;
  r.title = agency->name + std::to_string(a.year) + "年政府信息公开工作年度报告";
  r.table3 = report::Table3{};
  r.table3.present = true;
  for (int row = 0; row < report::kT3Rows; ++row) {
    for (int c = 0; c < report::kT3Columns; ++c) {
      r.table3.cells[row][c] = report::CountCell::Of((*t3)[row][c]);
    }
  }
  r.table4 = report::Table4{};
  r.table4.present = true;
  for (int i = 0; i < report::kT4Cells; ++i) r.table4.cells[i] = report::CountCell::Of((*t4)[i]);
  if (a.sample_text) {
    // Demonstrations only: made-up Table 2 and narrative quoting the tables.
    report::FillSampleTable2(static_cast<uint64_t>(a.year), r);
    report::WriteSampleNarrative(static_cast<uint64_t>(a.year), r);
  } else if (a.draft.empty()) {
    for (int n = 1; n <= report::kSectionCount; ++n) {
      report::Section s;
      s.number = n;
      s.title = std::string(report::kSectionTitles[n - 1]);
      r.sections.push_back(std::move(s));
    }
    std::cerr << "说明：没有 --draft，正文和表二需要另行填写（表三、表四已由办理记录统计）。\n";
  }
  const std::string json = formats::WriteReportJson(r);
  if (a.output.empty() || a.output == "-") {
    std::cout << json;
    return 0;
  }
  if (Status s = WriteFileAtomically(a.output, json); !s.ok()) return Fail(s);
  std::cout << "已生成 " << a.output << "\n";
  return 0;
}

int RowIndex(const std::string& id) {
  for (int i = 0; i < report::kT3Rows; ++i) {
    if (id == report::kT3RowSpecs[i].id || id == report::kT3RowSpecs[i].label) return i;
  }
  return -1;
}

// Table 4: the appeals counted in a block (行政复议, 未经复议直接起诉, 复议后起诉),
// optionally in one column (结果维持 … 尚未审结; 总计 or none: every one).
int TraceTable4(const DataArgs& a, int block) {
  int column = -1;
  for (int c = 0; c < 5; ++c) {
    if (a.column == report::kT4Columns[c]) column = c;
  }
  if (!a.column.empty() && column < 0) {
    std::cerr << "错误：表四的 --column 应为结果维持、结果纠正、其他结果、尚未审结或总计。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  Result<std::vector<int64_t>> ids = AgencyIds(**db, a);
  if (!ids.ok()) return Fail(ids.status());
  Result<std::vector<domain::Appeal>> appeals = (*db)->appeals().List(*ids);
  if (!appeals.ok()) return Fail(appeals.status());
  int64_t n = 0;
  for (const domain::Appeal& x : *appeals) {
    const std::optional<int> cell = service::Table4CellFor(x, a.year);
    if (!cell || *cell / 5 != block) continue;
    if (column >= 0 && column != 4 && *cell % 5 != column) continue;
    ++n;
    std::cout << x.id << "\t" << x.case_number << "\t立案 " << x.filed_on.ToString() << "\t"
              << (x.decided_on && *x.decided_on <= CivilDate{a.year, 12, 31}
                      ? "审结 " + x.decided_on->ToString()
                      : std::string("尚未审结"))
              << "\n";
  }
  std::cout << a.year << "年表四“" << report::kT4Blocks[block] << "”"
            << (a.column.empty() ? "" : "“" + a.column + "”") << "：共" << n << "件\n";
  return 0;
}

int RunTrace(const DataArgs& a) {
  for (int b = 0; b < 3; ++b) {
    if (a.row == report::kT4Blocks[b]) return TraceTable4(a, b);
  }
  const int row = RowIndex(a.row);
  if (row < 0) {
    std::cerr << "错误：--row “" << a.row
              << "”无效，应为 R01…R25、表三的行名，或表四的行政复议、未经复议直接起诉、复议后起诉。\n";
    return 2;
  }
  int column = -1;
  for (int c = 0; c < report::kT3Columns; ++c) {
    if (a.column == report::kT3ColumnLabels[c]) column = c;
  }
  if (!a.column.empty() && column < 0) {
    std::cerr << "错误：--column “" << a.column << "”无效，应为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他或总计。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  Result<std::vector<int64_t>> ids = AgencyIds(**db, a);
  if (!ids.ok()) return Fail(ids.status());
  service::ApplicationFilter f;
  f.agency_ids = *ids;
  Result<std::vector<domain::Application>> apps = (*db)->applications().List(f);
  if (!apps.ok()) return Fail(apps.status());
  int64_t n = 0;
  for (const domain::Application& x : *apps) {
    const int kind = static_cast<int>(x.applicant_kind);
    if (column >= 0 && column != report::kT3Columns - 1 && column != kind) continue;
    const std::vector<int> rows = service::Table3RowsFor(x.received_on, x.closed_on, x.outcome, a.year);
    bool in = false;
    for (int r : rows) in = in || r == row || (row == report::kR24 && r >= report::kR03 && r <= report::kR23);
    if (!in) continue;
    ++n;
    std::cout << x.id << "\t" << domain::ApplicantKindLabel(x.applicant_kind) << "\t收到 "
              << (x.received_on ? x.received_on->ToString() : "—") << "\t办结 "
              << (x.closed_on ? x.closed_on->ToString() : "—") << "\t"
              << (x.outcome ? law::ReplyTypeLabel(*x.outcome) : "办理中") << "\n";
  }
  std::cout << a.year << "年表三“" << report::kT3RowSpecs[row].label << "”"
            << (a.column.empty() ? "" : "“" + a.column + "”列") << "：共" << n << "件\n";
  return 0;
}

int RunLock(const DataArgs& a, bool unlock) {
  if (a.actor.empty() || (unlock && a.reason.empty())) {
    std::cerr << "错误：" << (unlock ? "解锁需要 --actor 和 --reason（会记入日志）。" : "需要 --actor。") << "\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  Result<std::vector<int64_t>> ids = AgencyIds(**db, a);
  if (!ids.ok()) return Fail(ids.status());
  service::LockAction action;
  action.actor = a.actor;
  action.reason = a.reason;
  for (int64_t id : *ids) {
    const Status s = unlock ? (*db)->locks().Unlock(id, a.year, action)
                            : (*db)->locks().Lock(id, a.year, action);
    if (!s.ok()) return Fail(s);
  }
  std::cout << (unlock ? "已解锁 " : "已锁定 ") << ids->size() << " 个机关的" << a.year
            << "年度办理记录" << (unlock ? "（已记入日志）" : "：此后修改该年度的案件需要先解锁") << "。\n";
  return 0;
}

}  // namespace

void AddReportDataCommands(CLI::App& report, int& exit_code) {
  auto a = std::make_shared<DataArgs>();
  const auto common = [a](CLI::App* c) {
    c->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
    c->add_option("--agency", a->agency, "机关编号")->required();
    c->add_option("--year", a->year, "报告年度")->required()->check(CLI::Range(2000, 2100));
    c->add_flag("--children", a->children, "包括全部下级机关（城市报告为其所辖部门和乡镇之和）");
  };
  CLI::App* build = report.add_subcommand("build", "由办理记录生成年度报告（JSON交换文件），表三、表四由记录统计");
  common(build);
  build->add_option("--draft", a->draft, "年度报告草稿（正文和表二取自此文件）");
  build->add_flag("--sample-text", a->sample_text, "用示例文字和示例表二填充（仅供演示）");
  build->add_option("--output,-o", a->output, "输出文件（默认标准输出）");
  build->callback([a, &exit_code] { exit_code = RunBuild(*a); });

  CLI::App* trace = report.add_subcommand("trace", "列出表三或表四某一单元格统计到的全部申请或复议诉讼");
  common(trace);
  trace->add_option("--row", a->row, "表三的行（R01…R25 或行名），或表四的栏（行政复议、未经复议直接起诉、复议后起诉）")->required();
  trace->add_option("--column", a->column, "列：表三自然人…其他、总计；表四结果维持…尚未审结、总计（默认全部）");
  trace->callback([a, &exit_code] { exit_code = RunTrace(*a); });

  CLI::App* publish = report.add_subcommand("publish", "年度报告已发布：锁定该年度的办理记录");
  common(publish);
  publish->add_option("--actor", a->actor, "操作人")->required();
  publish->callback([a, &exit_code] { exit_code = RunLock(*a, false); });

  CLI::App* unlock = report.add_subcommand("unlock", "解锁已发布年度的办理记录（记入日志）");
  common(unlock);
  unlock->add_option("--actor", a->actor, "操作人")->required();
  unlock->add_option("--reason", a->reason, "解锁理由")->required();
  unlock->callback([a, &exit_code] { exit_code = RunLock(*a, true); });
}

}  // namespace gongkai::app
