// gongkai case show|list — looking at applications, as text or JSON.
#include <iostream>
#include <map>
#include <memory>

#include "app/case_command_parts.h"
#include "app/case_json.h"
#include "app/case_text.h"
#include "app/cli_args.h"
#include "app/workspace.h"
#include "service/case_service.h"

namespace gongkai::app {
namespace {

struct ViewArgs {
  std::string db;
  int64_t id = 0;
  int64_t agency = 0;
  bool children = false;
  int due_within = -1;
  bool overdue = false;
  std::string as_of;
  bool contact = false;
  bool json = false;
};

std::string Recorded(const domain::ApplicationEvent& e) {
  return e.actor + "，记录于 " + e.recorded_at;
}

// The events as recorded, superseded ones marked, then the correction trail:
// what was corrected, into what, by whom, when and why.
std::string HistoryText(const std::vector<domain::ApplicationEvent>& log) {
  std::map<int64_t, const domain::ApplicationEvent*> by_seq;
  std::map<int64_t, int64_t> superseded_by;
  for (const domain::ApplicationEvent& e : log) {
    by_seq[e.seq] = &e;
    if (e.corrects_seq) superseded_by[*e.corrects_seq] = e.seq;
  }
  std::string out = "办理记录：\n";
  std::string trail;
  for (const domain::ApplicationEvent& e : log) {
    out += "  " + std::to_string(e.seq) + ". ";
    if (e.corrects_seq) {
      out += (e.kind == domain::kVoidEventKind ? "作废第" : "更正第") + std::to_string(*e.corrects_seq) +
             "条" + (e.kind == domain::kVoidEventKind ? "" : "为：" + EventText(e));
    } else {
      out += EventText(e);
    }
    out += "（" + Recorded(e) + "）";
    if (!e.corrects_seq && !e.note.empty()) out += " " + e.note;
    const auto s = superseded_by.find(e.seq);
    if (s != superseded_by.end()) out += "〔已由第" + std::to_string(s->second) + "条更正〕";
    out += "\n";
    if (e.corrects_seq) {
      // What stood before this correction: the original or the previous correction of it.
      const domain::ApplicationEvent* before = by_seq[*e.corrects_seq];
      for (const domain::ApplicationEvent& p : log) {
        if (p.seq < e.seq && p.corrects_seq == e.corrects_seq) before = &p;
      }
      trail += "  第" + std::to_string(e.seq) + "条：第" + std::to_string(*e.corrects_seq) + "条原为“" +
               (before ? EventText(*before) : "？") + "”，" +
               (e.kind == domain::kVoidEventKind ? std::string("已作废") : "改为“" + EventText(e) + "”") +
               "；更正人 " + e.actor + "，" + e.recorded_at + "；原因：" + e.note + "\n";
    }
  }
  if (!trail.empty()) out += "更正记录：\n" + trail;
  return out;
}

int RunShow(const ViewArgs& a) {
  Result<std::unique_ptr<CaseDesk>> desk = OpenCaseDesk(a.db);
  if (!desk.ok()) return FailToStart(desk.status());
  service::Database* db = (*desk)->db.get();
  Result<service::CaseView> v = (*desk)->cases->Show(a.id);
  if (!v.ok()) return Fail(v.status());
  const domain::Application& app = v->record.application;
  Result<domain::Agency> agency = db->agencies().Get(app.agency_id);
  if (!agency.ok()) return Fail(agency.status());
  std::optional<domain::ApplicantContact> contact;
  if (a.contact) {
    Result<domain::Applicant> who = db->applicants().GetWithContact(app.applicant_id);
    if (!who.ok()) return Fail(who.status());
    contact = who->contact;
  }
  if (a.json) {
    std::cout << CaseJson(*v, *agency, contact);
    return 0;
  }
  std::cout << "申请编号：" << app.id << "\n";
  if (!app.external_id.empty()) std::cout << "本机关编号：" << app.external_id << "\n";
  std::cout << "机关：" << agency->name << "（编号" << app.agency_id << "）\n申请人类型："
            << domain::ApplicantKindLabel(app.applicant_kind) << "\n申请方式：" << law::ChannelLabel(app.channel)
            << "\n申请内容：" << app.subject << "\n查询码：" << app.query_code << "\n";
  if (contact) {
    std::cout << "申请人：" << contact->name << "\n证件号码：" << contact->id_document << "\n联系电话："
              << contact->phone << "\n";
  }
  std::cout << ClockText(v->clock) << HistoryText(v->record.events);
  return 0;
}

int RunList(const ViewArgs& a) {
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(a.db);
  if (!db.ok()) return FailToStart(db.status());
  service::ApplicationFilter f;
  if (a.agency > 0) {
    if (a.children) {
      Result<std::vector<int64_t>> ids = (*db)->agencies().Subtree(a.agency);
      if (!ids.ok()) return Fail(ids.status());
      f.agency_ids = *ids;
    } else {
      if (Result<domain::Agency> one = (*db)->agencies().Get(a.agency); !one.ok()) return Fail(one.status());
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
  if (a.json) {
    std::cout << CaseListJson(*list, f.as_of);
    return 0;
  }
  for (const domain::Application& x : *list) {
    std::cout << x.id << "\t" << domain::ApplicationStateLabel(x.state) << "\t收到 "
              << (x.received_on ? x.received_on->ToString() : "—") << "\t期限 "
              << (x.due_on ? x.due_on->ToString() : "—") << "\t" << x.subject << "\n";
  }
  std::cout << "共" << list->size() << "件\n";
  return 0;
}

}  // namespace

void AddCaseViewCommands(CLI::App& kase, int& exit_code) {
  auto a = std::make_shared<ViewArgs>();
  CLI::App* s = kase.add_subcommand("show", "查看申请、办理记录、更正记录和期限计算");
  s->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  s->add_option("ID", a->id, "申请编号")->required();
  s->add_flag("--contact", a->contact, "同时显示申请人的个人信息");
  s->add_flag("--json", a->json, "输出JSON（格式见 docs/case-json.md）");
  s->callback([a, &exit_code] { exit_code = RunShow(*a); });

  CLI::App* l = kase.add_subcommand("list", "列出申请（可按期限筛选）");
  l->add_option("--db", a->db, "数据库（默认 $GONGKAI_DB 或 gongkai.db）");
  l->add_option("--agency", a->agency, "机关编号");
  l->add_flag("--children", a->children, "包括下级机关");
  l->add_option("--due-within", a->due_within, "N个自然日内到期的未办结申请");
  l->add_flag("--overdue", a->overdue, "已超期的未办结申请");
  l->add_option("--as-of", a->as_of, "按哪一天计算期限 YYYY-MM-DD（默认今天，北京时间）");
  l->add_flag("--json", a->json, "输出JSON（格式见 docs/case-json.md）");
  l->callback([a, &exit_code] { exit_code = RunList(*a); });
}

}  // namespace gongkai::app
