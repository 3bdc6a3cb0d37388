// gongkai agency add|list
#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/case_command_parts.h"
#include "app/workspace.h"
#include "domain/index_number.h"

namespace gongkai::app {
namespace {

struct AgencyArgs {
  std::string db;
  std::string name;
  std::string kind = "department";
  int64_t parent = 0;
  std::string code;
  std::string overlay;
  std::string org_code;
  int64_t id = 0;
};

int RunAgencyAdd(const AgencyArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  domain::Agency agency;
  agency.name = a.name;
  agency.code = a.code.empty() ? a.name : a.code;  // the full name is unique too
  agency.calendar_overlay = a.overlay;
  if (!a.org_code.empty()) {
    if (!domain::PlausibleOrgCode(a.org_code)) {
      std::cerr << "错误：--org-code “" << a.org_code
                << "”应为9位组织机构代码（去掉连字符）或18位统一社会信用代码。\n";
      return 2;
    }
    agency.org_code = a.org_code;
  }
  if (a.parent > 0) agency.parent_id = a.parent;
  if (a.kind == "government" || a.kind == "政府") {
    agency.kind = domain::AgencyKind::kGovernment;
  } else if (a.kind == "department" || a.kind == "部门") {
    agency.kind = domain::AgencyKind::kDepartment;
  } else {
    std::cerr << "错误：--kind 应为 government（人民政府）或 department（部门）。\n";
    return 2;
  }
  if (!a.overlay.empty()) {
    // The overlay must exist now, not fail every later case of the agency.
    DataCalendars calendars;
    if (Result<const law::WorkdayCalendar*> c = calendars.ForOverlay(a.overlay); !c.ok()) {
      std::cerr << "错误：--overlay “" << a.overlay << "”无法使用：" << c.status().message() << "\n";
      return 1;
    }
  }
  Result<int64_t> id = (*db)->agencies().Add(agency);
  if (!id.ok()) return Fail(id.status());
  std::cout << *id << "\n";
  return 0;
}

int RunAgencyList(const std::string& db_flag) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag);
  if (!db.ok()) return FailToStart(db.status());
  Result<std::vector<domain::Agency>> list = (*db)->agencies().List();
  if (!list.ok()) return Fail(list.status());
  for (const domain::Agency& a : *list) {
    std::cout << a.id << "\t" << a.code << "\t" << a.name << "\t"
              << (a.kind == domain::AgencyKind::kGovernment ? "人民政府" : "部门") << "\t"
              << (a.parent_id ? "上级 " + std::to_string(*a.parent_id) : std::string("（顶级）"))
              << "\n";
  }
  return 0;
}

int RunAgencyOrgCode(const std::string& db_flag, int64_t id, const std::string& code) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag);
  if (!db.ok()) return FailToStart(db.status());
  Status st = (*db)->agencies().SetOrgCode(id, code);
  if (!st.ok()) return Fail(st);
  std::cout << "机关 " << id << " 的组织机构代码已设为 " << code << "（索引号前段码）\n";
  return 0;
}

}  // namespace

void AddAgencyCommands(CLI::App& agency, int& exit_code) {
  agency.require_subcommand(1);
  auto args = std::make_shared<AgencyArgs>();
  CLI::App* add = agency.add_subcommand("add", "新增机关，输出其编号");
  add->add_option("--db", args->db, "数据库");
  add->add_option("NAME", args->name, "机关全称")->required();
  add->add_option("--kind", args->kind, "government（人民政府）或 department（部门，默认）");
  add->add_option("--parent", args->parent, "上级机关编号");
  add->add_option("--code", args->code, "简称代码（唯一；默认用机关全称）");
  add->add_option("--overlay", args->overlay, "地方节假日（如 xinjiang）");
  add->add_option("--org-code", args->org_code,
                  "组织机构代码（9位）或统一社会信用代码（18位），用于编制索引号");
  add->callback([args, &exit_code] { exit_code = RunAgencyAdd(*args); });
  CLI::App* list = agency.add_subcommand("list", "列出全部机关");
  list->add_option("--db", args->db, "数据库");
  list->callback([args, &exit_code] { exit_code = RunAgencyList(args->db); });
  CLI::App* org = agency.add_subcommand("org-code", "设置机关的组织机构代码（索引号前段码）");
  org->add_option("--db", args->db, "数据库");
  org->add_option("ID", args->id, "机关编号")->required();
  org->add_option("CODE", args->org_code, "9位组织机构代码或18位统一社会信用代码")->required();
  org->callback([args, &exit_code] { exit_code = RunAgencyOrgCode(args->db, args->id, args->org_code); });
}

}  // namespace gongkai::app
