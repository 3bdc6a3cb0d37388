// gongkai case new|event|correct — registering an application and recording
// what happens to it. (show, list: case_view_commands.cc; import: case_import.cc)
#include <iostream>
#include <memory>

#include "app/case_command_parts.h"
#include "app/case_import.h"
#include "app/case_text.h"
#include "app/cli_args.h"
#include "app/event_args.h"
#include "app/workspace.h"
#include "service/case_service.h"

namespace gongkai::app {
namespace {

struct NewArgs {
  std::string db, actor;
  int64_t agency = 0;
  std::string kind = "自然人";
  std::string name, id_document, phone, channel = "online", subject, submitted, received,
      external_id;
};

struct EventCommandArgs {
  std::string db, actor, note, reason;
  int64_t id = 0;
  int64_t seq = 0;
  EventArgs event;
};

// Runs `use` with the CaseService of the opened database.
template <typename F>
int WithCases(const std::string& db_flag, F&& use) {
  Result<std::unique_ptr<CaseDesk>> desk = OpenCaseDesk(db_flag);
  if (!desk.ok()) return FailToStart(desk.status());
  return use(*(*desk)->cases);
}

int RunNew(const NewArgs& a) {
  service::NewCase c;
  c.agency_id = a.agency;
  if (!domain::ParseApplicantKind(a.kind, c.applicant_kind)) {
    std::cerr << "错误：--kind “" << a.kind
              << "”无效，应为自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他。\n";
    return 2;
  }
  if (!law::ParseChannel(a.channel.c_str(), c.channel)) {
    std::cerr << "错误：--channel “" << a.channel
              << "”无效，应为 in_person、registered_post、ordinary_post、online、fax。\n";
    return 2;
  }
  c.contact.name = a.name;
  c.contact.id_document = a.id_document;
  c.contact.phone = a.phone;
  c.subject = a.subject;
  c.external_id = a.external_id;
  const auto submitted = DateArg("--submitted", a.submitted);
  if (!submitted) return 2;
  c.submitted_on = *submitted;
  if (!a.received.empty()) {
    const auto received = DateArg("--received", a.received);
    if (!received) return 2;
    c.received_on = received;
  }
  return WithCases(a.db, [&](service::CaseService& cases) {
    Result<int64_t> id = cases.Register(c, CliActor(a.actor));
    if (!id.ok()) return Fail(id.status());
    Result<service::CaseView> view = cases.Show(*id);
    if (!view.ok()) return Fail(view.status());
    std::cout << "申请编号：" << *id << "\n查询码：" << view->record.application.query_code << "\n"
              << ClockText(view->clock);
    return 0;
  });
}

void PrintRecorded(const service::RecordedEvent& r, const std::string& what) {
  std::cout << "已记录第" << r.seq << "条办理记录：" << what << "\n";
  if (r.fee) std::cout << "信息处理费：" << law::FormatYuan(r.fee->amount_fen) << "。" << r.fee->Explain() << "\n";
  std::cout << ClockText(r.clock);
}

int RunEvent(const EventCommandArgs& a) {
  const std::optional<law::ProcedureEvent> e = EventFromArgs(a.event);
  if (!e) return 2;
  return WithCases(a.db, [&](service::CaseService& cases) {
    Result<service::RecordedEvent> r = cases.Record(a.id, *e, CliActor(a.actor), a.note);
    if (!r.ok()) return Fail(r.status());
    PrintRecorded(*r, law::ProcedureEventKindLabel(e->kind));
    return 0;
  });
}

int RunCorrect(const EventCommandArgs& a) {
  service::Correction c;
  c.seq = a.seq;
  c.reason = a.reason;
  if (a.event.kind != "void" && a.event.kind != domain::kVoidEventKind && a.event.kind != "作废") {
    if (a.event.on.empty()) {
      std::cerr << "错误：更正为“" << a.event.kind << "”需要给出 --on（正确的日期）。\n";
      return 2;
    }
    c.replacement = EventFromArgs(a.event);
    if (!c.replacement) return 2;
  } else if (!a.event.on.empty()) {
    std::cerr << "错误：作废（void）不需要 --on：作废的记录保留原日期。\n";
    return 2;
  }
  return WithCases(a.db, [&](service::CaseService& cases) {
    Result<service::RecordedEvent> r = cases.Correct(a.id, c, CliActor(a.actor));
    if (!r.ok()) return Fail(r.status());
    PrintRecorded(*r, c.replacement ? std::string("更正第") + std::to_string(a.seq) + "条为“" +
                                          law::ProcedureEventKindLabel(c.replacement->kind) + "”"
                                    : "作废第" + std::to_string(a.seq) + "条");
    return 0;
  });
}

}  // namespace

void AddCaseCommands(CLI::App& kase, int& exit_code) {
  kase.require_subcommand(1);
  auto n = std::make_shared<NewArgs>();
  CLI::App* add = kase.add_subcommand("new", "登记一件政府信息公开申请");
  add->add_option("--db", n->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  add->add_option("--actor", n->actor, "经办人（默认 $GONGKAI_ACTOR 或登录名）");
  add->add_option("--agency", n->agency, "办理机关编号")->required();
  add->add_option("--kind", n->kind, "申请人类型：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他");
  add->add_option("--name", n->name, "申请人姓名或名称");
  add->add_option("--id-document", n->id_document, "身份证明号码");
  add->add_option("--phone", n->phone, "联系电话");
  add->add_option("--channel", n->channel, "in_person、registered_post、ordinary_post、online、fax");
  add->add_option("--subject", n->subject, "申请公开的政府信息")->required();
  add->add_option("--submitted", n->submitted, "提交日期 YYYY-MM-DD")->required();
  add->add_option("--received", n->received,
                  "收到申请之日（已确认时）YYYY-MM-DD；当面提交的即为提交日期（条例第三十一条）");
  add->add_option("--external-id", n->external_id, "本机关的申请编号（同一机关内不能重复）");
  add->callback([n, &exit_code] { exit_code = RunNew(*n); });

  auto a = std::make_shared<EventCommandArgs>();
  CLI::App* e = kase.add_subcommand("event", "记录一项办理事项（补正、征求意见、延期、收费、答复…）");
  e->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  e->add_option("--actor", a->actor, "经办人（默认 $GONGKAI_ACTOR 或登录名）");
  e->add_option("ID", a->id, "申请编号")->required();
  e->add_option("KIND", a->event.kind, "事项，如 receipt_confirmed、correction_requested、fee_notice、replied")
      ->required();
  AddEventOptions(*e, a->event);
  e->add_option("--note", a->note, "备注");
  e->callback([a, &exit_code] { exit_code = RunEvent(*a); });

  CLI::App* c = kase.add_subcommand(
      "correct", "更正一条办理记录：追加一条更正记录（原记录保留），或用 void 作废误记的记录");
  c->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  c->add_option("--actor", a->actor, "更正人（默认 $GONGKAI_ACTOR 或登录名）");
  c->add_option("ID", a->id, "申请编号")->required();
  c->add_option("SEQ", a->seq, "要更正的办理记录序号（case show 中的编号）")->required();
  c->add_option("EVENT", a->event.kind, "正确的事项（如 replied），或 void（作废该记录）")->required();
  AddEventOptions(*c, a->event, /*on_optional=*/true);
  c->add_option("--reason", a->reason, "更正原因（必填，记入记录）")->required();
  c->callback([a, &exit_code] { exit_code = RunCorrect(*a); });

  AddCaseViewCommands(kase, exit_code);

  auto imp = std::make_shared<NewArgs>();
  CLI::App* i = kase.add_subcommand("import", "导入台账（.csv 或 .xlsx）：全部正确才导入，已导入的申请编号跳过");
  i->add_option("--db", imp->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  i->add_option("--actor", imp->actor, "经办人（默认 $GONGKAI_ACTOR 或登录名）");
  i->add_option("LEDGER", imp->subject, "台账文件")->required();
  i->add_option("--agency", imp->agency, "办理机关编号（台账没有“办理机关”列时）")->required();
  i->callback([imp, &exit_code] {
    exit_code = RunImport(imp->db, imp->subject, imp->agency, CliActor(imp->actor));
  });
}

}  // namespace gongkai::app
