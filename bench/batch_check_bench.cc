// Reports checked per second by the batch audit (`report check FOLDER`,
// app::RunBatch: read, pair the years, check, format the output) on 1 and on
// 2 worker threads in the same process, and the ratio. The reports are made
// with gongkai's own writers (report::MakeSampleReport, formats::WriteReport)
// into a scratch folder in $TMPDIR, in turn text, Markdown, HTML, DOCX, PDF,
// XLSX and JSON, for agencies with two consecutive years each (so half of
// them are paired). Each configuration runs `--runs` times; the best run is
// reported (the machine's two cores are shared).
//
//   build/bench/batch_check_bench [--reports 1000] [--jobs 1,2] [--runs 3] [--keep]
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/report_batch.h"
#include "formats/report_io.h"
#include "report/sample_report.h"

namespace gongkai::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "batch_check_bench: %s\n", what.c_str());
  std::exit(1);
}

struct Args {
  int reports = 1000;
  std::vector<unsigned> jobs = {1, 2};
  int runs = 3;
  bool keep = false;
};

Args Parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Die(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--reports") {
      a.reports = std::atoi(value().c_str());
    } else if (arg == "--runs") {
      a.runs = std::atoi(value().c_str());
    } else if (arg == "--jobs") {
      a.jobs.clear();
      std::stringstream ss(value());
      for (std::string part; std::getline(ss, part, ',');) {
        a.jobs.push_back(static_cast<unsigned>(std::atoi(part.c_str())));
      }
    } else if (arg == "--keep") {
      a.keep = true;
    } else {
      Die("unknown argument " + arg);
    }
  }
  if (a.reports < 1 || a.runs < 1 || a.jobs.empty()) Die("bad arguments");
  for (unsigned j : a.jobs) {
    if (j < 1) Die("--jobs must be positive");
  }
  return a;
}

struct Kind {
  formats::OutputFormat format;
  const char* extension;
};

// Text is the Markdown writer's output saved as .txt (read as plain text).
constexpr Kind kKinds[] = {
    {formats::OutputFormat::kMarkdown, "txt"}, {formats::OutputFormat::kMarkdown, "md"},
    {formats::OutputFormat::kHtml, "html"},    {formats::OutputFormat::kDocx, "docx"},
    {formats::OutputFormat::kPdf, "pdf"},      {formats::OutputFormat::kXlsx, "xlsx"},
    {formats::OutputFormat::kJson, "json"},
};

std::string MakeFolder() {
  std::string pattern = (fs::temp_directory_path() / "gongkai-batch-bench-XXXXXX").string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  if (mkdtemp(buf.data()) == nullptr) Die("cannot create a folder in $TMPDIR");
  return buf.data();
}

// Writes `n` reports, the formats in turn.
void Generate(const std::string& folder, int n) {
  const auto start = Clock::now();
  for (int i = 0; i < n; ++i) {
    const Kind& kind = kKinds[static_cast<size_t>(i) % std::size(kKinds)];
    report::SampleOptions o;
    o.agency = "样本" + std::to_string(i / 2) + "市人民政府";
    o.year = 2024 + i % 2;
    const report::AnnualReport r = report::MakeSampleReport(static_cast<uint64_t>(i + 1), o);
    Result<std::string> bytes = formats::WriteReport(r, kind.format);
    if (!bytes.ok()) Die("writing a sample failed: " + bytes.status().message());
    char name[64];
    std::snprintf(name, sizeof name, "r%05d.%s", i, kind.extension);
    std::ofstream(fs::path(folder) / name, std::ios::binary) << *bytes;
  }
  std::printf("generated %d reports in %.1f s (%s)\n", n,
              std::chrono::duration<double>(Clock::now() - start).count(), folder.c_str());
}

struct Usage {
  double cpu = 0;    // user + system seconds of the whole process
  long waits = 0;    // voluntary context switches: blocking (locks, I/O)
};

Usage Now() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return {static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
              static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6,
          u.ru_nvcsw};
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one.empty() ? "?" : one;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) {
  using namespace gongkai;
  using namespace gongkai::bench;
  const Args args = Parse(argc, argv);
  const std::string folder = MakeFolder();
  Generate(folder, args.reports);
  const auto listed = Clock::now();
  const std::vector<app::BatchInput> inputs = app::CollectReportPaths({folder}, false);
  std::printf("listed %zu files in %.1f ms\n", inputs.size(),
              std::chrono::duration<double, std::milli>(Clock::now() - listed).count());
  if (inputs.size() != static_cast<size_t>(args.reports)) Die("collected a different count");

  std::vector<double> rates;
  std::string reference;  // the outputs of the first run: every run must equal it
  for (unsigned jobs : args.jobs) {
    double best = 0;
    for (int run = 0; run < args.runs; ++run) {
      app::BatchOptions options;
      options.jobs = jobs;
      const std::string load = LoadAverage();
      const Usage before = Now();
      const auto start = Clock::now();
      const std::vector<app::BatchFileResult> results = app::RunBatch(inputs, options);
      const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      const Usage after = Now();
      size_t unread = 0;
      size_t paired = 0;
      std::string all;
      for (const app::BatchFileResult& r : results) {
        unread += r.output.read ? 0 : 1;
        paired += r.previous_path.empty() ? 0 : 1;
        all += r.output.text;
      }
      if (reference.empty()) reference = all;
      if (all != reference) Die("the output differs between runs");
      const double rate = static_cast<double>(results.size()) / seconds;
      // CPU ÷ wall is the parallelism achieved (2.0 at best on 2 cores);
      // voluntary switches count the times a thread blocked.
      std::printf("jobs %u run %d: %zu reports in %.2f s = %.0f reports/s, CPU %.2f s (÷ wall %.2f), "
                  "%ld voluntary switches (%zu paired, %zu unreadable, load %s)\n",
                  jobs, run + 1, results.size(), seconds, rate, after.cpu - before.cpu,
                  (after.cpu - before.cpu) / seconds, after.waits - before.waits, paired, unread,
                  load.c_str());
      best = std::max(best, rate);
    }
    rates.push_back(best);
  }
  std::printf("\n| jobs | reports/s (best of %d) | ÷ 1 job |\n|---|---|---|\n", args.runs);
  for (size_t i = 0; i < rates.size(); ++i) {
    std::printf("| %u | %.0f | %.2f |\n", args.jobs[i], rates[i], rates[i] / rates[0]);
  }
  if (!args.keep) {
    std::error_code ec;
    fs::remove_all(folder, ec);
  }
  return 0;
}
