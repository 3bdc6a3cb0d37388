// Publication search at scale (docs/performance.md "Search at 1M
// publications"): N generated publications (bench/search_corpus.h) indexed
// and searched by the product — service::PublicationStore over SQLite FTS5
// and over PostgreSQL's GIN index, both opened by storage::OpenDatabase with
// search::CjkTokenizer — beside Xapian's CJK n-gram mode (the peer) and a
// LIKE '%…%' scan of a plain table (the floor), in the same run.
//
// Per engine: load documents 1…N (docs/s wall and per CPU second, the
// tokenizer's share), then the query mix drawn from the corpus' own word
// frequencies, top 20 with snippets (search::MakeSnippet): p50/p90/p99/max;
// then the single worst query — the most common bigram of the corpus — on
// its own, with the timings of its parts and of other forms of its SQL;
// with --variant, a what-if form of the stores' search over the same
// queries (SetWhatIf in search_bench.h: the count capped at --count-cap + 1,
// then "capped": only the newest --rank-cap matches ranked, or "hybrid": the
// store's ranking up to the cap and the newest 20 above it); with --rebuild
// ENGINES, PublicationStore::RebuildIndex timed afterwards on those (SQLite:
// then FTS5's 'optimize' by hand, timed: a no-op once RebuildIndex ends with
// it).
// A plain driver (runs take minutes); everything it writes goes to --dir
// and is deleted at the end unless --keep.
//
//   search_bench --docs N [--engines sqlite,postgres,xapian,like] [--pg URL]
//                [--queries 1000] [--like-queries 100] [--budget 900] [--batch 500]
//                [--dir DIR] [--rebuild sqlite,postgres] [--variant capped,hybrid]
//                [--count-cap 10000] [--rank-cap 1000] [--keep]
//   search_bench --show K      prints document K of the corpus
//
// The PostgreSQL URL defaults to $GONGKAI_BENCH_PG (e.g. what
// `tools/pg-test-server start DIR` prints); without one PostgreSQL is
// skipped. An engine's query mix stops after --budget seconds (the queries
// that ran are a prefix of the shuffled mix; the driver says so). The LIKE
// floor runs only the first --like-queries queries of the mix (a scan of
// every row for each rare word); its ratios compare every engine on those
// same queries.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>

#include "bench/search_bench.h"
#include "core/utf8.h"
#include "search/cjk_tokenizer.h"

namespace gongkai::bench {

void Fail(const std::string& what) {
  std::fprintf(stderr, "search_bench: %s\n", what.c_str());
  std::exit(1);
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
static double Clock(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
double ProcessCpuSeconds() { return Clock(CLOCK_PROCESS_CPUTIME_ID); }
double ThreadCpuSeconds() { return Clock(CLOCK_THREAD_CPUTIME_ID); }

double MedianSeconds(int reps, const std::function<void()>& f) {
  std::vector<double> t;
  for (int i = 0; i < reps; ++i) {
    const double w = WallSeconds();
    f();
    t.push_back(WallSeconds() - w);
    if (t.back() > 1.0) break;  // a slow form runs once
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

int64_t FileBytes(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    int64_t sum = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(path, ec)) {
      if (e.is_regular_file(ec)) sum += static_cast<int64_t>(e.file_size(ec));
    }
    return sum;
  }
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<int64_t>(size);
}

namespace {

int g_count_cap = 10000, g_rank_cap = 1000;  // --count-cap, --rank-cap

struct Stats {
  size_t n = 0;
  double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
};

Stats Of(std::vector<double> ms) {
  Stats s;
  s.n = ms.size();
  if (ms.empty()) return s;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
  };
  s.p50 = at(0.50);
  s.p90 = at(0.90);
  s.p99 = at(0.99);
  s.max = ms.back();
  for (double v : ms) s.mean += v;
  s.mean /= static_cast<double>(ms.size());
  return s;
}

struct EngineRun {
  std::string name;
  LoadStats load;
  std::vector<double> ms;  // per query of the mix, in order
  std::vector<QueryOutcome> outcomes;
  double worst_ms = 0;
  QueryOutcome worst;
  LoadStats rebuild;  // docs = 0: not run
  double worst_after_rebuild_ms = 0;
  double optimize_s = -1, worst_after_optimize_ms = 0;
};

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  }
  return "?";
}

bool HanBigram(const std::string& term) {
  if (term.size() != 6) return false;
  size_t pos = 0;
  for (int i = 0; i < 2; ++i) {
    const char32_t c = utf8::Next(term, pos);
    if (c < 0x3400 || c > 0x9FFF) return false;
  }
  return pos == term.size();
}

// The bigrams found in the most documents of 1…sample (title, keywords, body).
std::vector<std::pair<std::string, int64_t>> CommonBigrams(const SearchCorpus& corpus,
                                                           const service::TextTokenizer& tok,
                                                           int64_t sample, int64_t& tokens) {
  std::unordered_map<std::string, int64_t> df;
  std::unordered_map<std::string, int64_t> last;
  for (int64_t seq = 1; seq <= sample; ++seq) {
    const CorpusDoc d = corpus.Doc(seq);
    for (const std::string* text : {&d.title, &d.keywords, &d.body}) {
      for (const service::TextToken& t : tok.Tokenize(*text)) {
        ++tokens;
        if (!HanBigram(t.term)) continue;
        int64_t& seen = last[t.term];
        if (seen == seq) continue;
        seen = seq;
        ++df[t.term];
      }
    }
  }
  std::vector<std::pair<std::string, int64_t>> out(df.begin(), df.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  out.resize(std::min<size_t>(out.size(), 8));
  return out;
}

std::string Describe(const CorpusQuery& q) {
  std::string f = q.FilterText();
  return "“" + q.text + "”" + (f.empty() ? "" : " [" + f + "]");
}

void PrintStatsLine(const char* label, const Stats& s) {
  std::printf("    %-12s n=%-5zu p50 %8.2f  p90 %8.2f  p99 %8.2f  max %8.2f  mean %8.2f ms\n",
              label, s.n, s.p50, s.p90, s.p99, s.max, s.mean);
}

void PrintMatches(const EngineRun& run) {
  std::vector<double> totals;
  for (const QueryOutcome& o : run.outcomes) totals.push_back(static_cast<double>(o.total));
  const Stats t = Of(totals);
  std::printf("    matches per query: median %.0f, p90 %.0f, max %.0f%s\n", t.p50, t.p90, t.max,
              run.outcomes.empty() || !run.outcomes[0].total_estimated ? "" : " (≤ 20: no count)");
}

void RunEngine(SearchEngine& e, const SearchCorpus& corpus, int64_t n, int batch,
               const std::vector<CorpusQuery>& queries,
               const std::vector<service::TextQuery>& parsed, size_t limit,
               const CorpusQuery& worst, const service::TextQuery& worst_parsed, bool rebuild,
               double budget, const std::vector<std::string>& variants, EngineRun& run,
               std::vector<EngineRun>& extra) {
  run.name = e.name();
  std::printf("\n== %s: %" PRId64 " documents (load average %s) ==\n", run.name.c_str(), n,
              LoadAverage().c_str());
  std::fflush(stdout);
  run.load = e.Load(corpus, n, batch);
  const LoadStats& l = run.load;
  const double cpu = l.cpu + std::max(0.0, l.server_cpu);
  std::printf("  load: %.1f s wall, %.0f docs/s; CPU %.1f s in this process", l.wall,
              static_cast<double>(n) / l.wall, l.cpu);
  if (l.server_cpu >= 0) std::printf(" + %.1f s in the server", l.server_cpu);
  std::printf(" = %.0f docs per CPU second\n", static_cast<double>(n) / cpu);
  if (l.index_wall >= 0) {
    std::printf(
        "  of which PublicationStore::Index: %.1f s wall, %.1f s CPU in this process "
        "(%.0f docs/s wall)\n",
        l.index_wall, l.index_cpu, static_cast<double>(n) / l.index_wall);
  }
  if (l.tokenizer_cpu >= 0) {
    std::printf(
        "  tokenizer (CjkTokenizer::Tokenize inside indexing): %.1f s CPU = %.1f %% of "
        "the load's CPU, %.0f MiB/s\n",
        l.tokenizer_cpu, 100.0 * l.tokenizer_cpu / cpu,
        static_cast<double>(l.text_bytes) / 1048576.0 / l.tokenizer_cpu);
  }
  std::printf(
      "  generating the documents (not counted): %.1f s CPU; on disk: %.0f MiB "
      "(%.1f × the %.0f MiB of text)\n",
      l.generate_cpu, static_cast<double>(l.disk_bytes) / 1048576.0,
      static_cast<double>(l.disk_bytes) / static_cast<double>(l.text_bytes),
      static_cast<double>(l.text_bytes) / 1048576.0);
  std::fflush(stdout);

  size_t count = std::min(limit, queries.size());
  for (size_t i = 0; i < std::min<size_t>(20, count); ++i) e.Run(queries[i], parsed[i]);  // warm-up
  std::printf("  queries (%zu, top 20 with snippets; load average %s):\n", count,
              LoadAverage().c_str());
  const double started = WallSeconds();
  for (size_t i = 0; i < count; ++i) {
    if (WallSeconds() - started > budget) {
      std::printf(
          "    budget of %.0f s spent: %zu of %zu queries ran (a prefix of the shuffled "
          "mix)\n",
          budget, i, count);
      count = i;
      break;
    }
    const double w = WallSeconds();
    run.outcomes.push_back(e.Run(queries[i], parsed[i]));
    run.ms.push_back((WallSeconds() - w) * 1e3);
  }
  PrintStatsLine("all", Of(run.ms));
  std::map<QueryKind, std::vector<double>> by_kind;
  for (size_t i = 0; i < count; ++i) by_kind[queries[i].kind].push_back(run.ms[i]);
  for (const auto& [kind, ms] : by_kind) PrintStatsLine(QueryKindName(kind), Of(ms));
  std::vector<size_t> order(count);
  for (size_t i = 0; i < count; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return run.ms[a] > run.ms[b]; });
  std::printf("    slowest:");
  for (size_t i = 0; i < std::min<size_t>(5, count); ++i) {
    const size_t k = order[i];
    std::printf(" %s %.1f ms (%s%" PRId64 ");", Describe(queries[k]).c_str(), run.ms[k],
                run.outcomes[k].total_estimated ? "~" : "", run.outcomes[k].total);
  }
  std::printf("\n");
  PrintMatches(run);

  run.worst_ms = MedianSeconds(5, [&] { run.worst = e.Run(worst, worst_parsed); }) * 1e3;
  std::printf("  worst query %s alone: %.1f ms (median of 5), %s%" PRId64 " matches\n",
              Describe(worst).c_str(), run.worst_ms, run.worst.total_estimated ? "~" : "",
              run.worst.total);
  std::fflush(stdout);
  e.Explain(worst, worst_parsed);

  for (const std::string& mode : variants) {
    if (e.VariantName().empty()) break;
    SetWhatIf(g_count_cap, g_rank_cap, mode == "hybrid");
    extra.emplace_back();
    EngineRun& variant = extra.back();
    variant.name = e.VariantName();
    variant.load = run.load;
    if (mode == "hybrid") {
      std::printf(
          "  what-if (%s): count capped at %d + 1; up to %d matches ranked as the store "
          "does, more: the newest 20 unranked; the same queries:\n",
          variant.name.c_str(), g_count_cap, g_count_cap);
    } else {
      std::printf(
          "  what-if (%s): count capped at %d + 1, bm25/ts_rank_cd over the newest %d "
          "matches only; the same queries:\n",
          variant.name.c_str(), g_count_cap, g_rank_cap);
    }
    const double began = WallSeconds();
    for (size_t i = 0; i < count && WallSeconds() - began <= budget; ++i) {
      const double w = WallSeconds();
      variant.outcomes.push_back(e.RunVariant(queries[i], parsed[i]));
      variant.ms.push_back((WallSeconds() - w) * 1e3);
    }
    if (variant.ms.size() < count) {
      std::printf("    budget of %.0f s spent: %zu of %zu queries ran\n", budget, variant.ms.size(),
                  count);
    }
    PrintStatsLine("all", Of(variant.ms));
    std::map<QueryKind, std::vector<double>> kinds;
    for (size_t i = 0; i < variant.ms.size(); ++i) kinds[queries[i].kind].push_back(variant.ms[i]);
    for (const auto& [kind, ms] : kinds) PrintStatsLine(QueryKindName(kind), Of(ms));
    PrintMatches(variant);
    variant.worst_ms =
        MedianSeconds(5, [&] { variant.worst = e.RunVariant(worst, worst_parsed); }) * 1e3;
    std::printf("  what-if worst query alone: %.1f ms (median of 5)\n", variant.worst_ms);
    std::fflush(stdout);
  }
  if (!rebuild) return;
  run.rebuild = e.Rebuild();
  const LoadStats& r = run.rebuild;
  if (r.docs == 0) return;
  const double rcpu = r.cpu + std::max(0.0, r.server_cpu);
  std::printf(
      "  PublicationStore::RebuildIndex (every document, one transaction): %.1f s wall, "
      "%.0f docs/s; CPU %.1f s here",
      r.wall, static_cast<double>(r.docs) / r.wall, r.cpu);
  if (r.server_cpu >= 0) std::printf(" + %.1f s in the server", r.server_cpu);
  std::printf(" = %.0f docs per CPU second; tokenizer %.1f %% of it\n",
              static_cast<double>(r.docs) / rcpu, 100.0 * r.tokenizer_cpu / rcpu);
  run.worst_after_rebuild_ms = MedianSeconds(5, [&] { e.Run(worst, worst_parsed); }) * 1e3;
  std::printf("  worst query after the rebuild: %.1f ms (median of 5)\n",
              run.worst_after_rebuild_ms);
  const double optimize = e.Optimize();
  if (optimize >= 0) {
    run.optimize_s = optimize;
    run.worst_after_optimize_ms = MedianSeconds(5, [&] { e.Run(worst, worst_parsed); }) * 1e3;
    std::printf(
        "  then FTS5 'optimize' (merges every segment, drops the deleted entries): "
        "%.1f s; worst query after it: %.1f ms (median of 5)\n",
        optimize, run.worst_after_optimize_ms);
  }
  std::fflush(stdout);
}

int64_t ParseCount(const std::string& s, const char* flag) {
  char* end = nullptr;
  const long long v = std::strtoll(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || v < 1)
    Fail(std::string(flag) + " wants a positive number: " + s);
  return v;
}

int Main(int argc, char** argv) {
  int64_t n = 0;
  std::string engines = "sqlite,postgres,xapian,like";
  const char* env_pg = std::getenv("GONGKAI_BENCH_PG");
  std::string pg = env_pg ? env_pg : "";
  int queries_n = 1000;
  size_t like_n = 100;
  int batch = 500;
  std::string dir;
  bool keep = false;
  std::string rebuild;  // engines to time RebuildIndex on
  double budget = 900;
  std::vector<std::string> variants;
  int64_t show = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Fail(a + " needs a value");
      return argv[++i];
    };
    if (a == "--docs") {
      n = ParseCount(value(), "--docs");
    } else if (a == "--engines") {
      engines = value();
    } else if (a == "--pg") {
      pg = value();
    } else if (a == "--queries") {
      queries_n = static_cast<int>(ParseCount(value(), "--queries"));
    } else if (a == "--like-queries") {
      like_n = static_cast<size_t>(ParseCount(value(), "--like-queries"));
    } else if (a == "--batch") {
      batch = static_cast<int>(ParseCount(value(), "--batch"));
    } else if (a == "--dir") {
      dir = value();
    } else if (a == "--keep") {
      keep = true;
    } else if (a == "--rebuild") {
      rebuild = value();
    } else if (a == "--show") {
      show = ParseCount(value(), "--show");
    } else if (a == "--variant") {
      std::string list = value() + ",";
      for (size_t at; (at = list.find(',')) != std::string::npos; list.erase(0, at + 1)) {
        const std::string v = list.substr(0, at);
        if (v != "capped" && v != "hybrid") Fail("--variant wants capped, hybrid or both: " + v);
        variants.push_back(v);
      }
    } else if (a == "--count-cap") {
      g_count_cap = static_cast<int>(ParseCount(value(), "--count-cap"));
    } else if (a == "--rank-cap") {
      g_rank_cap = static_cast<int>(ParseCount(value(), "--rank-cap"));
    } else if (a == "--budget") {
      budget = static_cast<double>(ParseCount(value(), "--budget"));
    } else {
      Fail(
          "usage: search_bench --docs N [--engines sqlite,postgres,xapian,like] [--pg URL] "
          "[--queries Q] [--like-queries L] [--budget S] [--batch B] [--dir DIR] [--rebuild "
          "sqlite,postgres] "
          "[--variant capped,hybrid] [--count-cap C] [--rank-cap R] [--keep] | --show K");
    }
  }
  if (show > 0) {  // print one document and stop
    const SearchCorpus corpus;
    const CorpusDoc d = corpus.Doc(show);
    std::printf("%s\n%s | %s | %s | %s | %s | 第二十条第%d项 | %s\n关键词：%s\n%s\n(%" PRId64
                " characters)\n",
                d.title.c_str(), corpus.Agencies()[static_cast<size_t>(d.agency)].c_str(),
                domain::PublicationKindLabel(d.kind), domain::ValidityLabel(d.validity),
                d.published_on.ToString().c_str(), d.doc_no.c_str(), d.article20_item,
                d.topic.c_str(), d.keywords.c_str(), d.body.c_str(), d.body_chars);
    return 0;
  }
  if (n == 0) Fail("--docs N is required");
  bool made_dir = false;
  if (dir.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/gongkai-search-bench-" +
          std::to_string(getpid());
  }
  std::error_code ec;
  made_dir = std::filesystem::create_directories(dir, ec);

  std::printf("search_bench: %" PRId64 " documents; %s, %ld CPUs, load average %s; data in %s\n", n,
              CpuModel().c_str(), sysconf(_SC_NPROCESSORS_ONLN), LoadAverage().c_str(),
              dir.c_str());
  const std::unique_ptr<search::CjkTokenizer> tok =
      Must(search::CjkTokenizer::Create(), "tokenizer");
  const SearchCorpus corpus;
  const int64_t sample = std::min<int64_t>(n, 2000);
  double t = WallSeconds();
  const std::vector<CorpusQuery> queries = corpus.Queries(queries_n, sample, 20241203);
  std::vector<service::TextQuery> parsed;
  for (const CorpusQuery& q : queries) parsed.push_back(tok->ParseQuery(q.text));
  int64_t sample_tokens = 0;
  const auto bigrams = CommonBigrams(corpus, *tok, sample, sample_tokens);
  std::printf("vocabulary %zu words; %d queries from the word counts of documents 1…%" PRId64
              " (%.1f s), e.g.",
              corpus.VocabularySize(), queries_n, sample, WallSeconds() - t);
  for (size_t i = 0; i < std::min<size_t>(12, queries.size()); ++i) {
    std::printf(" %s", Describe(queries[i]).c_str());
  }
  {
    // How Zipf-like the words are: the slope of log(count) over log(rank).
    const std::vector<double> counts = corpus.WordCounts(sample);
    std::vector<std::pair<double, uint32_t>> ranked;
    for (uint32_t id = 0; id < counts.size(); ++id) {
      if (counts[id] > 0) ranked.emplace_back(counts[id], id);
    }
    std::sort(ranked.rbegin(), ranked.rend());
    auto slope = [&](size_t from, size_t to) {  // ranks from…to, 1-based
      double sx = 0, sy = 0, sxx = 0, sxy = 0, m = 0;
      for (size_t r = from; r <= std::min(to, ranked.size()); ++r, ++m) {
        const double x = std::log(static_cast<double>(r)), y = std::log(ranked[r - 1].first);
        sx += x, sy += y, sxx += x * x, sxy += x * y;
      }
      return (m * sxy - sx * sy) / (m * sxx - sx * sx);
    };
    std::printf("\nwords used in documents 1…%" PRId64
                ": %zu distinct; slope of log(count) "
                "over log(rank) (Zipf s = 1: −1): ranks 1–100 %.2f, 100–1,000 %.2f, "
                "1,000–5,000 %.2f; the most used:",
                sample, ranked.size(), slope(1, 100), slope(100, 1000), slope(1000, 5000));
    for (size_t r = 0; r < std::min<size_t>(10, ranked.size()); ++r) {
      std::printf(" %s", corpus.Word(ranked[r].second).c_str());
    }
  }
  std::printf(
      "\nindex tokens per document (title, keywords, body): %.0f on average over "
      "documents 1…%" PRId64,
      static_cast<double>(sample_tokens) / static_cast<double>(sample), sample);
  std::printf("\nmost common bigrams (share of documents 1…%" PRId64 " containing them):", sample);
  for (const auto& [term, df] : bigrams) {
    std::printf(" %s %.1f %%", term.c_str(),
                100.0 * static_cast<double>(df) / static_cast<double>(sample));
  }
  std::printf("\n");
  if (bigrams.empty()) Fail("no bigrams in the sample");
  CorpusQuery worst;
  worst.kind = QueryKind::kTwoChar;
  worst.text = bigrams[0].first;
  const service::TextQuery worst_parsed = tok->ParseQuery(worst.text);

  std::vector<EngineRun> runs;
  std::string rest = engines;
  while (!rest.empty()) {
    const std::string name = rest.substr(0, rest.find(','));
    rest = rest.find(',') == std::string::npos ? "" : rest.substr(rest.find(',') + 1);
    std::unique_ptr<SearchEngine> e;
    size_t limit = queries.size();
    if (name == "sqlite") {
      e = NewSqliteStoreEngine(dir, n, *tok);
    } else if (name == "postgres" || name == "pg") {
      if (pg.empty()) {
        std::printf(
            "\nPostgreSQL skipped: give --pg URL or set GONGKAI_BENCH_PG (e.g. what "
            "`tools/pg-test-server start DIR` prints)\n");
        continue;
      }
      e = NewPgStoreEngine(pg, n, *tok);
    } else if (name == "xapian") {
      e = NewXapianEngine(dir, n, *tok);
    } else if (name == "like") {
      e = NewLikeEngine(dir, n, *tok);
      limit = like_n;
    } else {
      Fail("unknown engine " + name + " (sqlite, postgres, xapian, like)");
    }
    EngineRun run;
    std::vector<EngineRun> extra;
    const bool rebuild_this = ("," + rebuild + ",").find("," + name + ",") != std::string::npos ||
                              (name == "pg" && rebuild.find("postgres") != std::string::npos);
    RunEngine(*e, corpus, n, batch, queries, parsed, limit, worst, worst_parsed, rebuild_this,
              budget, variants, run, extra);
    runs.push_back(std::move(run));
    for (EngineRun& v : extra) runs.push_back(std::move(v));
    if (!keep) e->Drop();
  }
  if (made_dir && !keep) std::filesystem::remove(dir, ec);

  // ---- summary ----
  const LoadStats& any = runs.empty() ? LoadStats{} : runs[0].load;
  std::printf("\n== summary: %" PRId64
              " documents, body %.0f characters on average, %.0f MiB "
              "of text; load average %s ==\n",
              n, static_cast<double>(any.body_chars) / static_cast<double>(std::max<int64_t>(1, n)),
              static_cast<double>(any.text_bytes) / 1048576.0, LoadAverage().c_str());
  std::printf("%-18s %10s %12s %8s %9s %8s %8s %8s %9s %11s\n", "engine", "docs/s", "docs/CPU-s",
              "tok. %", "disk MiB", "p50 ms", "p90 ms", "p99 ms", "max ms", "worst ms");
  for (const EngineRun& r : runs) {
    const Stats s = Of(r.ms);
    const double cpu = r.load.cpu + std::max(0.0, r.load.server_cpu);
    char tokp[16] = "-";
    if (r.load.tokenizer_cpu >= 0)
      std::snprintf(tokp, sizeof tokp, "%.1f", 100 * r.load.tokenizer_cpu / cpu);
    std::printf("%-18s %10.0f %12.0f %8s %9.0f %8.2f %8.2f %8.2f %9.1f %11.1f%s\n", r.name.c_str(),
                static_cast<double>(n) / r.load.wall, static_cast<double>(n) / cpu, tokp,
                static_cast<double>(r.load.disk_bytes) / 1048576.0, s.p50, s.p90, s.p99, s.max,
                r.worst_ms, r.ms.size() < queries.size() ? " (first queries only)" : "");
  }
  const EngineRun* like = nullptr;
  const EngineRun* fts = nullptr;
  const EngineRun* xapian = nullptr;
  for (const EngineRun& r : runs) {
    if (r.name.rfind("LIKE", 0) == 0) like = &r;
    if (r.name == "SQLite FTS5") fts = &r;
    if (r.name.rfind("Xapian", 0) == 0) xapian = &r;
  }
  if (like) {
    const size_t k = like->ms.size();
    const Stats base = Of(like->ms);
    std::printf(
        "ratios to the LIKE floor on the first %zu queries (engine ÷ LIKE; < 1 is "
        "faster):\n",
        k);
    for (const EngineRun& r : runs) {
      if (&r == like) continue;
      const Stats s = Of(std::vector<double>(
          r.ms.begin(), r.ms.begin() + static_cast<long>(std::min(k, r.ms.size()))));
      std::printf(
          "  %-18s p50 %.3f  p99 %.3f  max %.3f   (LIKE: p50 %.1f, p99 %.1f, max %.1f ms)\n",
          r.name.c_str(), s.p50 / base.p50, s.p99 / base.p99, s.max / base.max, base.p50, base.p99,
          base.max);
    }
  }
  if (fts && xapian) {
    const Stats a = Of(fts->ms), b = Of(xapian->ms);
    std::printf(
        "SQLite FTS5 ÷ Xapian: p50 %.2f, p99 %.2f, worst query %.2f; docs per CPU second "
        "%.2f; disk %.2f\n",
        a.p50 / b.p50, a.p99 / b.p99, fts->worst_ms / xapian->worst_ms,
        xapian->load.cpu / fts->load.cpu,
        static_cast<double>(fts->load.disk_bytes) / static_cast<double>(xapian->load.disk_bytes));
  }
  for (const EngineRun& r : runs) {
    if (r.rebuild.docs == 0) continue;
    const double cpu = r.rebuild.cpu + std::max(0.0, r.rebuild.server_cpu);
    std::printf(
        "%-18s RebuildIndex: %.0f docs/s, %.0f docs per CPU second; worst query after "
        "it %.1f ms",
        r.name.c_str(), static_cast<double>(r.rebuild.docs) / r.rebuild.wall,
        static_cast<double>(r.rebuild.docs) / cpu, r.worst_after_rebuild_ms);
    if (r.optimize_s >= 0) {
      std::printf(" (then 'optimize' %.1f s: %.1f ms)", r.optimize_s, r.worst_after_optimize_ms);
    }
    std::printf("\n");
  }
  std::printf("goals (≥ 5,000 docs per CPU second; p50 < 10 ms; p99 < 50 ms):\n");
  for (const EngineRun& r : runs) {
    const Stats s = Of(r.ms);
    const double per_cpu = static_cast<double>(n) / (r.load.cpu + std::max(0.0, r.load.server_cpu));
    std::printf("  %-18s indexing %s, p50 %s, p99 %s\n", r.name.c_str(),
                per_cpu >= 5000 ? "met" : "NOT met", s.p50 < 10 ? "met" : "NOT met",
                s.p99 < 50 ? "met" : "NOT met");
  }
  return 0;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) { return gongkai::bench::Main(argc, argv); }
