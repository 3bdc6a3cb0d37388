// gongkai mail new|assign|reply|extend|transfer|close|publish — the writes
// of the leader's mailbox (shows and lists: mail_view_commands.cc).
#include "app/mail_commands.h"

#include <iostream>

#include "app/case_command_parts.h"
#include "app/cli_args.h"
#include "app/data_paths.h"
#include "app/mailbox_settings_file.h"
#include "app/text_tools.h"

namespace gongkai::app {
namespace {

struct MailArgs {
  std::string db, actor, on;
  int64_t id = 0;
  // new
  int64_t agency = 0;
  std::string title, body, category = "咨询", name, phone, email;
  bool consent = false;
  // assign
  int64_t to = 0;
  // reply / extend / transfer / close / publish
  std::string text, reason, override_reason;
};

// Runs `use` with the MessageService and the command's moment.
template <typename F>
int WithMail(const MailArgs& a, bool with_screen, F&& use) {
  const std::optional<service::Moment> now = MomentArg(a.on);
  if (!now) return 2;
  Result<std::unique_ptr<MailDesk>> desk = OpenMailDesk(a.db, with_screen);
  if (!desk.ok()) return FailToStart(desk.status());
  return use(*(*desk)->mail, *now);
}

int RunNew(const MailArgs& a) {
  service::NewMessage m;
  m.agency_id = a.agency;
  const std::optional<domain::MessageCategory> category = domain::ParseMessageCategory(a.category);
  if (!category) {
    std::cerr << "错误：--category “" << a.category
              << "”无效，应为咨询、建议、投诉、求助或其他。\n";
    return 2;
  }
  m.category = *category;
  m.title = a.title;
  m.body = a.body;
  m.contact = {a.name, a.phone, a.email};
  m.consent = a.consent;
  return WithMail(a, false, [&](service::MessageService& mail, const service::Moment& now) {
    Result<service::SubmittedMessage> s = mail.Submit(m, CliActor(a.actor), now);
    if (!s.ok()) return Fail(s.status());
    std::cout << "留言编号：" << s->id << "\n查询码：" << s->query_code
              << "（请告知写信人：凭查询码和联系电话查询办理结果）\n收到日期："
              << now.date.ToString() << "\n受理期限：" << s->deadlines.ack_due_on.ToString() << "（"
              << mail.settings().ack_wd << "个工作日）\n答复期限："
              << s->deadlines.reply_due_on.ToString() << "（" << mail.settings().reply_wd
              << "个工作日）\n"
              << (m.consent ? "写信人同意公开（公开时遮盖个人信息）\n" : "写信人未同意公开\n");
    return 0;
  });
}

// One handling step: `step` calls the service, `done` is what is printed.
template <typename F>
int RunStep(const MailArgs& a, const std::string& done, F&& step) {
  return WithMail(a, false, [&](service::MessageService& mail, const service::Moment& now) {
    Status st = step(mail, CliActor(a.actor), now);
    if (!st.ok()) return Fail(st);
    Result<service::MessageView> v = mail.Show(a.id);
    if (!v.ok()) return Fail(v.status());
    std::cout << "留言 " << a.id << " " << done << "\n状态："
              << domain::MessageStateLabel(v->message.state) << "\n";
    if (domain::IsOpen(v->message.state)) {
      std::cout << "答复期限：" << v->message.reply_due_on.ToString() << "\n";
    }
    return 0;
  });
}

int RunPublish(const MailArgs& a) {
  return WithMail(a, true, [&](service::MessageService& mail, const service::Moment& now) {
    Result<service::PublishedMessage> p =
        mail.Publish(CliActor(a.actor), a.id, a.override_reason, now);
    if (!p.ok()) return Fail(p.status());
    std::cout << "留言 " << a.id << " 已公开（" << p->exchange.published_on.ToString() << "）\n";
    if (p->masked.empty()) {
      std::cout << "未发现需要遮盖的个人信息\n";
    } else {
      std::cout << "已遮盖个人信息" << p->masked.size() << "处：\n";
      for (const service::MaskedItem& i : p->masked) {
        std::cout << "  " << i.where << "：" << i.kind << " " << i.masked << "\n";
      }
    }
    std::cout << "公开标题：" << p->exchange.title << "\n公开的留言内容：\n"
              << p->exchange.body << "\n公开的答复内容：\n"
              << p->exchange.reply << "\n";
    return 0;
  });
}

void AddCommon(CLI::App* c, MailArgs& a, bool with_id) {
  c->add_option("--db", a.db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  c->add_option("--actor", a.actor, "操作人（默认 $GONGKAI_ACTOR 或登录名）");
  c->add_option("--on", a.on, "办理日期 YYYY-MM-DD（默认今天，北京时间）");
  if (with_id) c->add_option("ID", a.id, "留言编号")->required();
}

}  // namespace

std::optional<service::Moment> MomentArg(const std::string& on) {
  service::Moment now = NowInChina();
  if (on.empty()) return now;
  const std::optional<CivilDate> d = DateArg("--on", on);
  if (!d) return std::nullopt;
  now.date = *d;  // when it happened; now.utc stays when it was recorded
  return now;
}

Result<std::unique_ptr<MailDesk>> OpenMailDesk(const std::string& db_flag, bool with_screen) {
  auto desk = std::make_unique<MailDesk>();
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag);
  if (!db.ok()) return db.status();
  desk->db = std::move(db).value();
  Result<domain::MailboxSettings> settings = LoadMailboxSettings(DataDir());
  if (!settings.ok()) return settings.status();
  const service::TextScreen* screen = nullptr;
  if (with_screen) {
    Result<const service::TextScreen*> shared = SharedScreen();
    if (!shared.ok()) return shared.status();
    screen = *shared;
  }
  desk->mail = std::make_unique<service::MessageService>(*desk->db, desk->calendars, NewQueryCode,
                                                         screen, *settings);
  return desk;
}

void AddMailCommands(CLI::App& mail, int& exit_code) {
  mail.require_subcommand(1);
  auto a = std::make_shared<MailArgs>();

  CLI::App* n = mail.add_subcommand("new", "登记一件领导信箱留言，输出留言编号和查询码");
  AddCommon(n, *a, false);
  n->add_option("--agency", a->agency, "信箱所属机关编号（市长信箱为本级人民政府）")->required();
  n->add_option("--title", a->title, "标题")->required();
  n->add_option("--body", a->body, "留言内容")->required();
  n->add_option("--category", a->category, "类别：咨询（默认）、建议、投诉、求助、其他");
  n->add_option("--name", a->name, "写信人姓名（不公开）")->required();
  n->add_option("--phone", a->phone, "联系电话（不公开；查询办理结果时使用）")->required();
  n->add_option("--email", a->email, "电子邮箱（不公开）");
  n->add_flag("--consent", a->consent, "写信人同意公开留言和答复（公开时遮盖个人信息）");
  n->callback([a, &exit_code] { exit_code = RunNew(*a); });

  CLI::App* assign = mail.add_subcommand("assign", "交办受理单位（本机关或下级机关）");
  AddCommon(assign, *a, true);
  assign->add_option("--to", a->to, "受理单位的机关编号")->required();
  assign->callback([a, &exit_code] {
    exit_code =
        RunStep(*a, "已交办",
                [&](service::MessageService& m, const service::Actor& who,
                    const service::Moment& now) { return m.Assign(who, a->id, a->to, now); });
  });

  CLI::App* reply = mail.add_subcommand("reply", "答复留言");
  AddCommon(reply, *a, true);
  reply->add_option("--text", a->text, "答复内容")->required();
  reply->callback([a, &exit_code] {
    exit_code =
        RunStep(*a, "已答复",
                [&](service::MessageService& m, const service::Actor& who,
                    const service::Moment& now) { return m.Reply(who, a->id, a->text, now); });
  });

  struct Reasoned {
    const char* name;
    const char* help;
    const char* done;
    Status (service::MessageService::*call)(const service::Actor&, int64_t, const std::string&,
                                            const service::Moment&);
    const char* reason_help;
  };
  for (const Reasoned& r :
       {Reasoned{"extend", "延期答复（限一次，延期理由随答复公开）", "已延期",
                 &service::MessageService::Extend, "延期理由"},
        Reasoned{"transfer", "属于信访事项的，转信访渠道办理", "已转信访渠道",
                 &service::MessageService::Transfer, "转信访的理由"},
        Reasoned{"close", "办结不公开（写信人不同意公开、不宜公开或不是有效留言）", "已办结",
                 &service::MessageService::Close, "办结理由"}}) {
    CLI::App* c = mail.add_subcommand(r.name, r.help);
    AddCommon(c, *a, true);
    c->add_option("--reason", a->reason, r.reason_help)->required();
    c->callback([a, r, &exit_code] {
      exit_code = RunStep(
          *a, r.done,
          [&](service::MessageService& m, const service::Actor& who, const service::Moment& now) {
            return (m.*r.call)(who, a->id, a->reason, now);
          });
    });
  }

  CLI::App* publish =
      mail.add_subcommand("publish", "公开留言和答复（须写信人同意；自动遮盖个人信息）");
  AddCommon(publish, *a, true);
  publish->add_option("--override", a->override_reason, "含敏感词时，审核人确认可以公开的理由");
  publish->callback([a, &exit_code] { exit_code = RunPublish(*a); });

  AddMailViewCommands(mail, exit_code);
}

}  // namespace gongkai::app
