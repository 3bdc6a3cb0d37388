// The publications of `gongkai demo seed` (app/demo_publications.h): the
// same seed gives the same catalogue in memory and on SQLite; the summary
// adds up; Table 2 of Y carries over from Y−1 (no X2); every screen hit left
// in a public publication was let stay by a reviewer (an override is
// logged). tests/demo_publications_test.py checks the CLI from outside.
#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <string>
#include <vector>

#include "app/demo_publications.h"
#include "app/demo_seed.h"
#include "app/text_tools.h"
#include "report/check.h"
#include "service/publication_service.h"
#include "service/table2_data.h"
#include "shipped_calendar.h"
#include "storage/open_database.h"

namespace gongkai {
namespace {

constexpr int kYear = 2025;
constexpr int kCount = 150;

int counter = 0;
std::string TestQueryCode() { return "PUB" + std::to_string(++counter); }

std::string FilesDir() {
  static const std::string dir = (std::filesystem::temp_directory_path() /
                                  ("gongkai-demo-pub-files-" + std::to_string(::getpid())))
                                     .string();
  return dir;
}

std::unique_ptr<service::Database> Open(const std::string& url) {
  Result<const service::TextTokenizer*> tokenizer = app::SharedTokenizer();
  EXPECT_TRUE(tokenizer.ok()) << tokenizer.status().message();
  storage::OpenOptions o;
  o.tokenizer = tokenizer.ok() ? *tokenizer : nullptr;
  Result<std::unique_ptr<service::Database>> db = storage::OpenDatabase(url, o);
  EXPECT_TRUE(db.ok()) << db.status().message();
  if (!db.ok()) return nullptr;
  EXPECT_TRUE((*db)->Migrate().ok());
  return std::move(db).value();
}

struct Seeded {
  app::DemoPublicationSummary summary;
  std::vector<std::string> catalogue;  // kind, 索引号, validity and title of each
};

Seeded SeedAndCheck(service::Database& db) {
  Seeded out;
  test_support::ShippedCalendar calendars;
  app::DemoSeedOptions o;
  o.year = kYear;
  o.seed = 3;
  o.applications = 60;
  Result<app::DemoSeedSummary> apps = app::SeedDemo(db, calendars, o, TestQueryCode);
  EXPECT_TRUE(apps.ok()) << apps.status().message();
  if (!apps.ok()) return out;
  Result<const service::TextScreen*> screen = app::SharedScreen();
  Result<service::FileStore*> files = app::SharedFileStore(FilesDir());
  EXPECT_TRUE(screen.ok() && files.ok());
  if (!screen.ok() || !files.ok()) return out;
  const service::PublicationTools tools{*screen, &app::SharedAttachmentReader(), *files};
  app::DemoPublicationOptions po;
  po.year = kYear;
  po.seed = 3;
  po.publications = kCount;
  Result<app::DemoPublicationSummary> s =
      app::SeedDemoPublications(db, tools, calendars, po, apps->root_agency_id);
  EXPECT_TRUE(s.ok()) << s.status().message();
  if (!s.ok()) return out;
  out.summary = *s;

  // The summary adds up.
  int64_t published = 0;
  for (int64_t n : s->by_kind) {
    EXPECT_GT(n, 0);
    published += n;
  }
  EXPECT_EQ(published + s->withdrawn, kCount);
  EXPECT_GT(s->previous_year, 0);
  EXPECT_GE(s->screen_blocked, 4);
  EXPECT_EQ(s->screen_blocked, s->screen_masked + s->screen_overridden);
  EXPECT_GE(s->screen_masked, 1);
  EXPECT_GE(s->screen_overridden, 1);
  EXPECT_GE(s->bad_checksum_passed, 2);
  EXPECT_GE(s->abolished, 1);
  EXPECT_GE(s->expired, 1);
  EXPECT_EQ(s->stats_figures, 2 * 14 * 4);

  // Table 2 of the city for Y against Y−1: the stock carries over.
  Result<std::vector<int64_t>> subtree = db.agencies().Subtree(apps->root_agency_id);
  EXPECT_TRUE(subtree.ok());
  if (!subtree.ok()) return out;
  const std::vector<int64_t>& ids = *subtree;
  report::AnnualReport now, before;
  now.year = kYear;
  before.year = kYear - 1;
  std::vector<std::string> sources;
  Result<service::Table2Data> t_now = service::ReadTable2(db, ids, kYear);
  Result<service::Table2Data> t_before = service::ReadTable2(db, ids, kYear - 1);
  EXPECT_TRUE(t_now.ok() && t_before.ok());
  if (!t_now.ok() || !t_before.ok()) return out;
  service::ApplyTable2(*t_now, now, sources);
  service::ApplyTable2(*t_before, before, sources);
  EXPECT_GT(t_now->normative.issued, 0);
  EXPECT_GT(t_now->normative.abolished, 0);
  EXPECT_EQ(t_before->normative.in_force + t_now->normative.issued - t_now->normative.abolished,
            t_now->normative.in_force);
  EXPECT_EQ(t_before->rules.in_force + t_now->rules.issued - t_now->rules.abolished,
            t_now->rules.in_force);
  for (const report::Finding& f : report::CheckReport(now, &before, {}))
    EXPECT_NE(f.rule, "X2") << f.message;

  // What the screen still finds in a public publication was overridden.
  service::PublicationService pubs(db, tools);
  service::PublicationFilter all;
  int with_hits = 0;
  Result<std::vector<domain::Publication>> listed = pubs.List(all);
  EXPECT_TRUE(listed.ok()) << listed.status().message();
  if (!listed.ok()) return out;
  for (const domain::Publication& p : *listed) {
    out.catalogue.push_back(std::string(domain::PublicationKindName(p.kind)) + " " + p.index_no +
                            " " + domain::ValidityName(p.validity) + " " + p.content.title);
    if (!domain::IsPublic(p)) continue;
    Result<std::vector<service::ScreenFinding>> hits = pubs.Screen(p.id);
    EXPECT_TRUE(hits.ok()) << hits.status().message();
    if (!hits.ok() || hits->empty()) continue;
    ++with_hits;
    Result<std::vector<domain::PublicationLogEntry>> log = db.publications().Log(p.id);
    EXPECT_TRUE(log.ok()) << log.status().message();
    if (!log.ok()) continue;
    bool overridden = false;
    for (const domain::PublicationLogEntry& e : *log) {
      overridden = overridden || e.action == domain::PublicationAction::kOverride;
    }
    EXPECT_TRUE(overridden) << p.id << "《" << p.content.title << "》: " << hits->front().where
                            << " " << hits->front().hit.masked;
  }
  EXPECT_EQ(with_hits, s->screen_overridden);
  return out;
}

TEST(DemoPublications, SameSeedSameCatalogueInMemoryAndOnSqlite) {
  auto memory = Open("memory:");
  ASSERT_NE(memory, nullptr);
  const Seeded a = SeedAndCheck(*memory);
  ASSERT_FALSE(a.catalogue.empty());

  const std::string path = (std::filesystem::temp_directory_path() /
                            ("gongkai-demo-pub-" + std::to_string(::getpid()) + ".db"))
                               .string();
  std::filesystem::remove(path);
  {
    auto sqlite = Open("sqlite:" + path);
    ASSERT_NE(sqlite, nullptr);
    const Seeded b = SeedAndCheck(*sqlite);
    EXPECT_EQ(a.catalogue, b.catalogue);
    EXPECT_EQ(a.summary.by_kind, b.summary.by_kind);
    EXPECT_EQ(a.summary.screen_masked, b.summary.screen_masked);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  std::filesystem::remove_all(FilesDir());
}

}  // namespace
}  // namespace gongkai
