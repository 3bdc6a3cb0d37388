// gongkai pub show|list|screen
#include <iostream>
#include <memory>
#include <optional>

#include "app/cli_args.h"
#include "app/pub_commands.h"
#include "app/pub_desk.h"
#include "app/pub_text.h"
#include "app/workspace.h"
#include "domain/catalogue_terms.h"
#include "service/publication_timeliness.h"

namespace gongkai::app {
namespace {

struct ViewArgs {
  std::string db, files;
  int64_t id = 0;
  int version = 0;
  int64_t agency = 0;
  std::string kind, state, topic, item;
  int year = 0, limit = 0;
  bool valid = false, public_only = false, missing_interpretation = false, late = false;
  std::string on;  // --late: the day unpublished ones are judged on
};

int RunShow(const ViewArgs& a) {
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(a.db, a.files);
  if (!desk.ok()) return FailToStart(desk.status());
  Result<service::PublicationView> view = (*desk)->service->Show(a.id);
  if (!view.ok()) return Fail(view.status());
  if (a.version > 0) {
    if (a.version > static_cast<int>(view->versions.size())) {
      return Fail(Status::NotFound("信息 " + std::to_string(a.id) + " 没有第 " +
                                   std::to_string(a.version) + " 版（共 " +
                                   std::to_string(view->versions.size()) + " 版）"));
    }
    view->publication.content = view->versions[static_cast<size_t>(a.version - 1)].content;
  }
  std::cout << PublicationText(*view);
  return 0;
}

Result<service::PublicationFilter> FilterOf(const ViewArgs& a, PubDesk& d) {
  service::PublicationFilter f;
  if (a.agency > 0) {
    Result<std::vector<int64_t>> ids = d.db->agencies().Subtree(a.agency);
    if (!ids.ok()) return ids.status();
    f.agency_ids = *ids;
  }
  if (!a.kind.empty()) {
    f.kind = domain::ParsePublicationKind(a.kind);
    if (!f.kind) return Status::InvalidInput("--kind “" + a.kind + "”无法识别");
  }
  if (!a.state.empty()) {
    f.state = domain::ParsePublicationState(a.state);
    if (!f.state) {
      return Status::InvalidInput("--state “" + a.state + "”应为 草稿、待审核、已审核、已发布 或 已撤回");
    }
  }
  if (a.year > 0) f.year = a.year;
  f.topic_prefix = a.topic;
  if (!a.item.empty()) {
    std::optional<int> item = domain::ParseArticle20Item(a.item);
    if (!item) return Status::InvalidInput("--item “" + a.item + "”应为第二十条的 1–15 项");
    f.article20_item = *item;
  }
  f.public_only = a.public_only;
  f.in_force_only = a.valid;
  f.missing_interpretation = a.missing_interpretation;
  f.limit = a.limit;
  return f;
}

// pub list --late: 第二十六条, published (or still not) more than 20 工作日
// after the 成文日期.
int RunLate(const ViewArgs& a, PubDesk& desk, const service::PublicationFilter& f) {
  std::optional<CivilDate> today = a.on.empty() ? TodayInChina() : DateArg("--on", a.on);
  if (!today) return 2;
  DataCalendars calendars;
  Result<std::vector<service::LatePublication>> late =
      service::ListLatePublications(*desk.db, calendars, f, *today);
  if (!late.ok()) return Fail(late.status());
  int unpublished = 0;
  for (const service::LatePublication& l : *late) {
    std::cout << PublicationLine(l.publication) << "\n   成文日期 "
              << l.publication.content.formed_on->ToString() << "，应于 " << l.due.ToString()
              << " 前公开；";
    if (l.published) {
      std::cout << "发布日期 " << l.publication.published_on->ToString();
    } else {
      ++unpublished;
      std::cout << "至 " << today->ToString() << " 尚未公开";
    }
    std::cout << "，超过时限 " << l.working_days_late << " 个工作日\n";
  }
  std::cerr << "未在形成之日起 " << service::kArticle26WorkingDays
            << " 个工作日内公开的信息（条例第二十六条）共 " << late->size() << " 条";
  if (unpublished > 0) std::cerr << "，其中尚未公开 " << unpublished << " 条";
  std::cerr << "\n";
  return 0;
}

int RunList(const ViewArgs& a) {
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(a.db, a.files);
  if (!desk.ok()) return FailToStart(desk.status());
  Result<service::PublicationFilter> f = FilterOf(a, **desk);
  if (!f.ok()) return Fail(f.status());
  if (a.late) return RunLate(a, **desk, *f);
  Result<std::vector<domain::Publication>> list = (*desk)->service->List(*f);
  if (!list.ok()) return Fail(list.status());
  for (const domain::Publication& p : *list) std::cout << PublicationLine(p) << "\n";
  std::cerr << "共 " << list->size() << " 条"
            << (a.missing_interpretation ? "未关联政策解读的规章和规范性文件（谁起草谁解读）" : "")
            << "\n";
  return 0;
}

int RunScreen(const ViewArgs& a) {
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(a.db, a.files);
  if (!desk.ok()) return FailToStart(desk.status());
  Result<std::vector<service::ScreenFinding>> findings = (*desk)->service->Screen(a.id);
  if (!findings.ok()) return Fail(findings.status());
  for (const service::ScreenFinding& f : *findings) {
    std::cout << f.where << "\t" << service::ScreenHitKindName(f.hit.kind) << "\t" << f.hit.masked
              << "\t…" << f.hit.context << "…\n";
  }
  std::cerr << (findings->empty() ? "未发现个人信息或敏感词"
                                  : "发现 " + std::to_string(findings->size()) + " 处，发布前须遮盖或由审核人说明理由")
            << "\n";
  return findings->empty() ? 0 : 1;
}

}  // namespace

void AddPubViewCommands(CLI::App& pub, int& exit_code) {
  auto a = std::make_shared<ViewArgs>();
  CLI::App* show = pub.add_subcommand("show", "查看信息：目录信息、正文、附件、版本和审核记录");
  show->add_option("--db", a->db, "数据库");
  show->add_option("--files", a->files, "附件存储目录");
  show->add_option("ID", a->id, "信息编号")->required();
  show->add_option("--version", a->version, "查看第 N 版的内容（默认最新版）");
  show->callback([a, &exit_code] { exit_code = RunShow(*a); });

  CLI::App* list = pub.add_subcommand("list", "列出信息（新发布的在前）");
  list->add_option("--db", a->db, "数据库");
  list->add_option("--files", a->files, "附件存储目录");
  list->add_option("--agency", a->agency, "机关编号（含其下属机关）");
  list->add_option("--kind", a->kind, "类别");
  list->add_option("--state", a->state, "状态：草稿、待审核、已审核、已发布、已撤回");
  list->add_option("--year", a->year, "发布年度");
  list->add_option("--topic", a->topic, "主题分类（含下级）");
  list->add_option("--item", a->item, "第二十条事项");
  list->add_flag("--public", a->public_only, "只列公开的信息");
  list->add_flag("--valid", a->valid, "只列公开且有效的信息");
  list->add_flag("--missing-interpretation", a->missing_interpretation,
                 "已公开但未关联政策解读的规章和规范性文件");
  list->add_flag("--late", a->late,
                 "未在成文日期起20个工作日内公开的信息（条例第二十六条），含逾期尚未公开的");
  list->add_option("--on", a->on, "--late 判断尚未公开的信息所用的日期（默认今天）");
  list->add_option("--limit", a->limit, "最多列出条数");
  list->callback([a, &exit_code] { exit_code = RunList(*a); });

  CLI::App* screen = pub.add_subcommand("screen", "对信息（正文和全部附件）做个人信息和敏感词筛查");
  screen->add_option("--db", a->db, "数据库");
  screen->add_option("--files", a->files, "附件存储目录");
  screen->add_option("ID", a->id, "信息编号")->required();
  screen->callback([a, &exit_code] { exit_code = RunScreen(*a); });
}

}  // namespace gongkai::app
