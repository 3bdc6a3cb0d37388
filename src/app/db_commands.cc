// gongkai db init|migrate|check — creating, upgrading and checking the database.
#include <iostream>
#include <memory>

#include "app/case_command_parts.h"
#include "app/cli_args.h"
#include "app/workspace.h"
#include "service/integrity_service.h"
#include "storage/postgres/postgres_roles.h"

namespace gongkai::app {
namespace {

struct DbArgs {
  std::string db;
  bool pg_roles = false;
  std::string pg_role = "gongkai_app";
  bool repair = false;
  std::string actor;
};

bool IsPostgres(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0 || url.rfind("pg:", 0) == 0;
}

int RunInit(const DbArgs& a, OpenPurpose purpose) {
  const std::string url = DatabaseUrl(a.db);
  if (a.pg_roles && !IsPostgres(url)) {
    std::cerr << "错误：--pg-roles 只适用于 PostgreSQL 数据库（postgresql://…），不适用于“" << url << "”。\n";
    return 2;
  }
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db, purpose);
  if (!db.ok()) return FailToStart(db.status());
  Result<int> v = (*db)->SchemaVersion();
  std::cout << "数据库已就绪：" << url << "（结构版本 " << (v.ok() ? *v : 0) << "）\n";
  if (a.pg_roles) {
    const std::string conninfo = url.rfind("pg:", 0) == 0 ? url.substr(3) : url;
    if (Status s = storage::GrantPostgresAppRole(conninfo, a.pg_role); !s.ok()) return Fail(s);
    std::cout << "已设置应用角色 " << a.pg_role
              << "：可读取和追加数据，不能修改、删除或清空办理记录和锁定记录（见 docs/postgresql-roles.md）\n";
  }
  return 0;
}

int RunCheck(const DbArgs& a) {
  Result<std::unique_ptr<CaseDesk>> desk = OpenCaseDesk(a.db);
  if (!desk.ok()) return FailToStart(desk.status());
  service::IntegrityService integrity(*(*desk)->db, (*desk)->calendars, (*desk)->settings);
  Result<service::IntegrityReport> report =
      a.repair ? integrity.Repair(CliActor(a.actor)) : integrity.Check();
  if (!report.ok()) return Fail(report.status());
  std::cout << "已核对" << report->agencies << "个机关、" << report->applications << "件申请、"
            << report->appeals << "件复议诉讼";
  if (report->first_year > 0) {
    std::cout << "，" << report->first_year << "至" << report->last_year << "年度的表三、表四";
  }
  std::cout << "。\n";
  if (a.repair) {
    std::cout << "已按办理记录重写" << report->summaries_rewritten << "件申请的办理状态，并重新统计表三的存储计数。\n";
  }
  if (report->problems.empty()) {
    std::cout << "未发现问题：存储的办理状态与办理记录一致，表三、表四的统计与记录一致。\n";
    return 0;
  }
  std::cout << (a.repair ? "修复后仍有" : "发现") << report->problems.size() << "处不一致：\n";
  for (const std::string& p : report->problems) std::cout << "  " << p << "\n";
  if (!a.repair) std::cout << "可运行 gongkai db check --repair 按办理记录重建（办理记录本身不会改动）。\n";
  return 1;
}

}  // namespace

void AddDbCommands(CLI::App& db, int& exit_code) {
  db.require_subcommand(1);
  auto a = std::make_shared<DbArgs>();
  CLI::App* init = db.add_subcommand("init", "创建数据库并建立全部表（已存在时升级到最新结构）");
  init->add_option("--db", a->db, "数据库（sqlite:文件、postgresql://…；默认 $GONGKAI_DB 或 gongkai.db）");
  init->add_flag("--pg-roles", a->pg_roles, "PostgreSQL：同时建立只能追加、不能改删办理记录的应用角色");
  init->add_option("--pg-app-role", a->pg_role, "应用角色名（默认 gongkai_app）");
  init->callback([a, &exit_code] { exit_code = RunInit(*a, OpenPurpose::kInit); });
  CLI::App* migrate = db.add_subcommand("migrate", "把已有数据库的结构升级到最新版本（数据保留）");
  migrate->add_option("--db", a->db, "数据库（sqlite:文件、postgresql://…；默认 $GONGKAI_DB 或 gongkai.db）");
  migrate->add_flag("--pg-roles", a->pg_roles, "PostgreSQL：升级后重新授权应用角色");
  migrate->add_option("--pg-app-role", a->pg_role, "应用角色名（默认 gongkai_app）");
  migrate->callback([a, &exit_code] { exit_code = RunInit(*a, OpenPurpose::kMigrate); });
  CLI::App* check = db.add_subcommand(
      "check", "核对数据库：各申请的办理状态与办理记录、表三表四的存储统计与重新统计是否一致");
  check->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  check->add_flag("--repair", a->repair, "在一个事务中按办理记录重建办理状态和统计（办理记录本身不改动）");
  check->add_option("--actor", a->actor, "操作人（默认 $GONGKAI_ACTOR 或登录名）");
  check->callback([a, &exit_code] { exit_code = RunCheck(*a); });
}

}  // namespace gongkai::app
