// gongkai report build|trace|publish|unlock — the annual report from the
// case records: Tables 3 and 4 are counted from the applications and
// appeals (application-workflow.md §6), never typed by hand.
#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/file_io.h"
#include "app/report_command_parts.h"
#include "app/report_json_encoder.h"
#include "app/workspace.h"
#include "formats/report_io.h"
#include "formats/report_json.h"
#include "report/labels.h"
#include "service/report_service.h"

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

service::ReportScope ScopeOf(const DataArgs& a) { return {a.agency, a.year, a.children}; }

// The scope, the sample flag and the draft read from --draft (any format
// the readers know).
Result<service::BuildRequest> RequestOf(const DataArgs& a) {
  service::BuildRequest request;
  request.scope = ScopeOf(a);
  request.sample_text = a.sample_text;
  if (!a.draft.empty()) {
    Result<std::string> bytes = ReadWholeFile(a.draft);
    if (!bytes.ok()) return bytes.status();
    Result<formats::ReadResult> draft = formats::ReadReport(*bytes, a.draft);
    if (!draft.ok()) return draft.status().WithContext(a.draft);
    request.draft = std::move(draft->report);
  }
  return request;
}

int RunBuild(const DataArgs& a) {
  Result<service::BuildRequest> request = RequestOf(a);
  if (!request.ok()) return FailToStart(request.status());
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::ReportService reports(**db);
  Result<service::BuiltReport> built = reports.Build(*request, CliActor(a.actor));
  if (!built.ok()) return Fail(built.status());
  if (built->narrative_missing) {
    std::cerr << "说明：没有 --draft，正文需要另行填写（表二、表三、表四已由记录统计；"
                 "第二部分已写入按记录统计的主动公开情况，供修改）。\n";
  }
  std::cerr << "表二数据来源：\n";
  for (const std::string& line : built->table2_sources) std::cerr << "  " << line << "\n";
  if (!built->suggested_sentences.empty()) {
    std::cerr << "可用于正文的统计：\n";
    for (const std::string& line : built->suggested_sentences) std::cerr << "  " << line << "\n";
  }
  const std::string json = formats::WriteReportJson(built->report);
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
  std::optional<int> column;
  for (int c = 0; c < 5; ++c) {
    if (a.column == report::kT4Columns[c]) column = c;
  }
  if (!a.column.empty() && !column) {
    std::cerr << "错误：表四的 --column 应为结果维持、结果纠正、其他结果、尚未审结或总计。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::ReportService reports(**db);
  Result<std::vector<domain::Appeal>> appeals = reports.TraceTable4(ScopeOf(a), block, column);
  if (!appeals.ok()) return Fail(appeals.status());
  for (const domain::Appeal& x : *appeals) {
    std::cout << x.id << "\t" << x.case_number << "\t立案 " << x.filed_on.ToString() << "\t"
              << (x.decided_on && *x.decided_on <= CivilDate{a.year, 12, 31}
                      ? "审结 " + x.decided_on->ToString()
                      : std::string("尚未审结"))
              << "\n";
  }
  std::cout << a.year << "年表四“" << report::kT4Blocks[block] << "”"
            << (a.column.empty() ? "" : "“" + a.column + "”") << "：共" << appeals->size() << "件\n";
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
  std::optional<int> column;
  bool total = false;
  for (int c = 0; c < report::kT3Columns; ++c) {
    if (a.column != report::kT3ColumnLabels[c]) continue;
    if (c == report::kT3Columns - 1) {
      total = true;
    } else {
      column = c;
    }
  }
  if (!a.column.empty() && !column && !total) {
    std::cerr << "错误：--column “" << a.column << "”无效，应为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他或总计。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::ReportService reports(**db);
  Result<std::vector<domain::Application>> apps = reports.TraceTable3(ScopeOf(a), row, column);
  if (!apps.ok()) return Fail(apps.status());
  for (const domain::Application& x : *apps) {
    std::cout << x.id << "\t" << domain::ApplicantKindLabel(x.applicant_kind) << "\t收到 "
              << (x.received_on ? x.received_on->ToString() : "—") << "\t办结 "
              << (x.closed_on ? x.closed_on->ToString() : "—") << "\t"
              << (x.outcome ? law::ReplyTypeLabel(*x.outcome) : "办理中") << "\n";
  }
  std::cout << a.year << "年表三“" << report::kT3RowSpecs[row].label << "”"
            << (a.column.empty() ? "" : "“" + a.column + "”列") << "：共" << apps->size() << "件\n";
  return 0;
}

void PrintLocks(const service::LockChange& change, int year) {
  std::cout << "已锁定 " << change.changed.size() << " 个机关的" << year
            << "年度办理记录：此后修改该年度的案件需要先解锁。\n";
  if (!change.unchanged.empty()) {
    std::cout << "以下机关此前已发布本机关年度报告、已锁定，保持不变：";
    for (size_t i = 0; i < change.unchanged.size(); ++i) {
      std::cout << (i ? "、" : "") << change.unchanged[i].name;
    }
    std::cout << "\n";
  }
}

// report publish with --draft or --sample-text: the report itself is
// published (checked, the year locked, the report kept for the portal).
int RunPublishReport(const DataArgs& a) {
  Result<service::BuildRequest> request = RequestOf(a);
  if (!request.ok()) return FailToStart(request.status());
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::ReportService reports(**db);
  Result<service::PublishedOutcome> out = reports.PublishReport(*request, JsonReportEncoder(), CliActor(a.actor));
  if (!out.ok()) return Fail(out.status());
  PrintLocks(out->locks, a.year);
  std::cout << "已发布《" << out->built.report.title << "》" << (out->version > 1 ? "（第" + std::to_string(out->version) + "次发布，门户网站显示此版本）" : "")
            << "，门户网站地址：/xxgk/ndbg/" << a.agency << "/" << a.year << ".html\n";
  for (const report::Finding& f : out->warnings) {
    std::cout << "  提示 [" << f.rule << "] " << f.message << "\n";
  }
  return 0;
}

int RunLock(const DataArgs& a, bool unlock) {
  if (!unlock && (!a.draft.empty() || a.sample_text)) return RunPublishReport(a);
  if (a.actor.empty()) {
    std::cerr << "错误：--actor 不能为空：" << (unlock ? "解锁" : "锁定") << "记录须写明操作人。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::ReportService reports(**db);
  const service::Actor actor = CliActor(a.actor);
  Result<service::LockChange> change =
      unlock ? reports.Unlock(ScopeOf(a), actor, a.reason) : reports.Publish(ScopeOf(a), actor);
  if (!change.ok()) return Fail(change.status());
  if (!unlock) {
    PrintLocks(*change, a.year);
    std::cout << "未提供 --draft：只锁定了办理记录，门户网站不显示该年度报告（加 --draft 发布报告本身）。\n";
    return 0;
  }
  std::cout << (unlock ? "已解锁 " : "已锁定 ") << change->changed.size() << " 个机关的" << a.year
            << "年度办理记录" << (unlock ? "（已记入日志）" : "：此后修改该年度的案件需要先解锁") << "。\n";
  if (!change->unchanged.empty()) {
    std::cout << (unlock ? "以下机关本来就未锁定：" : "以下机关此前已发布本机关年度报告、已锁定，保持不变：");
    for (size_t i = 0; i < change->unchanged.size(); ++i) {
      std::cout << (i ? "、" : "") << change->unchanged[i].name;
    }
    std::cout << "\n";
  }
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
  build->add_option("--actor", a->actor, "操作人（默认 $GONGKAI_ACTOR 或登录名）");
  build->callback([a, &exit_code] { exit_code = RunBuild(*a); });

  CLI::App* trace = report.add_subcommand("trace", "列出表三或表四某一单元格统计到的全部申请或复议诉讼");
  common(trace);
  trace->add_option("--row", a->row, "表三的行（R01…R25 或行名），或表四的栏（行政复议、未经复议直接起诉、复议后起诉）")->required();
  trace->add_option("--column", a->column, "列：表三自然人…其他、总计；表四结果维持…尚未审结、总计（默认全部）");
  trace->callback([a, &exit_code] { exit_code = RunTrace(*a); });

  CLI::App* publish = report.add_subcommand(
      "publish", "发布年度报告：检查无误后锁定该年度的办理记录，并在门户网站公开（有 --draft 时）");
  publish->add_option("--draft", a->draft, "年度报告正文草稿（JSON、DOCX等；表二、表三、表四由记录统计）");
  publish->add_flag("--sample-text", a->sample_text, "用示例文字发布（仅供演示）");
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
