// gongkai pub new|edit|submit|return|approve|publish|withdraw|abolish|expire|link
#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/pub_commands.h"
#include "app/pub_desk.h"
#include "app/pub_import.h"
#include "app/pub_input_args.h"
#include "app/text_tools.h"
#include "app/workspace.h"

namespace gongkai::app {
namespace {

struct PubArgs {
  std::string db, files, actor;
  int64_t id = 0;
  PubInputArgs input;
  std::string reason, override_reason, note, on;
  int64_t replaced_by = 0, policy = 0;
  std::string dir;
};

service::PublicationInput InputOf(const domain::Publication& p) {
  service::PublicationInput in;
  const domain::PublicationContent& c = p.content;
  in.agency_id = p.agency_id;
  in.kind = p.kind;
  in.title = c.title;
  in.publisher = c.publisher;
  in.doc_no = c.doc_no;
  in.formed_on = c.formed_on;
  in.topic = c.topic;
  in.article20_item = c.article20_item;
  in.summary = c.summary;
  in.keywords = c.keywords;
  in.reg_no = c.reg_no;
  in.body_html = c.body_html;
  in.effective_on = p.effective_on;
  return in;
}

// Opens the desk and runs `body` on it; prints failures.
template <typename F>
int WithDesk(const PubArgs& a, F body) {
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(a.db, a.files);
  if (!desk.ok()) return FailToStart(desk.status());
  return body(**desk, CliActor(a.actor), NowInChina());
}

int RunNew(const PubArgs& a) {
  return WithDesk(a, [&](PubDesk& d, const service::Actor& actor, const service::Moment& now) {
    Result<service::PublicationInput> in = ToPublicationInput(a.input, {});
    if (!in.ok()) return Fail(in.status());
    Result<int64_t> id = d.service->Create(actor, *in, now);
    if (!id.ok()) return Fail(id.status());
    std::cout << *id << "\n";
    return 0;
  });
}

int RunEdit(const PubArgs& a) {
  return WithDesk(a, [&](PubDesk& d, const service::Actor& actor, const service::Moment& now) {
    Result<domain::Publication> p = d.db->publications().Get(a.id);
    if (!p.ok()) return Fail(p.status());
    Result<service::PublicationInput> in = ToPublicationInput(a.input, InputOf(*p));
    if (!in.ok()) return Fail(in.status());
    Result<int> version = d.service->Edit(actor, a.id, *in, now);
    if (!version.ok()) return Fail(version.status());
    std::cout << PubLabel(*p) << " 已保存为第 " << *version << " 版"
              << (*version > p->latest_version ? "（修订，发布前公众仍看到原版本）" : "") << "\n";
    return 0;
  });
}

using Step = Status (service::PublicationService::*)(const service::Actor&, int64_t,
                                                     const std::string&, const service::Moment&);

int RunStep(const PubArgs& a, Step step, const std::string& text, const char* done) {
  return WithDesk(a, [&](PubDesk& d, const service::Actor& actor, const service::Moment& now) {
    Status st = ((*d.service).*step)(actor, a.id, text, now);
    if (!st.ok()) return Fail(st);
    std::cout << "信息 " << a.id << " " << done << "\n";
    return 0;
  });
}

int RunPublish(const PubArgs& a) {
  return WithDesk(a, [&](PubDesk& d, const service::Actor& actor, const service::Moment& now) {
    Result<std::string> index_no = d.service->Publish(actor, a.id, a.override_reason, now);
    if (!index_no.ok()) return Fail(index_no.status());
    std::cout << "信息 " << a.id << " 已发布，索引号 " << *index_no << "\n";
    return 0;
  });
}

int RunValidity(const PubArgs& a, domain::Validity to) {
  std::optional<CivilDate> on = a.on.empty() ? TodayInChina() : DateArg("--on", a.on);
  if (!on) return 2;
  return WithDesk(a, [&](PubDesk& d, const service::Actor& actor, const service::Moment& now) {
    std::optional<int64_t> by;
    if (a.replaced_by > 0) by = a.replaced_by;
    Status st = d.service->ChangeValidity(actor, a.id, to, *on, by, a.reason, now);
    if (!st.ok()) return Fail(st);
    std::cout << "信息 " << a.id << " 已于 " << on->ToString() << " " << domain::ValidityLabel(to)
              << (by ? "，由信息 " + std::to_string(*by) + " 替代" : std::string()) << "\n";
    return 0;
  });
}

int RunLink(const PubArgs& a) {
  return WithDesk(a, [&](PubDesk& d, const service::Actor& actor, const service::Moment& now) {
    Status st = d.service->LinkInterpretation(actor, a.id, a.policy, now);
    if (!st.ok()) return Fail(st);
    std::cout << "政策解读 " << a.id << " 已关联政策文件 " << a.policy << "\n";
    return 0;
  });
}

void Common(CLI::App* cmd, PubArgs& a, bool with_id = true) {
  cmd->add_option("--db", a.db, "数据库");
  cmd->add_option("--files", a.files, "附件存储目录（默认：数据库文件旁的 -files 目录）");
  cmd->add_option("--actor", a.actor, "操作人（默认 $GONGKAI_ACTOR 或登录名）");
  if (with_id) cmd->add_option("ID", a.id, "信息编号")->required();
}

}  // namespace

void AddPubCommands(CLI::App& pub, int& exit_code) {
  pub.require_subcommand(1);
  auto a = std::make_shared<PubArgs>();
  CLI::App* add = pub.add_subcommand("new", "新建信息草稿，输出其编号");
  Common(add, *a, false);
  AddPubInputOptions(*add, a->input, true);
  add->callback([a, &exit_code] { exit_code = RunNew(*a); });

  CLI::App* edit = pub.add_subcommand("edit", "修改草稿；已发布的信息形成新版本（修订）");
  Common(edit, *a);
  AddPubInputOptions(*edit, a->input, false);
  edit->callback([a, &exit_code] { exit_code = RunEdit(*a); });

  CLI::App* submit = pub.add_subcommand("submit", "提交审核（先经个人信息和敏感词筛查）");
  Common(submit, *a);
  submit->add_option("--override", a->override_reason, "筛查有提示仍要提交时，说明理由（记录在案）");
  submit->callback([a, &exit_code] {
    exit_code = RunStep(*a, &service::PublicationService::Submit, a->override_reason, "已提交审核");
  });

  CLI::App* ret = pub.add_subcommand("return", "审核退回修改");
  Common(ret, *a);
  ret->add_option("--reason", a->reason, "退回理由")->required();
  ret->callback([a, &exit_code] {
    exit_code = RunStep(*a, &service::PublicationService::Return, a->reason, "已退回修改");
  });

  CLI::App* approve = pub.add_subcommand("approve", "审核通过");
  Common(approve, *a);
  approve->add_option("--note", a->note, "审核意见");
  approve->callback([a, &exit_code] {
    exit_code = RunStep(*a, &service::PublicationService::Approve, a->note, "已审核通过");
  });

  CLI::App* publish = pub.add_subcommand("publish", "发布（再次筛查；首次发布编制索引号）");
  Common(publish, *a);
  publish->add_option("--override", a->override_reason,
                      "审核人确认筛查提示可以公开时，说明理由（记录在案）");
  publish->callback([a, &exit_code] { exit_code = RunPublish(*a); });

  CLI::App* withdraw = pub.add_subcommand("withdraw", "撤回已发布的信息（保留备查，不删除）");
  Common(withdraw, *a);
  withdraw->add_option("--reason", a->reason, "撤回理由")->required();
  withdraw->callback([a, &exit_code] {
    exit_code = RunStep(*a, &service::PublicationService::Withdraw, a->reason, "已撤回");
  });

  for (auto [name, help, to] :
       {std::tuple{"abolish", "宣布规章或规范性文件废止", domain::Validity::kAbolished},
        std::tuple{"expire", "宣布规章或规范性文件失效", domain::Validity::kExpired}}) {
    CLI::App* cmd = pub.add_subcommand(name, help);
    Common(cmd, *a);
    cmd->add_option("--on", a->on, "废止/失效日期 YYYY-MM-DD（默认今天）");
    cmd->add_option("--replaced-by", a->replaced_by, "替代它的信息编号");
    cmd->add_option("--reason", a->reason, "理由或依据，如 某政发〔2024〕9号决定废止")->required();
    const domain::Validity target = to;
    cmd->callback([a, target, &exit_code] { exit_code = RunValidity(*a, target); });
  }

  CLI::App* link = pub.add_subcommand("link", "把政策解读关联到所解读的政策文件");
  Common(link, *a);
  link->add_option("--interprets", a->policy, "政策文件编号")->required();
  link->callback([a, &exit_code] { exit_code = RunLink(*a); });

  CLI::App* import = pub.add_subcommand(
      "import", "导入原系统已发布的信息：目录中的文件和一个CSV/XLSX元数据表（全部正确才导入）");
  Common(import, *a, false);
  import->add_option("DIR", a->dir, "目录")->required();
  import->add_option("--agency", a->input.agency, "元数据表没有“机关”列时的发布机关编号");
  import->add_option("--override", a->override_reason, "筛查有提示仍要导入时，说明理由（记录在案）");
  import->callback([a, &exit_code] {
    exit_code = RunPubImport(a->db, a->files, a->dir, a->input.agency, a->override_reason,
                             CliActor(a->actor));
  });

  AddPubViewCommands(pub, exit_code);
}

}  // namespace gongkai::app
