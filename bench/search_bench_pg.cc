// search_bench's PostgreSQL engine: the product's store over a new
// database on the server the URL names, the CPU time of the server's
// processes, and for the worst query the store's SQL and other forms run by
// hand on a second connection (libpqxx) with EXPLAIN (ANALYZE, BUFFERS).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <sstream>

#include "bench/search_bench_store.h"

namespace gongkai::bench {
namespace {

class PgStoreEngine final : public StoreEngine {
 public:
  PgStoreEngine(std::string server_url, int64_t n, const service::TextTokenizer& t)
      : StoreEngine(t),
        server_(std::move(server_url)),
        db_name_("gongkai_search_" + std::to_string(n) + "_" + std::to_string(getpid())) {
    Admin("DROP DATABASE IF EXISTS " + db_name_);
    Admin("CREATE DATABASE " + db_name_);
    postmaster_ = PostmasterPid();
  }
  std::string name() const override { return "PostgreSQL GIN"; }

  void Explain(const CorpusQuery& q, const service::TextQuery& parsed) override {
    const std::string tsq = PgQuery(parsed);
    const std::string join =
        " FROM publication_search s JOIN publications p ON p.id = s.publication_id WHERE 1 = 1 "
        "AND (p.published_version IS NOT NULL AND p.state <> 'withdrawn') AND s.tsv @@ "
        "CAST($1 AS tsquery)";
    const std::string count_sql = "SELECT COUNT(*)" + join;
    const std::string ranked_sql = "SELECT p.id, ts_rank_cd(s.tsv, CAST($1 AS tsquery))" + join +
                                   " ORDER BY 2 DESC, p.id DESC LIMIT 20";
    std::printf(
        "    PostgreSQL, tsquery %s (%s), the store's two statements and other forms "
        "(median of 3, a second connection):\n",
        tsq.c_str(), q.text.c_str());
    Analyze(count_sql, tsq);
    Analyze(ranked_sql, tsq);
    Form("store: COUNT(*) with the join to publications", [&] { return One(count_sql, tsq); });
    Form("store: top 20 by ts_rank_cd with the join", [&] { return Rows(ranked_sql, tsq); });
    Form("store: newest 20 (kNewest) with the join", [&] {
      return Rows("SELECT p.id" + join + " ORDER BY p.published_on DESC, p.id DESC LIMIT 20", tsq);
    });
    Form("GIN only: COUNT(*) FROM publication_search WHERE tsv @@ q", [&] {
      return One("SELECT COUNT(*) FROM publication_search WHERE tsv @@ CAST($1 AS tsquery)", tsq);
    });
    // GIN answers a one-term tsquery exactly (no recheck), so a bitmap scan
    // counts without reading any tsvector; the planner picks the sequential
    // scan for a term in most rows because it does not price the detoasting.
    Raw().exec("SET enable_seqscan = off");
    Form("the store's COUNT(*) with enable_seqscan = off (GIN bitmap)",
         [&] { return One(count_sql, tsq); });
    Raw().exec("RESET enable_seqscan");
    Form("count capped at 10,001 (LIMIT in a subquery)", [&] {
      return One(
          "SELECT COUNT(*) FROM (SELECT 1 FROM publication_search WHERE tsv @@ "
          "CAST($1 AS tsquery) LIMIT 10001) x",
          tsq);
    });
    Form("any 20 matches, no ranking (LIMIT 20)", [&] {
      return Rows(
          "SELECT publication_id FROM publication_search WHERE tsv @@ CAST($1 AS tsquery) "
          "LIMIT 20",
          tsq);
    });
    Form("ts_rank_cd over 10,000 matches only (LIMIT in a subquery)", [&] {
      return Rows(
          "SELECT publication_id FROM (SELECT publication_id, tsv FROM publication_search "
          "WHERE tsv @@ CAST($1 AS tsquery) LIMIT 10000) x ORDER BY ts_rank_cd(tsv, "
          "CAST($1 AS tsquery)) DESC LIMIT 20",
          tsq);
    });
  }

  void Drop() override {
    db_.reset();
    raw_.reset();
    raw_conn_.reset();
    Admin("DROP DATABASE IF EXISTS " + db_name_);
  }

 protected:
  // libpq takes a later dbname= over the one in the URI's path.
  std::string url() const override {
    return server_ + (server_.find('?') == std::string::npos ? "?" : "&") + "dbname=" + db_name_;
  }

  // CPU seconds of every process of the server (postmaster and children):
  // the backend that runs the store's statements, WAL writer, checkpointer,
  // autovacuum. -1 when the server's directory is not known or not readable.
  double ServerCpu() override {
    if (postmaster_ <= 0) return -1;
    double total = 0;
    const long ticks = sysconf(_SC_CLK_TCK);
    for (int pid : ServerPids()) {
      std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
      std::string line;
      if (!std::getline(in, line)) continue;
      std::istringstream fields(line.substr(line.rfind(')') + 2));
      std::string f;
      unsigned long long utime = 0, stime = 0;
      for (int i = 3; i <= 15 && fields >> f; ++i) {
        if (i == 14) utime = std::stoull(f);
        if (i == 15) stime = std::stoull(f);
      }
      total += static_cast<double>(utime + stime) / static_cast<double>(ticks);
    }
    return total;
  }

  void AfterLoad() override {
    const double w = WallSeconds();
    Raw().exec("VACUUM ANALYZE publications");
    Raw().exec("VACUUM ANALYZE publication_search");
    std::printf(
        "    VACUUM ANALYZE publications, publication_search (what autovacuum would "
        "do; GIN pending list merged): %.1f s\n",
        WallSeconds() - w);
    const pqxx::row r = Raw().exec1(
        "SELECT pg_size_pretty(pg_total_relation_size('publication_search')), "
        "pg_size_pretty(pg_relation_size('publication_search_tsv')), "
        "pg_size_pretty(pg_total_relation_size('publication_versions'))");
    std::printf(
        "    publication_search with TOAST: %s, its GIN index: %s; publication_versions: "
        "%s\n",
        r[0].c_str(), r[1].c_str(), r[2].c_str());
  }

  void Capped(const service::TextQuery& parsed, const std::string& filter,
              std::vector<int64_t>& ids, int64_t& total) override {
    const std::string tsq = PgQuery(parsed);
    const std::string from =
        " FROM publication_search s JOIN publications p ON p.id = s.publication_id WHERE "
        "(p.published_version IS NOT NULL AND p.state <> 'withdrawn') AND s.tsv @@ "
        "CAST($1 AS tsquery)" +
        filter;
    total = std::atoll(One("SELECT COUNT(*) FROM (SELECT 1" + from + " LIMIT " +
                               std::to_string(g_what_if_count_cap + 1) + ") x",
                           tsq)
                           .c_str());
    std::string sql;
    if (!g_what_if_hybrid) {  // ts_rank_cd over the newest candidates only
      sql = "SELECT id FROM (SELECT p.id AS id, s.tsv" + from +
            " ORDER BY p.published_on DESC, p.id DESC LIMIT " +
            std::to_string(g_what_if_rank_candidates) +
            ") x ORDER BY ts_rank_cd(tsv, CAST($1 AS tsquery)) DESC, id DESC LIMIT 20";
    } else if (total <= g_what_if_count_cap) {  // few matches: the store's ranking
      sql = "SELECT p.id" + from +
            " ORDER BY ts_rank_cd(s.tsv, CAST($1 AS tsquery)) DESC, p.id DESC LIMIT 20";
    } else {  // very many: the newest (the store's kNewest order), no ranking
      sql = "SELECT p.id" + from + " ORDER BY p.published_on DESC, p.id DESC LIMIT 20";
    }
    const pqxx::result r = Raw().exec_params(sql, tsq);
    for (const pqxx::row& row : r) ids.push_back(row[0].as<int64_t>());
  }

  int64_t DiskBytes() override {
    return Raw().exec1("SELECT pg_database_size(current_database())")[0].as<int64_t>();
  }

 private:
  int PostmasterPid() const {
    const size_t at = server_.find("host=");
    if (at == std::string::npos) return -1;
    std::string dir = server_.substr(at + 5);
    dir = dir.substr(0, dir.find('&'));
    std::ifstream in(dir + "/data/postmaster.pid");
    int pid = -1;
    if (!(in >> pid)) return -1;
    return pid;
  }
  // The postmaster and its children (by the parent pid in /proc/PID/stat).
  std::vector<int> ServerPids() const {
    std::vector<int> out{postmaster_};
    for (const std::filesystem::directory_entry& e : std::filesystem::directory_iterator("/proc")) {
      const std::string name = e.path().filename().string();
      if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
      std::ifstream in(e.path() / "stat");
      std::string line;
      if (!std::getline(in, line) || line.rfind(')') == std::string::npos) continue;
      std::istringstream fields(line.substr(line.rfind(')') + 2));
      std::string state;
      int ppid = 0;
      if (fields >> state >> ppid && ppid == postmaster_) out.push_back(std::stoi(name));
    }
    return out;
  }
  void Admin(const std::string& sql) {
    try {
      pqxx::connection c(server_);
      pqxx::nontransaction t(c);
      t.exec(sql);
    } catch (const std::exception& e) {
      Fail(std::string("PostgreSQL: ") + e.what());
    }
  }
  pqxx::nontransaction& Raw() {
    if (!raw_) {
      raw_conn_ = std::make_unique<pqxx::connection>(url());
      raw_ = std::make_unique<pqxx::nontransaction>(*raw_conn_);
    }
    return *raw_;
  }
  std::string One(const std::string& sql, const std::string& tsq) {
    const pqxx::result r = Raw().exec_params(sql, tsq);
    return r.empty() || r[0][0].is_null() ? "" : r[0][0].c_str();
  }
  std::string Rows(const std::string& sql, const std::string& tsq) {
    const pqxx::result r = Raw().exec_params(sql, tsq);
    return std::to_string(r.size()) + " rows, first id " + (r.empty() ? "" : r[0][0].c_str());
  }
  void Analyze(const std::string& sql, const std::string& tsq) {
    std::printf("      EXPLAIN (ANALYZE, BUFFERS) %.70s…\n", sql.c_str());
    for (const pqxx::row& r : Raw().exec_params("EXPLAIN (ANALYZE, BUFFERS) " + sql, tsq)) {
      std::printf("        %s\n", r[0].c_str());
    }
  }

  std::string server_;
  std::string db_name_;
  int postmaster_ = -1;
  std::unique_ptr<pqxx::connection> raw_conn_;
  std::unique_ptr<pqxx::nontransaction> raw_;
};

}  // namespace

std::unique_ptr<SearchEngine> NewPgStoreEngine(const std::string& server_url, int64_t n,
                                               const service::TextTokenizer& tokenizer) {
  return std::make_unique<PgStoreEngine>(server_url, n, tokenizer);
}

}  // namespace gongkai::bench
