// Shared suite: the catalogue's facets from PublicationStore::CountGroups —
// only public publications counted, each facet under the other selections,
// and the counts kept until they are older than the cache's age.
#include <gmock/gmock.h>

#include "service/catalogue_facets.h"
#include "service/publication_service.h"
#include "storage/suite/publication_fakes.h"
#include "storage/suite/store_suite.h"

namespace gongkai::storage::testing {
namespace {

service::Moment On(const char* date) { return service::Moment{std::string(date) + "T02:00:00Z", D(date)}; }

int64_t CountOf(const std::vector<service::FacetValue>& values, const std::string& key) {
  for (const service::FacetValue& v : values) {
    if (v.key == key) return v.count;
  }
  return -1;
}

TEST_P(StoreSuite, CatalogueFacetsCountPublicItemsUnderTheOtherSelections) {
  const int64_t office = AddAgency("某市人民政府办公室", "bgs");
  const int64_t finance = AddAgency("某市财政局", "cz");
  ASSERT_TRUE(db().agencies().SetOrgCode(office, "12345678X").ok());
  ASSERT_TRUE(db().agencies().SetOrgCode(finance, "87654321X").ok());
  FakeTools fakes;
  service::PublicationService pubs(db(), fakes.tools());
  const service::Actor clerk{"经办人"}, reviewer{"审核人"};
  const auto add = [&](int64_t agency, const char* title, const char* topic, int item, bool publish) {
    service::PublicationInput in;
    in.agency_id = agency;
    in.title = title;
    in.formed_on = D("2024-03-01");
    in.topic = topic;
    in.article20_item = item;
    in.body_html = "<p>正文。</p>";
    Result<int64_t> id = pubs.Create(clerk, in, On("2024-03-02"));
    ASSERT_TRUE(id.ok()) << id.status().message();
    if (!publish) return;
    ASSERT_TRUE(pubs.Submit(clerk, *id, "", On("2024-03-03")).ok());
    ASSERT_TRUE(pubs.Approve(reviewer, *id, "", On("2024-03-03")).ok());
    ASSERT_TRUE(pubs.Publish(reviewer, *id, "", On("2024-03-03")).ok());
  };
  add(office, "政务公开工作要点", "综合政务\\政务公开", 1, true);
  add(office, "应急预案", "综合政务\\应急管理", 12, true);
  add(finance, "部门预算", "财政、金融、审计\\财政", 7, true);
  add(finance, "部门决算", "财政、金融、审计\\财政", 7, true);
  add(finance, "收费目录", "财政、金融、审计\\财政", 8, true);
  add(finance, "未公开的草稿", "综合政务\\政务公开", 1, false);

  service::CatalogueFacets facets(30);
  Result<service::CatalogueFacetCounts> all = facets.Count(db(), {}, 1000);
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(all->total, 5);  // the draft is not counted
  EXPECT_EQ(CountOf(all->agencies, std::to_string(office)), 2);
  EXPECT_EQ(CountOf(all->agencies, std::to_string(finance)), 3);
  EXPECT_EQ(CountOf(all->topics, "综合政务"), 2);
  EXPECT_EQ(CountOf(all->topics, "财政、金融、审计"), 3);
  ASSERT_EQ(all->items.size(), 15u);
  EXPECT_EQ(CountOf(all->items, "7"), 2);
  EXPECT_EQ(CountOf(all->items, "3"), 0);  // listed, empty

  service::CatalogueSelection sel;
  sel.agency_id = finance;
  Result<service::CatalogueFacetCounts> one = facets.Count(db(), sel, 1001);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->total, 3);
  EXPECT_EQ(CountOf(one->topics, "综合政务"), -1);  // none of its items: not offered
  EXPECT_EQ(CountOf(one->items, "8"), 1);
  EXPECT_EQ(CountOf(one->agencies, std::to_string(office)), 2);  // the agency facet ignores its own choice
  sel.article20_item = 7;
  one = facets.Count(db(), sel, 1002);
  EXPECT_EQ(one->total, 2);
  EXPECT_EQ(CountOf(one->agencies, std::to_string(office)), -1);  // nothing under item 7: not offered
  EXPECT_EQ(CountOf(one->agencies, std::to_string(finance)), 2);
  EXPECT_EQ(*db().publications().Count(sel.Filter()), 2);

  // Cached: a new publication shows after the age, the list at once.
  add(office, "新的通知", "综合政务\\政务公开", 1, true);
  EXPECT_EQ(facets.Count(db(), {}, 1010)->total, 5);
  EXPECT_EQ(facets.Count(db(), {}, 1031)->total, 6);
}

}  // namespace
}  // namespace gongkai::storage::testing
