// gongkai case new|event|show|list — a clerk's daily work on applications.
#include <iostream>
#include <memory>

#include "app/case_command_parts.h"
#include "app/case_import.h"
#include "app/cli_args.h"
#include "app/workspace.h"
#include "service/case_service.h"

namespace gongkai::app {
namespace {

struct CaseArgs {
  std::string db;
  int64_t agency = 0;
  std::string kind = "自然人";
  std::string name, id_document, phone, channel = "online", subject, submitted, received;
  int64_t id = 0;
  std::string event_kind, on, reply, approver, party, consultee = "third_party", letter_received,
      note, actor = "clerk";
  int days = 0;
  bool children = false;
  int due_within = -1;
  bool overdue = false;
  std::string as_of;
  std::string file;
  bool contact = false;
};

void PrintClock(const law::ClockResult& c) {
  std::cout << "状态：" << law::ProcedureStateLabel(c.state) << "\n";
  if (c.received_on) std::cout << "收到申请之日：" << c.received_on->ToString() << "\n";
  if (c.due_on) {
    std::cout << "答复期限：" << c.due_on->ToString() << (c.due_provisional ? "（暂定）" : "") << "\n";
  }
  if (c.closed_on) std::cout << "办结日期：" << c.closed_on->ToString() << "\n";
  if (c.reply) std::cout << "办理结果：" << law::ReplyTypeLabel(*c.reply) << "\n";
  if (!c.explanation.empty()) std::cout << "期限计算：" << c.explanation << "\n";
}

int RunNew(const CaseArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
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
  c.actor = a.actor;
  const auto submitted = DateArg("--submitted", a.submitted);
  if (!submitted) return 2;
  c.submitted_on = *submitted;
  if (!a.received.empty()) {
    const auto received = DateArg("--received", a.received);
    if (!received) return 2;
    c.received_on = received;
  }
  DataCalendars calendars;
  service::CaseService cases(**db, calendars, {}, NewQueryCode);
  Result<int64_t> id = cases.Register(c);
  if (!id.ok()) return Fail(id.status());
  Result<service::CaseView> view = cases.Show(*id);
  if (!view.ok()) return Fail(view.status());
  std::cout << "申请编号：" << *id << "\n查询码：" << view->record.application.query_code << "\n";
  PrintClock(view->clock);
  return 0;
}

int RunEvent(const CaseArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  const auto kind = law::ParseProcedureEventKind(a.event_kind);
  if (!kind) {
    std::cerr << "错误：未知的办理事项“" << a.event_kind << "”。可用：";
    for (int i = 0; i < law::kProcedureEventKindCount; ++i) {
      std::cerr << (i ? "、" : "")
                << law::ProcedureEventKindName(static_cast<law::ProcedureEventKind>(i));
    }
    std::cerr << "。\n";
    return 2;
  }
  law::ProcedureEvent e;
  e.kind = *kind;
  const auto on = DateArg("--on", a.on);
  if (!on) return 2;
  e.on = *on;
  if (!a.reply.empty()) {
    e.reply_type = law::ParseReplyType(a.reply);
    if (!e.reply_type) {
      std::cerr << "错误：--reply “" << a.reply << "”无效。可用：";
      for (int i = 0; i < law::kReplyTypeCount; ++i) {
        std::cerr << (i ? "、" : "") << law::ReplyTypeName(static_cast<law::ReplyType>(i));
      }
      std::cerr << "。\n";
      return 2;
    }
  }
  e.approver = a.approver;
  e.days = a.days;
  e.party = a.party;
  e.consultee = a.consultee == "other_agency" ? law::Consultee::kOtherAgency
                                              : law::Consultee::kThirdParty;
  if (!a.letter_received.empty()) {
    const auto d = DateArg("--letter-received", a.letter_received);
    if (!d) return 2;
    e.received_on = d;
  }
  DataCalendars calendars;
  service::CaseService cases(**db, calendars, {}, NewQueryCode);
  Result<service::RecordedEvent> r = cases.Record(a.id, e, a.actor, a.note);
  if (!r.ok()) return Fail(r.status());
  std::cout << "已记录第" << r->seq << "条办理记录：" << law::ProcedureEventKindLabel(e.kind) << "\n";
  PrintClock(r->clock);
  return 0;
}

int RunShow(const CaseArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  DataCalendars calendars;
  service::CaseService cases(**db, calendars, {}, NewQueryCode);
  Result<service::CaseView> v = cases.Show(a.id);
  if (!v.ok()) return Fail(v.status());
  const domain::Application& app = v->record.application;
  std::cout << "申请编号：" << app.id << "\n机关：" << app.agency_id << "\n申请人类型："
            << domain::ApplicantKindLabel(app.applicant_kind)
            << "\n申请方式：" << law::ChannelLabel(app.channel) << "\n申请内容：" << app.subject
            << "\n查询码：" << app.query_code << "\n";
  if (a.contact) {
    Result<domain::Applicant> who = (*db)->applicants().GetWithContact(app.applicant_id);
    if (who.ok()) {
      std::cout << "申请人：" << who->contact.name << "\n证件号码：" << who->contact.id_document
                << "\n联系电话：" << who->contact.phone << "\n";
    }
  }
  PrintClock(v->clock);
  std::cout << "办理记录：\n";
  for (const domain::ApplicationEvent& e : v->record.events) {
    const auto kind = law::ParseProcedureEventKind(e.kind);
    std::cout << "  " << e.seq << ". " << e.occurred_on.ToString() << " "
              << (kind ? law::ProcedureEventKindLabel(*kind) : e.kind.c_str()) << "（" << e.actor
              << "，记录于 " << e.recorded_at << "）" << (e.note.empty() ? "" : " " + e.note)
              << "\n";
  }
  return 0;
}

int RunList(const CaseArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return Fail(db.status());
  service::ApplicationFilter f;
  if (a.agency > 0) {
    if (a.children) {
      Result<std::vector<int64_t>> ids = (*db)->agencies().Subtree(a.agency);
      if (!ids.ok()) return Fail(ids.status());
      f.agency_ids = *ids;
    } else {
      f.agency_ids = {a.agency};
    }
  }
  if (a.due_within >= 0) f.due_within_days = a.due_within;
  f.overdue = a.overdue;
  if (a.due_within >= 0 || a.overdue) {
    if (a.as_of.empty()) {
      f.as_of = TodayInChina();
    } else {
      const auto d = DateArg("--as-of", a.as_of);
      if (!d) return 2;
      f.as_of = d;
    }
  }
  Result<std::vector<domain::Application>> list = (*db)->applications().List(f);
  if (!list.ok()) return Fail(list.status());
  for (const domain::Application& x : *list) {
    std::cout << x.id << "\t" << domain::ApplicationStateLabel(x.state) << "\t收到 "
              << (x.received_on ? x.received_on->ToString() : "—") << "\t期限 "
              << (x.due_on ? x.due_on->ToString() : "—") << "\t" << x.subject << "\n";
  }
  std::cout << "共" << list->size() << "件\n";
  return 0;
}

}  // namespace

void AddCaseCommands(CLI::App& kase, int& exit_code) {
  kase.require_subcommand(1);
  auto a = std::make_shared<CaseArgs>();
  const auto db = [a](CLI::App* c) {
    c->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
    c->add_option("--actor", a->actor, "经办人");
  };
  CLI::App* n = kase.add_subcommand("new", "登记一件政府信息公开申请");
  db(n);
  n->add_option("--agency", a->agency, "办理机关编号")->required();
  n->add_option("--kind", a->kind, "申请人类型：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他");
  n->add_option("--name", a->name, "申请人姓名或名称");
  n->add_option("--id-document", a->id_document, "身份证明号码");
  n->add_option("--phone", a->phone, "联系电话");
  n->add_option("--channel", a->channel, "in_person、registered_post、ordinary_post、online、fax");
  n->add_option("--subject", a->subject, "申请公开的政府信息")->required();
  n->add_option("--submitted", a->submitted, "提交日期 YYYY-MM-DD")->required();
  n->add_option("--received", a->received, "收到申请之日（已确认时）YYYY-MM-DD");
  n->callback([a, &exit_code] { exit_code = RunNew(*a); });

  CLI::App* e = kase.add_subcommand("event", "记录一项办理事项（补正、征求意见、延期、收费、答复…）");
  db(e);
  e->add_option("ID", a->id, "申请编号")->required();
  e->add_option("KIND", a->event_kind, "事项，如 receipt_confirmed、correction_requested、replied")->required();
  e->add_option("--on", a->on, "事项日期 YYYY-MM-DD")->required();
  e->add_option("--reply", a->reply, "答复类型（replied、answered_on_spot），如 disclosed");
  e->add_option("--approver", a->approver, "延期的批准人（工作机构负责人）");
  e->add_option("--days", a->days, "延期或补正期限的工作日数");
  e->add_option("--party", a->party, "征求意见的对象");
  e->add_option("--consultee", a->consultee, "third_party 或 other_agency");
  e->add_option("--letter-received", a->letter_received, "对方或申请人收到通知的日期");
  e->add_option("--note", a->note, "备注");
  e->callback([a, &exit_code] { exit_code = RunEvent(*a); });

  CLI::App* s = kase.add_subcommand("show", "查看申请、办理记录和期限计算");
  db(s);
  s->add_option("ID", a->id, "申请编号")->required();
  s->add_flag("--contact", a->contact, "同时显示申请人的个人信息");
  s->callback([a, &exit_code] { exit_code = RunShow(*a); });

  CLI::App* l = kase.add_subcommand("list", "列出申请（可按期限筛选）");
  db(l);
  l->add_option("--agency", a->agency, "机关编号");
  l->add_flag("--children", a->children, "包括下级机关");
  l->add_option("--due-within", a->due_within, "N个自然日内到期的未办结申请");
  l->add_flag("--overdue", a->overdue, "已超期的未办结申请");
  l->add_option("--as-of", a->as_of, "按哪一天计算期限 YYYY-MM-DD（默认今天，北京时间）");
  l->callback([a, &exit_code] { exit_code = RunList(*a); });

  CLI::App* i = kase.add_subcommand("import", "导入台账（.csv 或 .xlsx）：全部正确才导入");
  db(i);
  i->add_option("LEDGER", a->file, "台账文件")->required();
  i->add_option("--agency", a->agency, "办理机关编号（台账没有“办理机关”列时）")->required();
  i->callback([a, &exit_code] { exit_code = RunImport(a->db, a->file, a->agency, a->actor); });
}

}  // namespace gongkai::app
