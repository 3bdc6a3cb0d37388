// gongkai appeal add|decide|list — 行政复议 and 行政诉讼 over disclosure work,
// the records Table 4 is counted from.
#include <iostream>
#include <memory>

#include "app/case_command_parts.h"
#include "app/cli_args.h"
#include "app/workspace.h"
#include "service/appeal_service.h"

namespace gongkai::app {
namespace {

struct AppealArgs {
  std::string db;
  int64_t agency = 0;
  int64_t application = 0;
  std::string kind = "review";
  std::string case_number;
  std::string filed;
  int64_t id = 0;
  std::string on;
  std::string outcome;
  std::string note;
  bool children = false;
  std::string actor;
};

bool ParseKind(const std::string& s, domain::AppealKind& out) {
  for (auto k : {domain::AppealKind::kReview, domain::AppealKind::kDirectLitigation,
                 domain::AppealKind::kLitigationAfterReview}) {
    if (s == domain::AppealKindName(k)) {
      out = k;
      return true;
    }
  }
  if (s == "行政复议") out = domain::AppealKind::kReview;
  else if (s == "未经复议直接起诉") out = domain::AppealKind::kDirectLitigation;
  else if (s == "复议后起诉") out = domain::AppealKind::kLitigationAfterReview;
  else return false;
  return true;
}

bool ParseOutcome(const std::string& s, domain::AppealOutcome& out) {
  for (auto o : {domain::AppealOutcome::kUpheld, domain::AppealOutcome::kCorrected,
                 domain::AppealOutcome::kOther}) {
    if (s == domain::AppealOutcomeName(o)) {
      out = o;
      return true;
    }
  }
  if (s == "维持" || s == "结果维持") out = domain::AppealOutcome::kUpheld;
  else if (s == "纠正" || s == "结果纠正") out = domain::AppealOutcome::kCorrected;
  else if (s == "其他" || s == "其他结果") out = domain::AppealOutcome::kOther;
  else return false;
  return true;
}

const char* KindLabel(domain::AppealKind k) {
  switch (k) {
    case domain::AppealKind::kReview:
      return "行政复议";
    case domain::AppealKind::kDirectLitigation:
      return "行政诉讼（未经复议直接起诉）";
    case domain::AppealKind::kLitigationAfterReview:
      return "行政诉讼（复议后起诉）";
  }
  return "行政复议";
}

int RunAdd(const AppealArgs& a) {
  domain::Appeal appeal;
  if (!ParseKind(a.kind, appeal.kind)) {
    std::cerr << "错误：--kind 应为 review（行政复议）、direct_litigation（未经复议直接起诉）或 litigation_after_review（复议后起诉）。\n";
    return 2;
  }
  const auto filed = DateArg("--filed", a.filed);
  if (!filed) return 2;
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  appeal.agency_id = a.agency;
  if (a.application > 0) appeal.application_id = a.application;
  appeal.case_number = a.case_number;
  appeal.filed_on = *filed;
  appeal.note = a.note;
  service::AppealService appeals(**db);
  Result<int64_t> id = appeals.Add(appeal, CliActor(a.actor));
  if (!id.ok()) return Fail(id.status());
  std::cout << *id << "\n";
  return 0;
}

int RunDecide(const AppealArgs& a) {
  domain::AppealOutcome outcome;
  if (!ParseOutcome(a.outcome, outcome)) {
    std::cerr << "错误：--outcome 应为 upheld（维持）、corrected（纠正：撤销、变更、确认违法、责令履行）或 other（其他：驳回、终止、撤回、调解）。\n";
    return 2;
  }
  const auto on = DateArg("--on", a.on);
  if (!on) return 2;
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::AppealService appeals(**db);
  if (Status s = appeals.Decide(a.id, *on, outcome, CliActor(a.actor)); !s.ok()) return Fail(s);
  std::cout << "已记录审结结果。\n";
  return 0;
}

int RunList(const AppealArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::AppealService appeals(**db);
  Result<std::vector<domain::Appeal>> list = appeals.List(a.agency, a.children);
  if (!list.ok()) return Fail(list.status());
  for (const domain::Appeal& x : *list) {
    std::cout << x.id << "\t" << KindLabel(x.kind) << "\t" << x.case_number << "\t立案 "
              << x.filed_on.ToString() << "\t"
              << (x.decided_on ? "审结 " + x.decided_on->ToString() + " " +
                                     domain::AppealOutcomeName(*x.outcome)
                               : std::string("尚未审结"))
              << (x.application_id ? "\t申请 " + std::to_string(*x.application_id) : "") << "\n";
  }
  std::cout << "共" << list->size() << "件\n";
  return 0;
}

}  // namespace

void AddAppealCommands(CLI::App& appeal, int& exit_code) {
  appeal.require_subcommand(1);
  auto a = std::make_shared<AppealArgs>();
  CLI::App* add = appeal.add_subcommand("add", "登记因政府信息公开工作引起的行政复议或行政诉讼，输出其编号");
  add->add_option("--db", a->db, "数据库");
  add->add_option("--agency", a->agency, "被申请或被诉的机关编号")->required();
  add->add_option("--kind", a->kind, "review、direct_litigation、litigation_after_review");
  add->add_option("--application", a->application, "所涉申请编号");
  add->add_option("--case-number", a->case_number, "案号");
  add->add_option("--filed", a->filed, "立案（受理）日期 YYYY-MM-DD")->required();
  add->add_option("--note", a->note, "备注");
  add->add_option("--actor", a->actor, "经办人（默认 $GONGKAI_ACTOR 或登录名）");
  add->callback([a, &exit_code] { exit_code = RunAdd(*a); });
  CLI::App* decide = appeal.add_subcommand("decide", "记录审结日期和结果");
  decide->add_option("--db", a->db, "数据库");
  decide->add_option("ID", a->id, "复议或诉讼编号")->required();
  decide->add_option("--on", a->on, "审结日期 YYYY-MM-DD")->required();
  decide->add_option("--outcome", a->outcome, "upheld、corrected、other")->required();
  decide->add_option("--actor", a->actor, "经办人（默认 $GONGKAI_ACTOR 或登录名）");
  decide->callback([a, &exit_code] { exit_code = RunDecide(*a); });
  CLI::App* list = appeal.add_subcommand("list", "列出复议和诉讼");
  list->add_option("--db", a->db, "数据库");
  list->add_option("--agency", a->agency, "机关编号")->required();
  list->add_flag("--children", a->children, "包括下级机关");
  list->callback([a, &exit_code] { exit_code = RunList(*a); });
}

}  // namespace gongkai::app
