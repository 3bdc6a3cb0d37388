// gongkai search QUERY …, gongkai index rebuild
#include <algorithm>
#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/pub_commands.h"
#include "app/pub_desk.h"
#include "app/text_tools.h"
#include "domain/catalogue_terms.h"
#include "search/snippet.h"

namespace gongkai::app {
namespace {

struct SearchArgs {
  std::string db, files, query, category, item;
  int64_t agency = 0;
  int year = 0, page = 1, per_page = 20;
  bool valid = false, newest = false;
};

std::string Marked(const std::vector<search::SnippetPart>& parts) {
  std::string out;
  for (const search::SnippetPart& p : parts) out += p.hit ? "【" + p.text + "】" : p.text;
  return out;
}

int RunSearch(const SearchArgs& a) {
  if (a.page < 1 || a.per_page < 1 || a.per_page > 100) {
    std::cerr << "错误：--page 应从 1 开始，--per-page 应为 1–100。\n";
    return 2;
  }
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(a.db, a.files);
  if (!desk.ok()) return FailToStart(desk.status());
  Result<const service::TextTokenizer*> tokenizer = SharedTokenizer();
  if (!tokenizer.ok()) return FailToStart(tokenizer.status());
  service::SearchRequest r;
  r.query = (*tokenizer)->ParseQuery(a.query);
  if (a.agency > 0) {
    Result<std::vector<int64_t>> ids = (*desk)->db->agencies().Subtree(a.agency);
    if (!ids.ok()) return Fail(ids.status());
    r.filter.agency_ids = *ids;
  }
  if (a.year > 0) r.filter.year = a.year;
  r.filter.topic_prefix = a.category;
  if (!a.item.empty()) {
    std::optional<int> item = domain::ParseArticle20Item(a.item);
    if (!item) return Fail(Status::InvalidInput("--item “" + a.item + "”应为第二十条的 1–15 项"));
    r.filter.article20_item = *item;
  }
  r.filter.in_force_only = a.valid;
  r.order = a.newest ? service::SearchOrder::kNewest : service::SearchOrder::kRelevance;
  r.limit = a.per_page;
  r.offset = (a.page - 1) * a.per_page;
  Result<service::SearchPage> page = (*desk)->service->Search(r);
  if (!page.ok()) return Fail(page.status());
  int n = r.offset;
  for (const service::SearchHit& hit : page->hits) {
    const domain::Publication& p = hit.publication;
    std::cout << ++n << ". " << Marked(search::HighlightTitle(p.content.title, r.query, **tokenizer))
              << "\n   " << p.index_no << "  " << p.content.publisher << "  "
              << (p.published_on ? p.published_on->ToString() : "")
              << (domain::HasValidity(p.kind) ? std::string("  ") + domain::ValidityLabel(p.validity)
                                              : std::string())
              << "  （编号 " << p.id << "）\n   "
              << Marked(search::MakeSnippet(p.content.body_text, r.query, **tokenizer)) << "\n";
  }
  const int64_t pages = (page->pageable + a.per_page - 1) / a.per_page;
  std::cerr << "共找到 " << page->total << " 条" << (page->more ? "以上" : "")
            << (a.valid ? "有效的" : "") << "信息"
            << (page->total > 0 ? "，第 " + std::to_string(a.page) + "/" + std::to_string(pages) + " 页"
                                : std::string())
            << "\n";
  if (page->pageable < page->total) {
    std::cerr << "结果较多，仅对最近录入的 " << page->pageable
              << " 条排序和分页；可增加检索词或按机构、年份、分类筛选以缩小范围\n";
  }
  return 0;
}

int RunRebuild(const std::string& db, const std::string& files) {
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(db, files);
  if (!desk.ok()) return FailToStart(desk.status());
  int last = -1;
  Status st = (*desk)->service->RebuildIndex([&](int64_t done, int64_t total) {
    const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
    if (percent == last) return;
    last = percent;
    const int bar = percent / 5;
    std::cerr << "\r重建检索索引 [" << std::string(bar, '#') << std::string(20 - bar, '.') << "] "
              << percent << "%  " << done << "/" << total << std::flush;
  });
  std::cerr << "\n";
  if (!st.ok()) return Fail(st);
  std::cerr << "检索索引已重建\n";
  return 0;
}

}  // namespace

void AddSearchCommand(CLI::App& cmd, int& exit_code) {
  auto a = std::make_shared<SearchArgs>();
  cmd.add_option("QUERY", a->query, "检索词：空格分隔多个词（须同时出现），引号内为短语")->required();
  cmd.add_option("--db", a->db, "数据库");
  cmd.add_option("--files", a->files, "附件存储目录");
  cmd.add_option("--agency", a->agency, "机关编号（含其下属机关）");
  cmd.add_option("--year", a->year, "发布年度");
  cmd.add_option("--category", a->category, "主题分类（含下级），如 综合政务");
  cmd.add_option("--item", a->item, "条例第二十条事项 1–15");
  cmd.add_flag("--valid", a->valid, "只查有效的信息（不含已废止、已失效）");
  cmd.add_flag("--newest", a->newest, "按发布日期排序（默认按相关度）");
  cmd.add_option("--page", a->page, "页码（默认 1）");
  cmd.add_option("--per-page", a->per_page, "每页条数（默认 20）");
  cmd.callback([a, &exit_code] { exit_code = RunSearch(*a); });
}

void AddIndexCommands(CLI::App& index, int& exit_code) {
  index.require_subcommand(1);
  auto db = std::make_shared<std::string>();
  auto files = std::make_shared<std::string>();
  CLI::App* rebuild = index.add_subcommand("rebuild", "按已公开的信息重建检索索引");
  rebuild->add_option("--db", *db, "数据库");
  rebuild->add_option("--files", *files, "附件存储目录");
  rebuild->callback([db, files, &exit_code] { exit_code = RunRebuild(*db, *files); });
}

}  // namespace gongkai::app
