// gongkai mail show|track|list|remind|stats — looking at the leader's
// mailbox: one message with its log, the writer's view, deadline lists, the
// dashboard per 受理单位 and the year's figures for the annual report.
#include <iostream>
#include <map>

#include "app/cli_args.h"
#include "app/mail_commands.h"

namespace gongkai::app {
namespace {

struct ViewArgs {
  std::string db, on, code, phone, state;
  int64_t id = 0;
  int64_t agency = 0;
  int year = 0;
  int due_within = -1;
  bool overdue = false;
  bool due_soon = false;
  bool contact = false;
};

template <typename F>
int WithMailService(const std::string& db, F&& use) {
  Result<std::unique_ptr<MailDesk>> desk = OpenMailDesk(db, false);
  if (!desk.ok()) return FailToStart(desk.status());
  return use(*(*desk)->mail, *(*desk)->db);
}

// The date deadlines are counted on: --on, else today in China.
std::optional<CivilDate> AsOf(const std::string& on) {
  if (on.empty()) return TodayInChina();
  return DateArg("--on", on);
}

void PrintIndented(const std::string& text) {
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    std::cout << "  "
              << text.substr(start, end == std::string::npos ? std::string::npos : end - start)
              << "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

int RunShow(const ViewArgs& a) {
  return WithMailService(a.db, [&](service::MessageService& mail, service::Database&) {
    Result<service::MessageView> v = mail.Show(a.id);
    if (!v.ok()) return Fail(v.status());
    const domain::Message& m = v->message;
    std::cout << "留言编号：" << m.id << "\n信箱：" << v->agency_name << "（编号" << m.agency_id
              << "）\n类别：" << domain::MessageCategoryLabel(m.category) << "\n标题：" << m.title
              << "\n留言内容：\n";
    PrintIndented(m.body);
    std::cout << "收到日期：" << m.received_on.ToString() << "\n查询码：" << m.query_code
              << "\n公开意愿：" << (m.consent ? "写信人同意公开" : "写信人未同意公开") << "\n状态："
              << domain::MessageStateLabel(m.state) << "\n";
    if (a.contact) {
      Result<domain::MessageContact> c = mail.ContactOf(a.id);
      if (!c.ok()) return Fail(c.status());
      std::cout << "写信人：" << c->name << "\n联系电话：" << c->phone << "\n电子邮箱："
                << (c->email.empty() ? "—" : c->email) << "\n";
    }
    if (m.handler_id) {
      std::cout << "受理单位：" << v->handler_name << "（交办人 " << m.assigned_by << "，"
                << (m.assigned_on ? m.assigned_on->ToString() : "—") << "）\n";
    }
    std::cout << "受理期限：" << m.ack_due_on.ToString() << "\n答复期限："
              << m.reply_due_on.ToString() << "\n";
    if (m.extended) std::cout << "已延期，理由：" << m.extension_reason << "\n";
    if (m.replied_on) {
      std::cout << "答复（" << m.replied_by << "，" << m.replied_on->ToString() << "，"
                << (domain::RepliedOnTime(m) ? "按期" : "超期") << "）：\n";
      PrintIndented(m.reply);
    }
    if (m.closed_on) {
      std::cout << (m.state == domain::MessageState::kTransferred ? "转信访日期：" : "办结日期：")
                << m.closed_on->ToString() << "，理由：" << m.close_reason << "\n";
    }
    if (m.published) {
      std::cout << "已公开（" << m.published->published_on.ToString() << "）的留言内容：\n";
      PrintIndented(m.published->body);
      std::cout << "已公开的答复内容：\n";
      PrintIndented(m.published->reply);
    }
    std::cout << "办理记录：\n";
    for (const domain::MessageEvent& e : v->events) {
      std::cout << "  " << e.seq << ". " << e.on.ToString() << " "
                << domain::MessageActionLabel(e.action) << "（" << e.actor << "，记录于 " << e.at
                << "）";
      if (!e.reason.empty()) std::cout << " 理由：" << e.reason;
      std::cout << "\n";
    }
    return 0;
  });
}

int RunTrack(const ViewArgs& a) {
  return WithMailService(a.db, [&](service::MessageService& mail, service::Database&) {
    Result<service::TrackedMessage> t = mail.Track(a.code, a.phone);
    if (!t.ok()) return Fail(t.status());
    std::cout << "标题：" << t->title << "\n信箱：" << t->mailbox << "\n类别："
              << domain::MessageCategoryLabel(t->category) << "\n收到日期："
              << t->received_on.ToString() << "\n办理状态：" << domain::MessageStateLabel(t->state)
              << "\n";
    if (!t->handler.empty()) std::cout << "受理单位：" << t->handler << "\n";
    if (domain::IsOpen(t->state)) std::cout << "答复期限：" << t->reply_due_on.ToString() << "\n";
    if (!t->extension_reason.empty()) std::cout << "延期理由：" << t->extension_reason << "\n";
    if (t->replied_on) {
      std::cout << "答复日期：" << t->replied_on->ToString() << "\n答复内容：\n";
      PrintIndented(t->reply);
    }
    if (!t->closing.empty()) std::cout << "办理说明：" << t->closing << "\n";
    if (t->published) std::cout << "该留言和答复已在网站公开（已遮盖个人信息）\n";
    return 0;
  });
}

int RunList(const ViewArgs& a) {
  service::MessageQuery q;
  q.agency_id = a.agency;
  if (a.year) q.filter.year = a.year;
  if (!a.state.empty()) {
    q.filter.state = domain::ParseMessageState(a.state);
    if (!q.filter.state) {
      std::cerr << "错误：--state “" << a.state
                << "”无效，应为 received、assigned、replied、published、closed 或 transferred。\n";
      return 2;
    }
  }
  q.filter.overdue = a.overdue;
  q.filter.due_soon = a.due_soon;
  if (a.due_within >= 0) q.filter.due_within_days = a.due_within;
  if (a.overdue || a.due_soon || a.due_within >= 0) {
    q.filter.as_of = AsOf(a.on);
    if (!q.filter.as_of) return 2;
  }
  return WithMailService(a.db, [&](service::MessageService& mail, service::Database& db) {
    Result<std::vector<domain::Message>> list = mail.List(q);
    if (!list.ok()) return Fail(list.status());
    std::map<int64_t, std::string> names;
    for (const domain::Message& m : *list) {
      std::string handler = domain::IsOpen(m.state) ? "（待交办）" : "—";
      if (m.handler_id) {
        auto it = names.find(*m.handler_id);
        if (it == names.end()) {
          Result<domain::Agency> h = db.agencies().Get(*m.handler_id);
          it = names.emplace(*m.handler_id, h.ok() ? h->name : "?").first;
        }
        handler = it->second;
      }
      std::cout << m.id << "\t" << domain::MessageStateLabel(m.state) << "\t收到 "
                << m.received_on.ToString() << "\t期限 " << m.reply_due_on.ToString() << "\t"
                << handler << "\t" << m.title << "\n";
    }
    std::cout << "共" << list->size() << "件\n";
    return 0;
  });
}

int RunRemind(const ViewArgs& a) {
  const std::optional<CivilDate> as_of = AsOf(a.on);
  if (!as_of) return 2;
  return WithMailService(a.db, [&](service::MessageService& mail, service::Database&) {
    Result<service::MailboxReminders> r = mail.Reminders(a.agency, *as_of);
    if (!r.ok()) return Fail(r.status());
    const service::DepartmentReminders& t = r->total;
    std::cout << "截至 " << as_of->ToString() << "：办理中留言" << t.open << "件，即将到期"
              << t.due_soon << "件，已超期" << t.overdue << "件，逾期未受理" << t.ack_overdue
              << "件，超过" << mail.settings().veto_risk_days
              << "天未答复（有“3个月未答复”单项否决风险）" << t.veto_risk << "件，其中已超过3个月"
              << t.veto << "件\n";
    for (const service::DepartmentReminders& d : r->departments) {
      std::cout << d.agency_name << "（编号" << d.agency_id << "）：办理中" << d.open
                << "件，即将到期" << d.due_soon << "件，已超期" << d.overdue << "件，否决风险"
                << d.veto_risk << "件\n";
      for (const service::MessageReminder& i : d.items) {
        std::string flags;
        for (auto [on, label] :
             {std::pair{i.urgency.veto, "已超过3个月"},
              std::pair{i.urgency.veto_risk && !i.urgency.veto, "否决风险"},
              std::pair{i.urgency.overdue, "已超期"}, std::pair{i.urgency.due_soon, "即将到期"},
              std::pair{i.urgency.ack_overdue, "逾期未受理"}}) {
          if (on) flags += std::string(flags.empty() ? "" : "、") + label;
        }
        std::cout << "  " << i.message.id << "\t" << flags << "\t收到 "
                  << i.message.received_on.ToString() << "（第" << i.urgency.days_open
                  << "天）\t期限 " << i.message.reply_due_on.ToString() << "\t" << i.message.title
                  << "\n";
      }
    }
    return 0;
  });
}

// 97.5, 100: one decimal, dropped when zero.
int RunStats(const ViewArgs& a) {
  return WithMailService(a.db, [&](service::MessageService& mail, service::Database& db) {
    Result<service::MessageYearCounts> c = mail.YearCounts(a.agency, a.year);
    if (!c.ok()) return Fail(c.status());
    Result<domain::Agency> agency = db.agencies().Get(a.agency);
    if (!agency.ok()) return Fail(agency.status());
    std::cout << a.year << "年度 " << agency->name << "（含下级机关）领导信箱留言\n收到留言："
              << c->received << "件\n已答复：" << c->replied << "件（按期答复" << c->replied_on_time
              << "件）\n已公开：" << c->published << "件\n转信访渠道：" << c->transferred
              << "件\n办结不公开：" << c->closed << "件\n已办结：" << c->finished()
              << "件（按期办结" << c->finished_on_time << "件）\n尚在办理：" << c->pending
              << "件\n";
    std::cout << "建议表述：" << service::MailboxSentence(*c) << "\n";
    return 0;
  });
}

}  // namespace

void AddMailViewCommands(CLI::App& mail, int& exit_code) {
  auto a = std::make_shared<ViewArgs>();
  auto db = [&](CLI::App* c) {
    c->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  };

  CLI::App* show = mail.add_subcommand("show", "查看留言、答复和办理记录");
  db(show);
  show->add_option("ID", a->id, "留言编号")->required();
  show->add_flag("--contact", a->contact, "同时显示写信人的个人信息");
  show->callback([a, &exit_code] { exit_code = RunShow(*a); });

  CLI::App* track = mail.add_subcommand("track", "写信人凭查询码和联系电话查询办理结果");
  db(track);
  track->add_option("--code", a->code, "查询码")->required();
  track->add_option("--phone", a->phone, "留言时填写的联系电话")->required();
  track->callback([a, &exit_code] { exit_code = RunTrack(*a); });

  CLI::App* list = mail.add_subcommand("list", "列出留言（可按机关、年度、状态、期限筛选）");
  db(list);
  list->add_option("--agency", a->agency, "机关编号（含下级机关；信箱所属机关或受理单位）");
  list->add_option("--year", a->year, "收到留言的年度");
  list->add_option("--state", a->state,
                   "状态：received、assigned、replied、published、closed、transferred");
  list->add_flag("--overdue", a->overdue, "已超过答复期限的未办结留言");
  list->add_flag("--due-soon", a->due_soon, "已到提醒日（答复时限的80%）、尚未超期的留言");
  list->add_option("--due-within", a->due_within, "N个自然日内到期的未办结留言");
  list->add_option("--on", a->on, "按哪一天计算期限 YYYY-MM-DD（默认今天，北京时间）");
  list->callback([a, &exit_code] { exit_code = RunList(*a); });

  CLI::App* remind =
      mail.add_subcommand("remind", "办理提醒：按受理单位列出即将到期、已超期和否决风险");
  db(remind);
  remind->add_option("--agency", a->agency, "机关编号（含下级机关；默认全部）");
  remind->add_option("--on", a->on, "按哪一天计算 YYYY-MM-DD（默认今天，北京时间）");
  remind->callback([a, &exit_code] { exit_code = RunRemind(*a); });

  CLI::App* stats = mail.add_subcommand("stats", "年度留言办理统计和年度报告建议表述");
  db(stats);
  stats->add_option("--agency", a->agency, "机关编号（含下级机关）")->required();
  stats->add_option("--year", a->year, "年度")->required();
  stats->callback([a, &exit_code] { exit_code = RunStats(*a); });
}

}  // namespace gongkai::app
