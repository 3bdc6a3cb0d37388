// Internal to search_bench: the product's engines — documents written and
// searched through service::PublicationStore of a database opened by
// storage::OpenDatabase — and what SQLite and PostgreSQL share of them. The
// dialects (search_bench_sqlite.cc, search_bench_pg.cc) add the URL, the
// hand-run forms of the worst query and the what-if search.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bench/search_bench.h"
#include "service/database.h"

namespace gongkai::bench {

// The caps of the what-if search (SetWhatIfCaps).
extern int g_what_if_count_cap;        // the count stops at this + 1
extern int g_what_if_rank_candidates;  // only the newest this many matches are ranked
// Hybrid instead: the store's full ranking when the capped count is at most
// the cap, else the newest 20 unranked.
extern bool g_what_if_hybrid;

// The tokenizer the database is opened with: the product's, timed.
class TimedTokenizer final : public service::TextTokenizer {
 public:
  explicit TimedTokenizer(const service::TextTokenizer& inner) : inner_(inner) {}
  std::vector<service::TextToken> Tokenize(std::string_view text) const override {
    const double t = ThreadCpuSeconds();
    std::vector<service::TextToken> out = inner_.Tokenize(text);
    cpu_ += ThreadCpuSeconds() - t;
    return out;
  }
  service::TextQuery ParseQuery(std::string_view query) const override {
    return inner_.ParseQuery(query);
  }
  double cpu() const { return cpu_; }

 private:
  const service::TextTokenizer& inner_;
  mutable double cpu_ = 0;
};

// The MATCH / tsquery text the store builds (sql_publication_search.cc),
// for the hand-run forms.
std::string Fts5Match(const service::TextQuery& q);
std::string PgQuery(const service::TextQuery& q);

class StoreEngine : public SearchEngine {
 public:
  explicit StoreEngine(const service::TextTokenizer& tokenizer)
      : tok_(tokenizer), timed_(tokenizer) {}

  LoadStats Load(const SearchCorpus& corpus, int64_t n, int batch) override;
  LoadStats Rebuild() override;
  QueryOutcome Run(const CorpusQuery& q, const service::TextQuery& parsed) override;
  std::string VariantName() const override {
    return name() + (g_what_if_hybrid ? ", hybrid" : ", capped");
  }
  QueryOutcome RunVariant(const CorpusQuery& q, const service::TextQuery& parsed) override;

 protected:
  virtual std::string url() const = 0;
  // The what-if search: matches counted up to g_what_if_count_cap + 1, the newest
  // g_what_if_rank_candidates matches ranked, the top 20 ids.
  virtual void Capped(const service::TextQuery& parsed, const std::string& filter,
                      std::vector<int64_t>& ids, int64_t& total) = 0;
  virtual double ServerCpu() { return -1; }
  virtual void AfterLoad() {}
  virtual int64_t DiskBytes() = 0;

  // Times one hand-run form: median of 3 wall times, and its first value.
  void Form(const char* label, const std::function<std::string()>& run);

  const service::TextTokenizer& tok_;
  TimedTokenizer timed_;
  double phase_wall_[2] = {0, 0};  // Create; serial + header + log
  std::unique_ptr<service::Database> db_;
  std::vector<int64_t> agency_ids_;

 private:
  void AddAgencies(const SearchCorpus& corpus);

  // What PublicationService::Create + Publish write, without the screen and
  // review steps: Create (version 1, log), the 索引号 serial, the header as
  // published, the publish log line, and Index.
  Status Publish(const SearchCorpus& corpus, const CorpusDoc& d, int64_t seq, double& index_wall,
                 double& index_cpu);
};

}  // namespace gongkai::bench
