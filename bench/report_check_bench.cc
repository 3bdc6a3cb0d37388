// Reports checked per second (read + assemble + every rule) for text, HTML,
// DOCX and PDF inputs, each beside a baseline run in the same process: the
// least work any reader of that format must do (scan the text; unzip
// word/document.xml; let poppler lay out the words of every page). The ratio
// ours/baseline is what docs/performance.md reports.
//
//   build/bench/report_check_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <cstring>
#include <map>
#include <fstream>
#include <sstream>

#include "formats/report_io.h"
#include "formats/zip_archive.h"
#include "report/check.h"
#include "report/sample_report.h"

namespace gongkai {
namespace {

// One sample report (a city with about 3,000 applications) in every input
// format, rendered by gongkai's own writers.
const std::string& Rendered(formats::OutputFormat f) {
  static std::map<formats::OutputFormat, std::string> cache;
  auto it = cache.find(f);
  if (it == cache.end()) {
    report::SampleOptions o;
    o.applications = 3000;
    const report::AnnualReport r = report::MakeSampleReport(2025, o);
    it = cache.emplace(f, formats::WriteReport(r, f).value()).first;
  }
  return it->second;
}

void CheckOnce(benchmark::State& state, const std::string& bytes, const char* name) {
  for (auto _ : state) {
    Result<formats::ReadResult> read = formats::ReadReport(bytes, name);
    if (!read.ok()) {
      state.SkipWithError(read.status().message().c_str());
      return;
    }
    std::vector<report::Finding> f = report::CheckReport(read->report, nullptr, {});
    benchmark::DoNotOptimize(f);
  }
  state.counters["reports_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_CheckText(benchmark::State& s) { CheckOnce(s, Rendered(formats::OutputFormat::kMarkdown), "r.md"); }
void BM_CheckHtml(benchmark::State& s) { CheckOnce(s, Rendered(formats::OutputFormat::kHtml), "r.html"); }
void BM_CheckDocx(benchmark::State& s) { CheckOnce(s, Rendered(formats::OutputFormat::kDocx), "r.docx"); }
void BM_CheckPdf(benchmark::State& s) { CheckOnce(s, Rendered(formats::OutputFormat::kPdf), "r.pdf"); }

// The published Kashgar text, when ../shared is beside the clone.
void BM_CheckKashgarText(benchmark::State& s) {
  std::ifstream in(std::string(GONGKAI_SHARED_DIR) + "/examples/kashgar-2023.txt");
  if (!in) {
    s.SkipWithError("../shared/examples/kashgar-2023.txt absent");
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  CheckOnce(s, ss.str(), "kashgar-2023.txt");
}

// Baselines.
void BM_BaselineTextScan(benchmark::State& state) {
  const std::string& bytes = Rendered(formats::OutputFormat::kMarkdown);
  for (auto _ : state) {
    // Split into lines and copy each, as any line reader does.
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < bytes.size()) {
      const void* nl = std::memchr(bytes.data() + start, '\n', bytes.size() - start);
      const size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - bytes.data())
                            : bytes.size();
      lines.emplace_back(bytes, start, end - start);
      start = end + 1;
    }
    benchmark::DoNotOptimize(lines);
  }
}

void BM_BaselineHtmlScan(benchmark::State& state) {
  const std::string& bytes = Rendered(formats::OutputFormat::kHtml);
  for (auto _ : state) {
    std::vector<std::string> tags;
    for (size_t i = bytes.find('<'); i != std::string::npos; i = bytes.find('<', i + 1)) {
      tags.emplace_back(bytes, i, std::min<size_t>(8, bytes.size() - i));
    }
    benchmark::DoNotOptimize(tags);
  }
}

void BM_BaselineDocxUnzip(benchmark::State& state) {
  const std::string& bytes = Rendered(formats::OutputFormat::kDocx);
  for (auto _ : state) {
    auto zip = formats::ZipReader::Open(bytes);
    auto xml = zip->Read("word/document.xml");
    benchmark::DoNotOptimize(xml);
  }
}

void BM_BaselinePopplerTextBoxes(benchmark::State& state) {
  const std::string& bytes = Rendered(formats::OutputFormat::kPdf);
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  for (auto _ : state) {
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    size_t boxes = 0;
    for (int p = 0; p < doc->pages(); ++p) {
      std::unique_ptr<poppler::page> page(doc->create_page(p));
      boxes += page->text_list().size();
    }
    benchmark::DoNotOptimize(boxes);
  }
}

BENCHMARK(BM_BaselineTextScan);
BENCHMARK(BM_CheckText);
BENCHMARK(BM_CheckKashgarText);
BENCHMARK(BM_BaselineHtmlScan);
BENCHMARK(BM_CheckHtml);
BENCHMARK(BM_BaselineDocxUnzip);
BENCHMARK(BM_CheckDocx);
BENCHMARK(BM_BaselinePopplerTextBoxes);
BENCHMARK(BM_CheckPdf);

}  // namespace
}  // namespace gongkai

BENCHMARK_MAIN();
