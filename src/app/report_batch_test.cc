#include "app/report_batch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "formats/report_io.h"
#include "report/sample_report.h"

namespace gongkai::app {
namespace {

namespace fs = std::filesystem;

// A scratch folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "gongkai-batch-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    path_ = mkdtemp(buf.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Put(const std::string& rel, const std::string& content = "x") const {
    const fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string operator/(const std::string& rel) const { return (path_ / rel).string(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::vector<std::string> Paths(const std::vector<BatchInput>& inputs) {
  std::vector<std::string> out;
  for (const BatchInput& in : inputs) out.push_back(in.path);
  return out;
}

TEST(ReportBatch, ReportExtensionsAnyCase) {
  for (const char* name : {"a.txt", "a.md", "a.markdown", "a.htm", "a.html", "a.docx", "a.pdf",
                           "a.xlsx", "a.json", "A.PDF", "报告.DocX"}) {
    EXPECT_TRUE(HasReportExtension(name)) << name;
  }
  for (const char* name : {"a.doc", "a.xls", "a.csv", "pdf", "a.pdf.bak", "a", "a."}) {
    EXPECT_FALSE(HasReportExtension(name)) << name;
  }
}

TEST(ReportBatch, CollectsSortedReportFilesSkippingHiddenAndLockFiles) {
  TempDir d;
  d.Put("b.pdf");
  d.Put("a.docx");
  d.Put("C.JSON");
  d.Put("notes.doc");
  d.Put(".hidden.pdf");
  d.Put("~$a.docx");
  d.Put("sub/c.html");
  d.Put(".git/x.md");
  const std::vector<BatchInput> flat = CollectReportPaths({d.path().string()}, false);
  EXPECT_EQ(Paths(flat), (std::vector<std::string>{d / "C.JSON", d / "a.docx", d / "b.pdf"}));
  for (const BatchInput& in : flat) EXPECT_FALSE(in.error);
  const std::vector<BatchInput> deep = CollectReportPaths({d.path().string()}, true);
  EXPECT_EQ(Paths(deep),
            (std::vector<std::string>{d / "C.JSON", d / "a.docx", d / "b.pdf", d / "sub/c.html"}));
}

TEST(ReportBatch, FoldersInTheOrderGivenFilesAsTheyAre) {
  TempDir d;
  d.Put("z/1.txt");
  d.Put("a/2.txt");
  const std::string odd = d.Put("report.bin");
  const std::vector<BatchInput> got =
      CollectReportPaths({d / "z", odd, d / "a", d / "missing.pdf"}, false);
  EXPECT_EQ(Paths(got), (std::vector<std::string>{d / "z/1.txt", odd, d / "a/2.txt",
                                                  d / "missing.pdf"}));
  for (const BatchInput& in : got) EXPECT_FALSE(in.error) << in.path;  // read (and refused) later
}

TEST(ReportBatch, AFolderWithoutReportsIsAnError) {
  TempDir d;
  d.Put("sub/a.pdf");
  d.Put("readme.doc");
  const std::vector<BatchInput> flat = CollectReportPaths({d.path().string()}, false);
  ASSERT_EQ(flat.size(), 1u);
  ASSERT_TRUE(flat[0].error);
  EXPECT_NE(flat[0].error->message().find("中没有可核对的年度报告文件"), std::string::npos);
  EXPECT_NE(flat[0].error->message().find("--recursive"), std::string::npos);
  EXPECT_EQ(CollectReportPaths({d.path().string()}, true).size(), 1u);
}

TEST(ReportBatch, DirectorySymlinkLoopsAreNotFollowed) {
  TempDir d;
  d.Put("a/r.md");
  fs::create_directory_symlink(d.path(), d.path() / "a" / "loop");
  fs::create_symlink(d.path() / "a" / "r.md", d.path() / "a" / "link.md");
  const std::vector<BatchInput> got = CollectReportPaths({d.path().string()}, true);
  EXPECT_EQ(Paths(got), (std::vector<std::string>{d / "a/link.md", d / "a/r.md"}));
}

TEST(ReportBatch, AgencyKeyDropsWhiteSpace) {
  EXPECT_EQ(AgencyKey(" 青山市 人民政府\u3000"), "青山市人民政府");
  EXPECT_EQ(AgencyKey("青山市人民政府"), AgencyKey("青山市\t人民政府"));
}

TEST(ReportBatch, PairsConsecutiveYearsOfTheSameAgency) {
  const std::vector<PairingKey> keys = {
      {"甲", 2024}, {"甲", 2025}, {"乙", 2023}, {"乙", 2025}, {"甲", 2022}, {"", 2024}, {"丙", 0}};
  const std::vector<std::string> paths = {"a", "b", "c", "d", "e", "f", "g"};
  const std::vector<Pairing> p = PairYears(keys, paths);
  ASSERT_EQ(p.size(), keys.size());
  EXPECT_EQ(p[1].previous, 0u);  // 甲 2025 ← 甲 2024
  EXPECT_FALSE(p[0].previous);   // 甲 2023 absent (2022 is not the year before)
  EXPECT_FALSE(p[3].previous);   // 乙 2024 absent
  EXPECT_FALSE(p[2].previous);
  EXPECT_FALSE(p[4].previous);
  EXPECT_FALSE(p[5].previous);
  for (const Pairing& x : p) EXPECT_TRUE(x.notes.empty());
}

TEST(ReportBatch, DifferentAgenciesAreNotPaired) {
  const std::vector<Pairing> p = PairYears({{"甲", 2024}, {"乙", 2025}}, {"a", "b"});
  EXPECT_FALSE(p[0].previous);
  EXPECT_FALSE(p[1].previous);
}

TEST(ReportBatch, DuplicatesAreNeitherPairedNorUsedAsTheYearBefore) {
  const std::vector<PairingKey> keys = {{"甲", 2024}, {"甲", 2025}, {"甲", 2025}, {"甲", 2026}};
  const std::vector<Pairing> p = PairYears(keys, {"a", "b", "c", "d"});
  EXPECT_FALSE(p[1].previous);
  EXPECT_FALSE(p[2].previous);
  EXPECT_FALSE(p[3].previous);
  ASSERT_EQ(p[1].notes.size(), 1u);
  EXPECT_EQ(p[1].notes[0], "同一机关同一年度有多份报告（b、c），未自动配对上一年度报告。");
  EXPECT_EQ(p[2].notes, p[1].notes);
  ASSERT_EQ(p[3].notes.size(), 1u);
  EXPECT_NE(p[3].notes[0].find("上一年度（2025年）有多份报告（b、c）"), std::string::npos);
  EXPECT_TRUE(p[0].notes.empty());
}

TEST(ReportBatch, DuplicatesWithoutNeighbourYearsNeedNoNote) {
  // Two versions of one report and nothing to pair them with: as if checked
  // one by one (report_check_cells_test.py relies on it).
  const std::vector<Pairing> p = PairYears({{"甲", 2025}, {"甲", 2025}, {"甲", 2023}}, {"a", "b", "c"});
  for (const Pairing& x : p) {
    EXPECT_FALSE(x.previous);
    EXPECT_TRUE(x.notes.empty());
  }
  const std::vector<Pairing> q = PairYears({{"甲", 2025}, {"甲", 2025}, {"甲", 2024}}, {"a", "b", "c"});
  EXPECT_EQ(q[0].notes.size(), 1u);  // 2024 would have been their year before
  EXPECT_FALSE(q[0].previous);
  EXPECT_TRUE(q[2].notes.empty());
}

// Sample reports on disk, for RunBatch.
std::string WriteSample(const TempDir& d, const std::string& name, uint64_t seed, int year,
                        const std::string& agency) {
  report::SampleOptions o;
  o.agency = agency;
  o.year = year;
  const report::AnnualReport r = report::MakeSampleReport(seed, o);
  const formats::OutputFormat f =
      name.ends_with(".md") ? formats::OutputFormat::kMarkdown : formats::OutputFormat::kJson;
  return d.Put(name, formats::WriteReport(r, f).value());
}

bool HasRule(const BatchFileResult& r, const std::string& rule) {
  return std::any_of(r.findings.begin(), r.findings.end(),
                     [&](const report::Finding& f) { return f.rule == rule; });
}

TEST(ReportBatch, RunBatchPairsAndKeepsTheInputOrderOnAnyNumberOfJobs) {
  TempDir d;
  WriteSample(d, "a-2024.json", 1, 2024, "青山市人民政府");
  WriteSample(d, "b-2025.md", 2, 2025, "青山市 人民政府");
  WriteSample(d, "c-other.json", 3, 2025, "绿水县人民政府");
  d.Put("d-bad.pdf", "not a pdf at all");
  const std::vector<BatchInput> inputs = CollectReportPaths({d.path().string()}, false);
  ASSERT_EQ(inputs.size(), 4u);
  BatchOptions options;
  options.jobs = 1;
  const std::vector<BatchFileResult> one = RunBatch(inputs, options);
  options.jobs = 3;
  size_t checked_calls = 0;
  BatchObserver observer;
  observer.checked = [&](size_t, size_t total, const BatchFileResult&) {
    ++checked_calls;
    EXPECT_EQ(total, 4u);
  };
  const std::vector<BatchFileResult> three = RunBatch(inputs, options, observer);
  EXPECT_EQ(checked_calls, 4u);
  ASSERT_EQ(one.size(), 4u);
  ASSERT_EQ(three.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(one[i].path, inputs[i].path);
    EXPECT_EQ(one[i].output.text, three[i].output.text);
  }
  EXPECT_EQ(one[1].previous_path, d / "a-2024.json");
  EXPECT_NE(one[1].output.text.find("已与上一年度报告“" + (d / "a-2024.json") + "”配对核对"),
            std::string::npos);
  EXPECT_TRUE(HasRule(one[1], "X1"));  // two different seeds: carry-over differs
  EXPECT_TRUE(one[0].previous_path.empty());
  EXPECT_TRUE(one[2].previous_path.empty());
  EXPECT_FALSE(HasRule(one[2], "X1"));
  EXPECT_FALSE(one[3].output.read);
  EXPECT_FALSE(one[3].error.empty());
  EXPECT_EQ(BatchExitCode(one), 2);
  EXPECT_EQ(BatchExitCode({one[0], one[2]}), 0);
  EXPECT_EQ(BatchExitCode({one[0], one[1]}), 1);
}

TEST(ReportBatch, ExplicitPreviousWinsOverPairing) {
  TempDir d;
  const std::string a = WriteSample(d, "a.json", 1, 2024, "青山市人民政府");
  const std::string b = WriteSample(d, "b.json", 2, 2025, "青山市人民政府");
  const std::string p = WriteSample(d, "p.json", 1, 2024, "青山市人民政府");
  std::ifstream in(p, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Result<formats::ReadResult> prev = ReadForCheck(bytes, p);
  ASSERT_TRUE(prev.ok());
  BatchOptions options;
  options.check.previous = &*prev;
  options.check.previous_path = p;
  const std::vector<BatchFileResult> r =
      RunBatch(CollectReportPaths({a, b}, false), options);
  EXPECT_EQ(r[1].previous_path, p);
  EXPECT_EQ(r[1].output.text.find("配对核对"), std::string::npos);
  // a.json is 2024 itself: the explicit previous does not fit it, as today.
  EXPECT_NE(r[0].output.text.find("未进行跨年度核对"), std::string::npos);
}

TEST(ReportBatch, NoPairingWhenTurnedOff) {
  TempDir d;
  WriteSample(d, "a.json", 1, 2024, "青山市人民政府");
  WriteSample(d, "b.json", 2, 2025, "青山市人民政府");
  BatchOptions options;
  options.pair_years = false;
  const std::vector<BatchFileResult> r =
      RunBatch(CollectReportPaths({d.path().string()}, false), options);
  EXPECT_TRUE(r[1].previous_path.empty());
  EXPECT_FALSE(HasRule(r[1], "X1"));
}

TEST(ReportBatch, AnEmptyFolderIsThatPathsUnreadableOutput) {
  TempDir d;
  fs::create_directory(d.path() / "empty");
  BatchOptions options;
  options.json = true;
  const std::vector<BatchFileResult> r =
      RunBatch(CollectReportPaths({d / "empty"}, false), options);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].output.read);
  EXPECT_NE(r[0].output.text.find("\"code\":\"not_found\""), std::string::npos);
  EXPECT_EQ(BatchExitCode(r), 2);
}

}  // namespace
}  // namespace gongkai::app
