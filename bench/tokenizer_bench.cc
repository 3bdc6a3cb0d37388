// The search tokenizer (search::CjkTokenizer) over generated ~3 KB Chinese
// documents: tokens/s and MB/s for simplified text, a mix with 10 %
// traditional documents, and all-traditional text (made from the same
// documents by OpenCC's s2t.json), beside a baseline in the same process: a
// plain UTF-8 decode loop (core/utf8 Next) over the same bytes; for
// reference OpenCC's t2s conversion of the same bytes. Also ParseQuery,
// MakeSnippet and Create. docs/performance.md reports the ratios.
//
//   build-search/bench/tokenizer_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <SimpleConverter.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "search/cjk_tokenizer.h"
#include "search/snippet.h"

namespace gongkai {
namespace {

constexpr size_t kDocuments = 256;
constexpr size_t kDocumentBytes = 3000;

const search::CjkTokenizer& Tokenizer() {
  static const std::unique_ptr<search::CjkTokenizer> t = search::CjkTokenizer::Create().value();
  return *t;
}

// Documents of sentences like those the platform publishes, with numbers,
// 文号, Latin words and full-width punctuation.
std::vector<std::string> MakeSimplified() {
  const std::vector<std::string> parts = {
      "根据《中华人民共和国政府信息公开条例》第二十条的规定，",
      "本机关主动公开了机构设置、职能、办事程序等机构信息，",
      "2024年度共收到政府信息公开申请1,234件，",
      "其中当面申请56件、网络申请890件、信函申请288件。",
      "按照国办发〔2019〕5号文件要求，",
      "我局认真做好行政规范性文件的制定、清理和公开工作，",
      "依申请公开答复书已通过电子邮件（PDF格式）送达申请人。",
      "收取信息处理费0元，行政复议3件，行政诉讼1件。",
      "下一步，我们将进一步加强政务公开标准化规范化建设，",
      "依照GB/T 11643-2019标准核验居民身份号码，",
      "持续推进决策、执行、管理、服务、结果公开，",
      "切实保障人民群众的知情权、参与权、表达权和监督权。",
      "财政预算、决算和“三公”经费信息按时在门户网站公开；",
      "二〇二四年三月十五日，市人民政府办公室印发通知。",
      "咨询电话：０１０－１２３４５６７８，网址ｗｗｗ．ｇｏｖ．ｃｎ。",
  };
  std::mt19937 rng(2024);
  std::vector<std::string> docs(kDocuments);
  for (std::string& doc : docs) {
    while (doc.size() < kDocumentBytes) {
      doc += parts[rng() % parts.size()];
      if (rng() % 6 == 0) doc += "\n";
    }
  }
  return docs;
}

struct Corpus {
  std::vector<std::string> docs;
  size_t bytes = 0;
};

// kind: 0 simplified, 1 every tenth document traditional, 2 all traditional.
const Corpus& Documents(int kind) {
  static const std::vector<Corpus> corpora = [] {
    const std::vector<std::string> simplified = MakeSimplified();
    const opencc::SimpleConverter s2t("/usr/share/opencc/s2t.json");
    std::vector<Corpus> c(3);
    for (size_t i = 0; i < simplified.size(); ++i) {
      const std::string traditional = s2t.Convert(simplified[i]);
      c[0].docs.push_back(simplified[i]);
      c[1].docs.push_back(i % 10 == 0 ? traditional : simplified[i]);
      c[2].docs.push_back(traditional);
    }
    for (Corpus& k : c) {
      for (const std::string& d : k.docs) k.bytes += d.size();
    }
    return c;
  }();
  return corpora[static_cast<size_t>(kind)];
}

void Report(benchmark::State& state, const Corpus& corpus, size_t tokens) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.docs.size()), benchmark::Counter::kIsRate);
  state.counters["tokens_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * tokens), benchmark::Counter::kIsRate);
}

void BM_Tokenize(benchmark::State& state) {
  const Corpus& corpus = Documents(static_cast<int>(state.range(0)));
  size_t tokens = 0;
  for (const std::string& d : corpus.docs) tokens += Tokenizer().Tokenize(d).size();
  for (auto _ : state) {
    for (const std::string& d : corpus.docs) {
      std::vector<service::TextToken> t = Tokenizer().Tokenize(d);
      benchmark::DoNotOptimize(t.data());
    }
  }
  Report(state, corpus, tokens);
}
BENCHMARK(BM_Tokenize)->ArgName("traditional")->Arg(0)->Arg(1)->Arg(2);

// Baseline: decode every code point of the same documents.
void BM_BaselineUtf8Decode(benchmark::State& state) {
  const Corpus& corpus = Documents(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    for (const std::string& d : corpus.docs) {
      uint32_t sum = 0;
      size_t pos = 0;
      while (pos < d.size()) sum += static_cast<uint32_t>(utf8::Next(d, pos));
      benchmark::DoNotOptimize(sum);
    }
  }
  Report(state, corpus, 0);
}
BENCHMARK(BM_BaselineUtf8Decode)->ArgName("traditional")->Arg(0)->Arg(2);

// Reference: OpenCC's own t2s conversion of the same documents, which the
// tokenizer replaces by a table built once (search/han_simplifier.h).
void BM_OpenCcT2s(benchmark::State& state) {
  const Corpus& corpus = Documents(static_cast<int>(state.range(0)));
  const opencc::SimpleConverter t2s("/usr/share/opencc/t2s.json");
  for (auto _ : state) {
    for (const std::string& d : corpus.docs) {
      std::string s = t2s.Convert(d);
      benchmark::DoNotOptimize(s.data());
    }
  }
  Report(state, corpus, 0);
}
BENCHMARK(BM_OpenCcT2s)->ArgName("traditional")->Arg(0)->Arg(2);

void BM_ParseQuery(benchmark::State& state) {
  const std::vector<std::string> queries = {"公开", "税", "2024年度 报告", "“政府信息公开”", "GB11643",
                                            "依申请公开 答复 信息处理费"};
  for (auto _ : state) {
    for (const std::string& q : queries) {
      service::TextQuery parsed = Tokenizer().ParseQuery(q);
      benchmark::DoNotOptimize(parsed.phrases.data());
    }
  }
  state.counters["queries_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * queries.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseQuery);

void BM_MakeSnippet(benchmark::State& state) {
  const Corpus& corpus = Documents(1);
  const service::TextQuery query = Tokenizer().ParseQuery("行政复议 公开");
  for (auto _ : state) {
    for (size_t i = 0; i < 10; ++i) {
      std::vector<search::SnippetPart> parts = search::MakeSnippet(corpus.docs[i], query, Tokenizer());
      benchmark::DoNotOptimize(parts.data());
    }
  }
  state.counters["snippets_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * 10), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MakeSnippet);

// Create: load t2s.json and build the character table.
void BM_Create(benchmark::State& state) {
  size_t convertible = 0;
  for (auto _ : state) {
    Result<std::unique_ptr<search::CjkTokenizer>> t = search::CjkTokenizer::Create();
    if (!t.ok()) {
      state.SkipWithError(t.status().message().c_str());
      return;
    }
    convertible = (*t)->ConvertibleCount();
  }
  state.counters["convertible"] = static_cast<double>(convertible);
}
BENCHMARK(BM_Create)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace gongkai

BENCHMARK_MAIN();
