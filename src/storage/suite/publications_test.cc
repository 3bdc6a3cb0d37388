// Shared suite: publications through PublicationService on every adapter —
// the review path, versions, 索引号, the screen gate, search, Table 2.
#include <gmock/gmock.h>

#include "service/publication_service.h"
#include "service/public_search.h"
#include "service/publication_timeliness.h"
#include "storage/suite/publication_fakes.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/test_tokenizer.h"
#include "storage/suite/use_cases.h"

namespace gongkai::storage::testing {
namespace {

using domain::PublicationKind;
using domain::PublicationState;
using domain::Validity;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

service::Moment At(const char* date) {
  return service::Moment{std::string(date) + "T02:00:00Z", D(date)};
}

class Publishing {
 public:
  explicit Publishing(service::Database& db) : service_(db, fakes_.tools()) {}

  service::PublicationInput Input(int64_t agency, const std::string& title,
                                  PublicationKind kind = PublicationKind::kInformation) {
    service::PublicationInput in;
    in.agency_id = agency;
    in.kind = kind;
    in.title = title;
    in.formed_on = D("2024-03-01");
    in.topic = "综合政务\\政务公开";
    in.article20_item = 1;
    in.body_html = "<p>" + title + "的正文。</p>";
    if (domain::HasValidity(kind)) in.doc_no = "某政规〔2024〕1号";
    return in;
  }

  // Create → submit → approve → publish; the 索引号 or "".
  std::string Publish(int64_t id, const char* date = "2024-03-05") {
    EXPECT_TRUE(service_.Submit(clerk_, id, "", At(date)).ok());
    EXPECT_TRUE(service_.Approve(reviewer_, id, "", At(date)).ok());
    Result<std::string> n = service_.Publish(reviewer_, id, "", At(date));
    EXPECT_TRUE(n.ok()) << n.status().message();
    return n.ok() ? *n : "";
  }

  int64_t CreatePublished(service::PublicationInput in, const char* date = "2024-03-05") {
    Result<int64_t> id = service_.Create(clerk_, in, At(date));
    EXPECT_TRUE(id.ok()) << id.status().message();
    if (!id.ok()) return 0;
    Publish(*id, date);
    return *id;
  }

  std::vector<int64_t> Search(const std::string& q, service::PublicationFilter f = {}) {
    service::SearchRequest r;
    r.query = SuiteTokenizer()->ParseQuery(q);
    r.filter = f;
    Result<service::SearchPage> page = service_.Search(r);
    EXPECT_TRUE(page.ok()) << page.status().message();
    std::vector<int64_t> ids;
    if (page.ok()) {
      for (const auto& h : page->hits) ids.push_back(h.publication.id);
    }
    return ids;
  }

  FakeTools fakes_;
  service::PublicationService service_;
  service::Actor clerk_{"经办人李四"};
  service::Actor reviewer_{"审核人王五"};
};

class PublicationSuite : public StoreSuite {
 protected:
  int64_t Agency() {
    const int64_t id = AddAgency("某市人民政府办公室", "bgs");
    EXPECT_TRUE(db().agencies().SetOrgCode(id, "12345678X").ok());
    return id;
  }
};

TEST_P(StoreSuite, PublicationReviewPathGivesIndexNumbers) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  Publishing p(db());
  Result<int64_t> id = p.service_.Create(p.clerk_, p.Input(agency, "关于开展政务公开检查的通知"),
                                         At("2024-03-04"));
  ASSERT_TRUE(id.ok()) << id.status().message();
  // Not reviewed: cannot be published.
  Result<std::string> early = p.service_.Publish(p.reviewer_, *id, "", At("2024-03-04"));
  ASSERT_FALSE(early.ok());
  EXPECT_THAT(early.status().message(), HasSubstr("先审后发"));
  ASSERT_TRUE(p.service_.Submit(p.clerk_, *id, "", At("2024-03-04")).ok());
  // The submitter may not approve their own publication.
  Status self = p.service_.Approve(p.clerk_, *id, "", At("2024-03-04"));
  EXPECT_THAT(self.message(), HasSubstr("须由另一名审核人审核"));
  ASSERT_TRUE(p.service_.Approve(p.reviewer_, *id, "", At("2024-03-04")).ok());
  // No 组织机构代码 yet: refused, and nothing changed.
  Result<std::string> no_code = p.service_.Publish(p.reviewer_, *id, "", At("2024-03-05"));
  ASSERT_FALSE(no_code.ok());
  EXPECT_THAT(no_code.status().message(), HasSubstr("未设置组织机构代码"));
  EXPECT_EQ(db().publications().Get(*id)->state, PublicationState::kApproved);
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  Result<std::string> n = p.service_.Publish(p.reviewer_, *id, "", At("2024-03-05"));
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(*n, "12345678X/2024-00001");
  const int64_t second = p.CreatePublished(p.Input(agency, "第二条信息"), "2024-03-06");
  EXPECT_EQ(db().publications().Get(second)->index_no, "12345678X/2024-00002");
  const int64_t next_year = p.CreatePublished(p.Input(agency, "次年信息"), "2025-01-02");
  EXPECT_EQ(db().publications().Get(next_year)->index_no, "12345678X/2025-00001");

  Result<service::PublicationView> view = p.service_.Show(*id);
  ASSERT_TRUE(view.ok());
  std::vector<std::string> actions;
  for (const auto& e : view->log) actions.push_back(domain::PublicationActionName(e.action));
  EXPECT_THAT(actions, ElementsAre("create", "submit", "approve", "publish"));
  EXPECT_EQ(view->log[1].actor, "经办人李四");
  EXPECT_EQ(view->log[3].actor, "审核人王五");
}

// 内容概述 ≤ 100 字 (the default of publication.summary_max_chars): a longer
// one is refused with the count, and nothing is stored.
TEST_P(StoreSuite, PublicationSummaryLimit) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  Publishing p(db());
  service::PublicationInput in = p.Input(agency, "关于概述长度的通知");
  std::string summary;
  for (int i = 0; i < 101; ++i) summary += "字";
  in.summary = summary;
  Result<int64_t> refused = p.service_.Create(p.clerk_, in, At("2024-03-04"));
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(refused.status().message(), HasSubstr("“内容概述”有 101 个字，应不超过 100 个字"));
  EXPECT_EQ(*db().publications().Count({}), 0);
  in.summary = summary.substr(3);  // 100 characters
  EXPECT_TRUE(p.service_.Create(p.clerk_, in, At("2024-03-04")).ok());
}

// 第二十六条: within 20 工作日 of the 成文日期 (2024-03-01, a Friday: due
// 2024-03-29); 清明 2024-04-04…06 is off and Sunday 04-07 is worked.
TEST_P(StoreSuite, PublicationTimelinessArticle26) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  Publishing p(db());
  const int64_t on_time = p.CreatePublished(p.Input(agency, "按时公开的通知"), "2024-03-29");
  const int64_t late = p.CreatePublished(p.Input(agency, "逾期公开的通知"), "2024-04-01");
  const int64_t withdrawn = p.CreatePublished(p.Input(agency, "已撤回的通知"), "2024-04-02");
  ASSERT_TRUE(p.service_.Withdraw(p.reviewer_, withdrawn, "误发", At("2024-04-03")).ok());
  Result<int64_t> draft =
      p.service_.Create(p.clerk_, p.Input(agency, "尚未公开的通知"), At("2024-03-04"));
  ASSERT_TRUE(draft.ok());
  ShippedCalendars calendars;
  Result<std::vector<service::LatePublication>> found =
      service::ListLatePublications(db(), calendars, {}, D("2024-04-08"));
  ASSERT_TRUE(found.ok()) << found.status().message();
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ((*found)[0].publication.id, *draft);  // the most late first
  EXPECT_FALSE((*found)[0].published);
  EXPECT_EQ((*found)[0].due, D("2024-03-29"));
  EXPECT_EQ((*found)[0].working_days_late, 5);  // 04-01…03, 04-07, 04-08
  EXPECT_EQ((*found)[1].publication.id, late);
  EXPECT_TRUE((*found)[1].published);
  EXPECT_EQ((*found)[1].working_days_late, 1);
  for (const service::LatePublication& l : *found) EXPECT_NE(l.publication.id, on_time);
  service::PublicationFilter other;
  other.agency_ids = {agency + 1000};
  EXPECT_TRUE(service::ListLatePublications(db(), calendars, other, D("2024-04-08"))->empty());
}

TEST_P(StoreSuite, PublicationRevisionKeepsThePublishedVersion) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  Publishing p(db());
  const int64_t id = p.CreatePublished(p.Input(agency, "原标题"));
  service::PublicationInput edit = p.Input(agency, "修订后的标题");
  Result<int> version = p.service_.Edit(p.clerk_, id, edit, At("2024-04-01"));
  ASSERT_TRUE(version.ok()) << version.status().message();
  EXPECT_EQ(*version, 2);
  Result<domain::Publication> now = db().publications().Get(id);
  EXPECT_EQ(now->state, PublicationState::kDraft);
  EXPECT_EQ(now->published_version, 1);
  EXPECT_TRUE(domain::IsPublic(*now));
  // The public still sees and finds version 1.
  EXPECT_THAT(p.Search("原标"), ElementsAre(id));
  EXPECT_TRUE(p.Search("修订").empty());
  p.Publish(id, "2024-04-02");
  EXPECT_THAT(p.Search("修订"), ElementsAre(id));
  EXPECT_TRUE(p.Search("原标").empty());
  Result<std::vector<domain::PublicationVersion>> versions = db().publications().Versions(id);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ(versions->at(0).content.title, "原标题");
  ASSERT_TRUE(versions->at(0).published_at.has_value());
  // The 索引号 never changes with a new version.
  EXPECT_EQ(db().publications().Get(id)->index_no, "12345678X/2024-00001");
  // A published version cannot be rewritten through the store either.
  domain::PublicationContent c = versions->at(1).content;
  c.title = "偷偷改掉";
  EXPECT_FALSE(db().publications().SaveDraft(id, c).ok());
}

TEST_P(StoreSuite, PublicationScreenBlocksUntilOverridden) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  Publishing p(db());
  service::PublicationInput in = p.Input(agency, "低保名单公示");
  in.attachments.push_back({"名单.txt", "张三 11010519491231002X"});
  in.body_html = "<p>名单见附件</p><script>alert(1)</script>";
  Result<int64_t> id = p.service_.Create(p.clerk_, in, At("2024-03-04"));
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(db().publications().Get(*id)->content.body_html.find("script"), std::string::npos);
  Status refused = p.service_.Submit(p.clerk_, *id, "", At("2024-03-04"));
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(refused.message(), HasSubstr("附件《名单.txt》第1行"));
  EXPECT_THAT(refused.message(), HasSubstr("110105********002X"));
  EXPECT_EQ(db().publications().Get(*id)->state, PublicationState::kDraft);
  EXPECT_EQ(db().publications().Log(*id)->size(), 1u);  // nothing logged by the refusal
  ASSERT_TRUE(p.service_.Submit(p.clerk_, *id, "公示依据低保条例须公开，已核对", At("2024-03-04")).ok());
  ASSERT_TRUE(p.service_.Approve(p.reviewer_, *id, "", At("2024-03-04")).ok());
  EXPECT_FALSE(p.service_.Publish(p.reviewer_, *id, "", At("2024-03-05")).ok());
  ASSERT_TRUE(p.service_.Publish(p.reviewer_, *id, "经复核同意公开", At("2024-03-05")).ok());
  Result<std::vector<domain::PublicationLogEntry>> log = db().publications().Log(*id);
  int overrides = 0;
  for (const auto& e : *log) {
    if (e.action == domain::PublicationAction::kOverride) {
      ++overrides;
      EXPECT_THAT(e.data, HasSubstr("110105********002X"));
      EXPECT_FALSE(e.reason.empty());
    }
  }
  EXPECT_EQ(overrides, 2);
}

TEST_P(StoreSuite, PublicationSearchFiltersAndWithdrawal) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  const int64_t other = AddAgency("某市财政局", "cz");
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  ASSERT_TRUE(db().agencies().SetOrgCode(other, "87654321X").ok());
  Publishing p(db());
  service::PublicationInput a = p.Input(agency, "关于政府信息公开工作的通知");
  const int64_t first = p.CreatePublished(a);
  service::PublicationInput b = p.Input(other, "财政预算公开说明");
  b.topic = "财政、金融、审计\\财政";
  b.article20_item = 7;
  const int64_t second = p.CreatePublished(b, "2024-05-01");
  Result<int64_t> draft = p.service_.Create(p.clerk_, p.Input(agency, "尚未公开的草稿"), At("2024-05-02"));
  ASSERT_TRUE(draft.ok());

  EXPECT_THAT(p.Search("公开"), UnorderedElementsAre(first, second));
  EXPECT_THAT(p.Search("公开 预算"), ElementsAre(second));
  EXPECT_THAT(p.Search("信息公开"), ElementsAre(first));
  EXPECT_THAT(p.Search("预"), ElementsAre(second));  // one character: a prefix
  EXPECT_TRUE(p.Search("草稿").empty());             // drafts are not public
  service::PublicationFilter f;
  f.agency_ids = {other};
  EXPECT_THAT(p.Search("公开", f), ElementsAre(second));
  f = {};
  f.article20_item = 7;
  EXPECT_THAT(p.Search("公开", f), ElementsAre(second));
  f = {};
  f.topic_prefix = "综合政务";
  EXPECT_THAT(p.Search("公开", f), ElementsAre(first));
  f = {};
  f.year = 2023;
  EXPECT_TRUE(p.Search("公开", f).empty());

  ASSERT_TRUE(p.service_.Withdraw(p.reviewer_, first, "误发", At("2024-06-01")).ok());
  EXPECT_THAT(p.Search("公开"), ElementsAre(second));
  service::PublicationFilter listed;
  listed.public_only = true;
  EXPECT_EQ(*db().publications().Count(listed), 1);
  EXPECT_FALSE(p.service_.Edit(p.clerk_, first, a, At("2024-06-02")).ok());  // withdrawn is final
  ASSERT_TRUE(p.service_.RebuildIndex(nullptr).ok());
  EXPECT_THAT(p.Search("公开"), ElementsAre(second));
}

// Bounded work: matches are counted up to count_cap, and above rank_window
// only the newest rank_window entries are ordered and paged through.
TEST_P(StoreSuite, PublicationSearchBoundsLargeResultSets) {
  const int64_t agency = AddAgency("某市人民政府办公室", "bgs");
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  Publishing p(db());
  std::vector<int64_t> ids;
  const char* dates[] = {"2024-03-09", "2024-03-08", "2024-03-07",
                         "2024-03-06", "2024-03-05", "2024-03-04"};
  for (int i = 0; i < 6; ++i) {
    ids.push_back(p.CreatePublished(p.Input(agency, "第" + std::to_string(i + 1) + "号公开通知"),
                                    dates[i]));
  }
  auto search = [&](service::SearchOrder order, int offset, int cap, int window) {
    service::SearchRequest r;
    r.query = SuiteTokenizer()->ParseQuery("公开");
    r.order = order;
    r.limit = 2;
    r.offset = offset;
    r.count_cap = cap;
    r.rank_window = window;
    Result<service::SearchPage> page = p.service_.Search(r);
    EXPECT_TRUE(page.ok()) << page.status().message();
    return page.ok() ? *page : service::SearchPage{};
  };
  auto hit_ids = [](const service::SearchPage& page) {
    std::vector<int64_t> out;
    for (const auto& h : page.hits) out.push_back(h.publication.id);
    return out;
  };
  const service::SearchPage all = search(service::SearchOrder::kNewest, 0, 10, 10);
  EXPECT_EQ(all.total, 6);
  EXPECT_FALSE(all.more);
  EXPECT_EQ(all.pageable, 6);
  EXPECT_THAT(hit_ids(all), ElementsAre(ids[0], ids[1]));  // the newest by 发布日期
  EXPECT_THAT(hit_ids(search(service::SearchOrder::kNewest, 4, 10, 10)),
              ElementsAre(ids[4], ids[5]));

  const service::SearchPage capped = search(service::SearchOrder::kNewest, 0, 4, 2);
  EXPECT_EQ(capped.total, 4);
  EXPECT_TRUE(capped.more);
  EXPECT_EQ(capped.pageable, 2);
  // Only the two newest entries are ordered: by 发布日期 among them.
  EXPECT_THAT(hit_ids(capped), ElementsAre(ids[4], ids[5]));
  EXPECT_TRUE(search(service::SearchOrder::kNewest, 2, 4, 2).hits.empty());  // past the window

  const service::SearchPage windowed = search(service::SearchOrder::kNewest, 0, 10, 3);
  EXPECT_EQ(windowed.total, 6);  // counted in full
  EXPECT_FALSE(windowed.more);
  EXPECT_EQ(windowed.pageable, 3);
  EXPECT_THAT(hit_ids(windowed), ElementsAre(ids[3], ids[4]));
  EXPECT_THAT(hit_ids(search(service::SearchOrder::kNewest, 2, 10, 3)), ElementsAre(ids[5]));
  // Equal scores: the later entry first, in a window as without one.
  EXPECT_THAT(hit_ids(search(service::SearchOrder::kRelevance, 0, 4, 2)),
              ElementsAre(ids[5], ids[4]));
  EXPECT_THAT(hit_ids(search(service::SearchOrder::kRelevance, 0, 10, 10)),
              ElementsAre(ids[5], ids[4]));
}

// The portal's search: words capped, filters of the search page, paging,
// the spans from the highlighter port.
TEST_P(StoreSuite, PublicSearchForThePortal) {
  const int64_t city = AddAgency("某市人民政府", "city");
  ASSERT_TRUE(db().agencies().SetOrgCode(city, "12345678X").ok());
  Publishing p(db());
  const int64_t a = p.CreatePublished(p.Input(city, "关于政府信息公开的通知"), "2024-03-05");
  const int64_t b = p.CreatePublished(p.Input(city, "信息公开年度报告"), "2025-03-05");
  class WholeText final : public service::TextHighlighter {
   public:
    std::vector<service::TextSpan> Title(std::string_view t, const service::TextQuery&) const override {
      return {{std::string(t), true}};
    }
    std::vector<service::TextSpan> Snippet(std::string_view t, const service::TextQuery&,
                                           size_t) const override {
      return {{std::string(t.substr(0, 6)), false}};
    }
  } highlighter;
  service::PublicSearchRequest r;
  r.words = "公开";
  r.per_page = 1;
  Result<service::PublicSearchPage> page =
      service::SearchPublic(db(), *SuiteTokenizer(), highlighter, r);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->total, 2);
  EXPECT_EQ(page->pages, 2);
  ASSERT_EQ(page->hits.size(), 1u);
  EXPECT_EQ(page->hits[0].title[0].text, page->hits[0].publication.content.title);
  r.year = 2024;
  page = service::SearchPublic(db(), *SuiteTokenizer(), highlighter, r);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->hits.size(), 1u);
  EXPECT_EQ(page->hits[0].publication.id, a);
  r.year.reset();
  r.order = service::SearchOrder::kNewest;
  page = service::SearchPublic(db(), *SuiteTokenizer(), highlighter, r);
  EXPECT_EQ(page->hits.at(0).publication.id, b);
  r.words = "  ，。！ ";
  page = service::SearchPublic(db(), *SuiteTokenizer(), highlighter, r);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->no_words);
  r.words = std::string(300, 'x');  // capped at kMaxSearchChars, not an error
  EXPECT_TRUE(service::SearchPublic(db(), *SuiteTokenizer(), highlighter, r).ok());
}

TEST_P(StoreSuite, PublicationTable2CountsAndValidity) {
  const int64_t agency = AddAgency("某市人民政府", "city");
  ASSERT_TRUE(db().agencies().SetOrgCode(agency, "12345678X").ok());
  Publishing p(db());
  auto normative = [&](const char* formed, const char* title) {
    service::PublicationInput in = p.Input(agency, title, PublicationKind::kNormative);
    in.formed_on = D(formed);
    return p.CreatePublished(in, formed);
  };
  const int64_t old1 = normative("2023-02-01", "二〇二三年规范性文件甲");
  normative("2023-06-01", "二〇二三年规范性文件乙");
  const int64_t new1 = normative("2024-03-01", "二〇二四年规范性文件丙");
  normative("2024-08-01", "二〇二四年规范性文件丁");
  ASSERT_TRUE(p.service_.ChangeValidity(p.reviewer_, old1, Validity::kAbolished, D("2024-03-01"),
                                        new1, "被丙替代", At("2024-03-01")).ok());
  service::NormativeCounts y2023 =
      *db().publications().CountNormative({agency}, PublicationKind::kNormative, 2023);
  service::NormativeCounts y2024 =
      *db().publications().CountNormative({agency}, PublicationKind::kNormative, 2024);
  EXPECT_EQ(y2023.issued, 2);
  EXPECT_EQ(y2023.abolished, 0);
  EXPECT_EQ(y2023.in_force, 2);
  EXPECT_EQ(y2024.issued, 2);
  EXPECT_EQ(y2024.abolished, 1);
  EXPECT_EQ(y2024.in_force, 3);
  // X2: 现行有效 = last year's + 制发 − 废止.
  EXPECT_EQ(y2024.in_force, y2023.in_force + y2024.issued - y2024.abolished);
  // Abolished: still public, not 有效; never listed or searched as 有效.
  service::PublicationFilter valid;
  valid.in_force_only = true;
  valid.kind = PublicationKind::kNormative;
  EXPECT_EQ(*db().publications().Count(valid), 3);
  EXPECT_THAT(p.Search("文件甲"), ElementsAre(old1));
  EXPECT_TRUE(p.Search("文件甲", valid).empty());
  // It cannot be abolished twice; an information item has no validity.
  EXPECT_FALSE(p.service_.ChangeValidity(p.reviewer_, old1, Validity::kExpired, D("2024-05-01"),
                                         std::nullopt, "再次", At("2024-05-01")).ok());
  Result<service::PublicationView> view = p.service_.Show(new1);
  EXPECT_THAT(view->replaces, ElementsAre(old1));
  // 规范性文件 in force without an interpretation are listed (the abolished
  // one is not); one with it is not.
  service::PublicationFilter missing;
  missing.missing_interpretation = true;
  EXPECT_EQ(*db().publications().Count(missing), 3);
  service::PublicationInput reading = p.Input(agency, "丙文件的政策解读", PublicationKind::kInterpretation);
  reading.interprets = {new1};
  p.CreatePublished(reading);
  EXPECT_EQ(*db().publications().Count(missing), 2);
}

}  // namespace
}  // namespace gongkai::storage::testing
