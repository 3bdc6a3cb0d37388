// The batch audit behind `gongkai report check PATH...`: collect the report
// files of the given files and folders, read and check them on worker
// threads, and pair each report with the same agency's report of the year
// before when the batch holds it (cross-year rules X1, X2, S7, S8).
// A plain function from paths and options to per-file results, so that the
// web layer can run the same audit later.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/check_file.h"
#include "core/status.h"
#include "formats/report_io.h"
#include "report/finding.h"

namespace gongkai::app {

// True when `filename` ends in a report extension a folder contributes:
// txt, md, markdown, htm, html, docx, pdf, xlsx, json (any case).
bool HasReportExtension(std::string_view filename);

// One entry of the batch: a file to check, or an argument that yields none
// (a folder without report files, a folder that cannot be listed), whose
// `error` is then the Chinese message and counts as unreadable (exit 2).
struct BatchInput {
  std::string path;
  std::optional<Status> error;
};

// Expands the command-line arguments in the order given: a file (or anything
// that is not a folder) stays as it is, whatever its extension, and is read
// later; a folder contributes its files with a report extension in sorted
// order, with `recursive` those of its sub-folders too. Hidden entries
// (".x"), Office lock files ("~$x") and directory symlinks are skipped; a
// sub-folder that cannot be listed is skipped as well.
std::vector<BatchInput> CollectReportPaths(const std::vector<std::string>& args, bool recursive);

// The agency name as a pairing key: every white space (utf8::IsSpace) removed.
std::string AgencyKey(std::string_view agency);

// What the batch knows about one read report, for pairing.
struct PairingKey {
  std::string agency;  // AgencyKey of report.agency; empty: not paired
  int year = 0;        // 0: not paired
};

// The pairing decided for one report: `previous` is the index of the report
// of the year before (same agency), if exactly one exists; `notes` say why a
// report was not paired when the batch is ambiguous.
struct Pairing {
  std::optional<size_t> previous;
  std::vector<std::string> notes;
};

// Pairs reports of year Y with the single report of year Y−1 of the same
// agency. When an agency has several reports of one year, none of them is
// paired and none serves as the year before of another; when that kept a
// pairing from happening (the batch holds the year before or after), each of
// them and the report of the following year get a note. `paths` name the
// reports in the notes (same size as `keys`).
std::vector<Pairing> PairYears(const std::vector<PairingKey>& keys,
                               const std::vector<std::string>& paths);

struct BatchOptions {
  CheckFileOptions check;  // --published; --previous (then no pairing)
  bool json = false;       // the per-file output as JSON lines
  unsigned jobs = 1;       // worker threads (at least 1, at most one per file)
  bool pair_years = true;  // pair the years inside the batch (ignored with check.previous)
};

// The outcome for one input, in input order.
struct BatchFileResult {
  std::string path;
  FileOutput output;  // what `report check` prints for it
  std::string error;  // when !output.read: why
  // Filled when the file was read:
  std::string agency;
  int year = 0;
  std::optional<formats::InputFormat> format;
  std::vector<report::Finding> findings;
  std::string previous_path;  // the report checked as the year before, if any
  int errors = 0;
  int warnings = 0;
};

// Progress events, called from the worker threads (the callee serialises):
// `read` after a file was read (phase 1, most of the work), `checked` after
// a file's result is final. `done` counts finished files, from 1 to total.
struct BatchObserver {
  std::function<void(size_t done, size_t total, const std::string& path)> read;
  std::function<void(size_t done, size_t total, const BatchFileResult& result)> checked;
  // An unexpected failure (exception, bad_alloc) while reading or checking
  // `path`; the file's output says so too.
  std::function<void(const std::string& path, const std::string& what)> failed;
};

// Reads every input, pairs the years, checks every report. Never throws for
// one file's sake: an unreadable file, an exception or bad_alloc while
// reading or checking it is that file's output only.
std::vector<BatchFileResult> RunBatch(const std::vector<BatchInput>& inputs,
                                      const BatchOptions& options,
                                      const BatchObserver& observer = {});

// The exit code over all results: 2 if any could not be read, else 1 if any
// has errors, else 0.
int BatchExitCode(const std::vector<BatchFileResult>& results);

}  // namespace gongkai::app
