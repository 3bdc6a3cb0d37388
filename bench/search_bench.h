// Internal to search_bench: the engines the driver loads and queries (the
// product's PublicationStore on SQLite and PostgreSQL, Xapian, a LIKE scan)
// behind one small interface, and the clocks it reads.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bench/search_corpus.h"
#include "core/status.h"
#include "service/text_tokenizer.h"

namespace gongkai::bench {

[[noreturn]] void Fail(const std::string& what);
template <typename T>
T Must(Result<T> r, const char* what) {
  if (!r.ok()) Fail(std::string(what) + ": " + r.status().message());
  return std::move(*r);
}
inline void Must(const Status& s, const char* what) {
  if (!s.ok()) Fail(std::string(what) + ": " + s.message());
}

double WallSeconds();        // steady clock
double ProcessCpuSeconds();  // CPU time of this process (all threads)
double ThreadCpuSeconds();   // CPU time of the calling thread

// What loading N documents cost an engine.
struct LoadStats {
  int64_t docs = 0;
  int64_t body_chars = 0;     // sum over the documents
  int64_t text_bytes = 0;     // title + keywords + body, UTF-8
  double wall = 0;            // seconds, generation excluded
  double cpu = 0;             // this process, generation excluded
  double server_cpu = -1;     // PostgreSQL server processes (-1: not known)
  double tokenizer_cpu = -1;  // inside the product's tokenizer (-1: not ours)
  double index_wall = -1;     // inside PublicationStore::Index (-1: n/a)
  double index_cpu = -1;
  double generate_cpu = 0;  // making the documents (not counted above)
  int64_t disk_bytes = 0;   // database size after loading
};

// One query as run: matches (exact or the engine's estimate) and hits
// returned (≤ 20), each with a snippet made.
struct QueryOutcome {
  int64_t total = 0;
  bool total_estimated = false;
  int hits = 0;
  size_t snippet_chars = 0;  // a checksum-ish figure: the work was done
};

class SearchEngine {
 public:
  virtual ~SearchEngine() = default;
  virtual std::string name() const = 0;
  // Loads documents 1…n of the corpus in batches of `batch`.
  virtual LoadStats Load(const SearchCorpus& corpus, int64_t n, int batch) = 0;
  // Top 20 by relevance for `q` (its filter applied), with a snippet of
  // each hit's body and its highlighted title.
  virtual QueryOutcome Run(const CorpusQuery& q, const service::TextQuery& parsed) = 0;
  // What the engine does for one (very common) query: timings of the parts
  // and of alternative forms, query plans. Prints.
  virtual void Explain(const CorpusQuery& q, const service::TextQuery& parsed) = 0;
  // The stores only: PublicationStore::RebuildIndex over every document in
  // one transaction, timed (wall, CPU here and in the server, tokenizer);
  // docs = 0 when the engine has no such thing.
  virtual LoadStats Rebuild() { return {}; }
  // SQLite only: FTS5's 'optimize' (merge every segment), timed; -1: n/a.
  virtual double Optimize() { return -1; }
  // The stores only: a what-if form of Search run by hand on a second
  // connection, the hits then read through PublicationStore::Get (empty
  // name: none); see SetWhatIf.
  virtual std::string VariantName() const { return ""; }
  virtual QueryOutcome RunVariant(const CorpusQuery&, const service::TextQuery&) { return {}; }
  // Removes everything the engine wrote.
  virtual void Drop() = 0;
};

// The product: storage::OpenDatabase + Migrate, PublicationStore calls in
// batched Database::Transactions, PublicationStore::Search. `url` is a
// sqlite: URL or a PostgreSQL server URL (a new database is made on it).
std::unique_ptr<SearchEngine> NewSqliteStoreEngine(const std::string& dir, int64_t n,
                                                   const service::TextTokenizer& tokenizer);
std::unique_ptr<SearchEngine> NewPgStoreEngine(const std::string& server_url, int64_t n,
                                               const service::TextTokenizer& tokenizer);
// Xapian 1.4 with TermGenerator/QueryParser FLAG_CJK_NGRAM, OP_AND, in `dir`.
std::unique_ptr<SearchEngine> NewXapianEngine(const std::string& dir, int64_t n,
                                              const service::TextTokenizer& tokenizer);
// A plain SQLite table of the same texts, WHERE … LIKE '%q%' LIMIT 20.
std::unique_ptr<SearchEngine> NewLikeEngine(const std::string& dir, int64_t n,
                                            const service::TextTokenizer& tokenizer);

// The what-if search of RunVariant. The count stops at count_cap + 1
// (default 10,000); then either ("capped") only the newest rank_candidates
// matches (default 1,000) are ranked, or ("hybrid") all matches are ranked
// as the store does when there are at most count_cap of them, and the
// newest 20 are shown unranked when there are more.
void SetWhatIf(int count_cap, int rank_candidates, bool hybrid);

// Median wall seconds of `reps` runs of `f`.
double MedianSeconds(int reps, const std::function<void()>& f);

int64_t FileBytes(const std::string& path);  // 0 when missing; a directory: its files

}  // namespace gongkai::bench
