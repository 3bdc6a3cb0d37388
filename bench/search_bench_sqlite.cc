// search_bench's SQLite engine: the product's store over a SQLite file, and
// for the worst query the store's SQL and other forms run by hand on a
// second connection (sqlite3 C API, the tokenizer registered) with their
// query plans.
#include <sqlite3.h>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>

#include "bench/search_bench_store.h"
#include "storage/sqlite/fts5_tokenizer.h"

namespace gongkai::bench {
namespace {

class SqliteStoreEngine final : public StoreEngine {
 public:
  SqliteStoreEngine(const std::string& dir, int64_t n, const service::TextTokenizer& t)
      : StoreEngine(t), path_(dir + "/product-" + std::to_string(n) + ".sqlite") {
    Drop();
  }
  ~SqliteStoreEngine() override {
    if (raw_) sqlite3_close_v2(raw_);
  }
  std::string name() const override { return "SQLite FTS5"; }

  void Explain(const CorpusQuery& q, const service::TextQuery& parsed) override {
    Raw();
    const std::string match = Fts5Match(parsed);
    const std::string join =
        " FROM publication_fts f JOIN publications p ON p.id = f.rowid WHERE 1 = 1 AND "
        "(p.published_version IS NOT NULL AND p.state <> 'withdrawn') AND publication_fts "
        "MATCH ?1";
    std::printf(
        "    SQLite, MATCH '%s' (%s), the store's two statements and other forms "
        "(median of 3, a second connection):\n",
        match.c_str(), q.text.c_str());
    const std::string count_sql = "SELECT COUNT(*)" + join;
    const std::string ranked_sql = "SELECT p.id, -bm25(publication_fts, 4.0, 1.0)" + join +
                                   " ORDER BY 2 DESC, p.id DESC LIMIT 20";
    Plan(count_sql, match);
    Plan(ranked_sql, match);
    Form("store: COUNT(*) with the join to publications", [&] { return One(count_sql, match); });
    Form("store: top 20 by bm25 with the join", [&] { return Rows(ranked_sql, match); });
    // With a filter on publications the planner may start from its index
    // and probe the FTS5 table once per row; CROSS JOIN keeps FTS5 outside.
    const std::string agency = " AND p.agency_id IN (" + std::to_string(agency_ids_[0]) + ")";
    const std::string year =
        " AND p.published_on >= '2024-01-01' AND p.published_on <= '2024-12-31'";
    for (const std::string* filter : {&agency, &year}) {
      const std::string sql = count_sql + *filter;
      std::string cross = sql;
      cross.replace(cross.find(" JOIN "), 6, " CROSS JOIN ");
      Plan(sql, match);
      Plan(cross, match);
      Form(filter == &agency ? "COUNT(*), agency filter (the city's), JOIN"
                             : "COUNT(*), year filter (2024), JOIN",
           [&] { return One(sql, match); });
      Form(filter == &agency ? "COUNT(*), agency filter (the city's), CROSS JOIN"
                             : "COUNT(*), year filter (2024), CROSS JOIN",
           [&] { return One(cross, match); });
    }
    Form("store: newest 20 (kNewest) with the join", [&] {
      return Rows("SELECT p.id" + join + " ORDER BY p.published_on DESC, p.id DESC LIMIT 20",
                  match);
    });
    Form("FTS5 only: COUNT(*)", [&] {
      return One("SELECT COUNT(*) FROM publication_fts WHERE publication_fts MATCH ?1", match);
    });
    Form("FTS5 only: top 20 ORDER BY bm25(4,1) LIMIT 20", [&] {
      return Rows(
          "SELECT rowid FROM publication_fts WHERE publication_fts MATCH ?1 "
          "ORDER BY bm25(publication_fts, 4.0, 1.0) LIMIT 20",
          match);
    });
    Form("FTS5 only: top 20 ORDER BY rank LIMIT 20 (rank = bm25())", [&] {
      return Rows(
          "SELECT rowid FROM publication_fts WHERE publication_fts MATCH ?1 "
          "ORDER BY rank LIMIT 20",
          match);
    });
    Form("FTS5 only: count capped at 10,001 (LIMIT in a subquery)", [&] {
      return One(
          "SELECT COUNT(*) FROM (SELECT rowid FROM publication_fts WHERE "
          "publication_fts MATCH ?1 LIMIT 10001)",
          match);
    });
    Form("FTS5 only: newest 20 by rowid (ORDER BY rowid DESC LIMIT 20)", [&] {
      return Rows(
          "SELECT rowid FROM publication_fts WHERE publication_fts MATCH ?1 "
          "ORDER BY rowid DESC LIMIT 20",
          match);
    });
    Form("bm25 over the newest 10,000 matches only (rowid >= the 10,000th)", [&] {
      const std::string from =
          One("SELECT MIN(rowid) FROM (SELECT rowid FROM publication_fts WHERE publication_fts "
              "MATCH ?1 ORDER BY rowid DESC LIMIT 10000)",
              match);
      return Rows("SELECT rowid FROM publication_fts WHERE publication_fts MATCH ?1 AND rowid >= " +
                      (from.empty() ? std::string("0") : from) +
                      " ORDER BY bm25(publication_fts, 4.0, 1.0) LIMIT 20",
                  match);
    });
  }

  double Optimize() override {
    const double w = WallSeconds();
    One("INSERT INTO publication_fts (publication_fts) VALUES ('optimize')", "");
    const double t = WallSeconds() - w;
    AfterLoad();
    return t;
  }

  void Drop() override {
    db_.reset();
    if (raw_) sqlite3_close_v2(raw_);
    raw_ = nullptr;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      std::remove((path_ + suffix).c_str());
  }

 protected:
  std::string url() const override { return "sqlite:" + path_; }
  void Capped(const service::TextQuery& parsed, const std::string& filter,
              std::vector<int64_t>& ids, int64_t& total) override {
    const std::string match = Fts5Match(parsed);
    const std::string from =
        " FROM publication_fts f CROSS JOIN publications p ON p.id = f.rowid WHERE "
        "(p.published_version IS NOT NULL AND p.state <> 'withdrawn') AND publication_fts MATCH "
        "?1" +
        filter;
    total = std::atoll(One("SELECT COUNT(*) FROM (SELECT 1" + from + " LIMIT " +
                               std::to_string(g_what_if_count_cap + 1) + ")",
                           match)
                           .c_str());
    std::string sql;
    if (!g_what_if_hybrid) {  // bm25 over the newest candidates only
      sql = "SELECT id FROM (SELECT p.id AS id, -bm25(publication_fts, 4.0, 1.0) AS score" + from +
            " ORDER BY f.rowid DESC LIMIT " + std::to_string(g_what_if_rank_candidates) +
            ") ORDER BY score DESC, id DESC LIMIT 20";
    } else if (total <= g_what_if_count_cap) {  // few matches: the store's ranking
      sql = "SELECT p.id, -bm25(publication_fts, 4.0, 1.0)" + from +
            " ORDER BY 2 DESC, p.id DESC "
            "LIMIT 20";
    } else {  // very many: the newest (by id), no ranking
      sql = "SELECT p.id" + from + " ORDER BY f.rowid DESC LIMIT 20";
    }
    sqlite3_stmt* s = Prepare(sql, match);
    while (sqlite3_step(s) == SQLITE_ROW) ids.push_back(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
  }
  int64_t DiskBytes() override { return FileBytes(path_) + FileBytes(path_ + "-wal"); }
  void AfterLoad() override {
    // What the FTS5 index is made of (segments per level) after the load.
    std::printf("    FTS5 index: %s segments, %s pages, %s MiB (publication_fts_idx, _data)\n",
                One("SELECT COUNT(DISTINCT segid) FROM publication_fts_idx", "").c_str(),
                One("SELECT COUNT(*) FROM publication_fts_data", "").c_str(),
                One("SELECT SUM(length(block)) / 1048576 FROM publication_fts_data", "").c_str());
  }

 private:
  sqlite3* Raw() {
    if (raw_) return raw_;
    if (sqlite3_open_v2(path_.c_str(), &raw_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      Fail("cannot open " + path_);
    }
    Must(storage::RegisterFts5Tokenizer(raw_, &tok_), "register the tokenizer");
    return raw_;
  }
  sqlite3_stmt* Prepare(const std::string& sql, const std::string& match) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(Raw(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      Fail(std::string("SQLite: ") + sqlite3_errmsg(raw_) + " in " + sql);
    }
    if (!match.empty()) sqlite3_bind_text(s, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    return s;
  }
  std::string One(const std::string& sql, const std::string& match) {
    sqlite3_stmt* s = Prepare(sql, match);
    std::string out;
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    }
    sqlite3_finalize(s);
    return out;
  }
  std::string Rows(const std::string& sql, const std::string& match) {
    sqlite3_stmt* s = Prepare(sql, match);
    int rows = 0;
    std::string first;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      if (rows++ == 0 && sqlite3_column_text(s, 0)) {
        first = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
      }
    }
    if (rc != SQLITE_DONE) Fail(std::string("SQLite: ") + sqlite3_errmsg(raw_) + " in " + sql);
    sqlite3_finalize(s);
    return std::to_string(rows) + " rows, first id " + first;
  }
  void Plan(const std::string& sql, const std::string& match) {
    sqlite3_stmt* s = Prepare("EXPLAIN QUERY PLAN " + sql, match);
    std::printf("      plan of …%s:", sql.substr(sql.size() > 60 ? sql.size() - 60 : 0).c_str());
    while (sqlite3_step(s) == SQLITE_ROW) {
      std::printf(" [%s]", reinterpret_cast<const char*>(sqlite3_column_text(s, 3)));
    }
    std::printf("\n");
    sqlite3_finalize(s);
  }

  std::string path_;
  sqlite3* raw_ = nullptr;
};

}  // namespace

std::unique_ptr<SearchEngine> NewSqliteStoreEngine(const std::string& dir, int64_t n,
                                                   const service::TextTokenizer& tokenizer) {
  return std::make_unique<SqliteStoreEngine>(dir, n, tokenizer);
}

}  // namespace gongkai::bench
