#include "app/report_batch.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <map>
#include <new>
#include <system_error>
#include <thread>
#include <utility>

#include "app/check_output.h"
#include "app/file_io.h"
#include "app/report_commands.h"
#include "core/utf8.h"
#include "report/check.h"

namespace gongkai::app {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kReportExtensions[] = {"txt",  "md",   "markdown", "htm", "html",
                                                  "docx", "pdf",  "xlsx",     "json"};

bool Skipped(const std::string& name) {
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0;
}

// The report files of one folder, sorted; `error` set when there are none.
BatchInput EmptyFolder(const std::string& folder, bool recursive, bool has_subfolders) {
  std::string message = "文件夹“" + folder +
                        "”中没有可核对的年度报告文件（txt、md、html、docx、pdf、xlsx、json）";
  if (!recursive && has_subfolders) message += "；要同时核对其子文件夹，请加 --recursive";
  return BatchInput{folder, Status::NotFound(message + "。")};
}

void CollectFolder(const std::string& folder, bool recursive, std::vector<BatchInput>& out) {
  std::vector<std::string> files;
  bool has_subfolders = false;
  std::error_code ec;
  const auto options = fs::directory_options::skip_permission_denied;
  // Keeps a report file; notes a sub-folder. Directory symlinks are never
  // followed (no loops); file symlinks are read like files.
  auto consider = [&](const fs::directory_entry& entry) {
    std::error_code entry_ec;
    const std::string name = entry.path().filename().string();
    if (Skipped(name)) return;
    if (entry.is_symlink(entry_ec) && entry.is_directory(entry_ec)) return;
    if (entry.is_directory(entry_ec)) {
      has_subfolders = true;
    } else if (entry.is_regular_file(entry_ec) && HasReportExtension(name)) {
      files.push_back(entry.path().string());
    }
  };
  if (recursive) {
    fs::recursive_directory_iterator it(folder, options, ec);
    if (ec) {
      out.push_back({folder, Status::IoError("无法列出文件夹“" + folder + "”：" + ec.message() + "。")});
      return;
    }
    // Hidden folders are not entered; symlinked ones are not followed by
    // the iterator (no follow_directory_symlink). An error while walking
    // (a folder removed meanwhile) ends the walk with what was found.
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
      consider(*it);
      if (Skipped(it->path().filename().string())) it.disable_recursion_pending();
    }
  } else {
    fs::directory_iterator it(folder, options, ec);
    if (ec) {
      out.push_back({folder, Status::IoError("无法列出文件夹“" + folder + "”：" + ec.message() + "。")});
      return;
    }
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) consider(*it);
  }
  if (files.empty()) {
    out.push_back(EmptyFolder(folder, recursive, has_subfolders));
    return;
  }
  std::sort(files.begin(), files.end());
  for (std::string& f : files) out.push_back({std::move(f), std::nullopt});
}

// Runs fn(i) for every i < n on `jobs` threads (the caller's included),
// taking indices from a shared atomic counter. fn must not throw.
template <typename Fn>
void ParallelFor(size_t n, unsigned jobs, const Fn& fn) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next.fetch_add(1, std::memory_order_relaxed); i < n;
         i = next.fetch_add(1, std::memory_order_relaxed)) {
      fn(i);
    }
  };
  const size_t threads = std::min<size_t>(std::max(1u, jobs), std::max<size_t>(n, 1));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(work);
    } catch (...) {
      break;  // no more threads (or memory): the ones started do the work
    }
  }
  work();
  for (std::thread& t : pool) t.join();
}

// Phase 1 of one file: its bytes read and parsed, or why not.
struct Loaded {
  std::optional<formats::ReadResult> read;
  std::string error;
  FileOutput failure;  // the output when !read
};

// Calls an observer callback; what it throws is dropped (progress output
// must not end the batch, nor a worker thread).
template <typename Callback, typename... Args>
void Notify(const Callback& callback, const Args&... args) {
  if (!callback) return;
  try {
    callback(args...);
  } catch (...) {
  }
}

// Never throws (see RunBatch).
template <typename Body>
bool Guarded(const std::string& path, bool json, const BatchObserver& observer,
             std::string& error, FileOutput& failure, const Body& body) {
  std::string what;
  try {
    body();
    return true;
  } catch (const std::bad_alloc&) {
    what = "内存不足";
  } catch (const std::exception& e) {
    what = utf8::Sanitize(e.what());
  } catch (...) {
    what = "未知错误";
  }
  try {
    Notify(observer.failed, path, what);
    error = path + "：核对时意外失败：" + what;
    failure = FileFailureOutput(path, what, json);
  } catch (...) {
    error.clear();
    failure = FileOutput{};  // out of memory even for the message
  }
  return false;
}

Loaded Load(const BatchInput& input, bool json, const BatchObserver& observer) {
  Loaded loaded;
  const bool ok = Guarded(input.path, json, observer, loaded.error, loaded.failure, [&] {
    if (input.error) {
      loaded.error = input.error->message();
      loaded.failure = FileErrorOutput(input.path, *input.error, json);
      return;
    }
    Result<std::string> bytes = ReadWholeFile(input.path);
    if (!bytes.ok()) {
      loaded.error = bytes.status().message();
      loaded.failure = FileErrorOutput(input.path, bytes.status(), json);
      return;
    }
    Result<formats::ReadResult> read = ReadForCheck(*bytes, input.path);
    if (!read.ok()) {
      loaded.error = read.status().message();
      loaded.failure = FileErrorOutput(input.path, read.status(), json);
      return;
    }
    loaded.read = std::move(read).value();
  });
  if (!ok) loaded.read.reset();
  return loaded;
}

std::string PathList(const std::vector<size_t>& indices, const std::vector<std::string>& paths) {
  std::string out;
  for (size_t i : indices) {
    if (!out.empty()) out += "、";
    out += paths[i];
  }
  return out;
}

}  // namespace

bool HasReportExtension(std::string_view filename) {
  const size_t dot = filename.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext(filename.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::find(std::begin(kReportExtensions), std::end(kReportExtensions), ext) !=
         std::end(kReportExtensions);
}

std::vector<BatchInput> CollectReportPaths(const std::vector<std::string>& args, bool recursive) {
  std::vector<BatchInput> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      CollectFolder(arg, recursive, out);
    } else {
      out.push_back({arg, std::nullopt});  // read (or refused) like today
    }
  }
  return out;
}

std::string AgencyKey(std::string_view agency) { return utf8::StripSpaces(agency); }

std::vector<Pairing> PairYears(const std::vector<PairingKey>& keys,
                               const std::vector<std::string>& paths) {
  std::map<std::pair<std::string, int>, std::vector<size_t>> groups;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].agency.empty() || keys[i].year <= 0) continue;
    groups[{keys[i].agency, keys[i].year}].push_back(i);
  }
  std::vector<Pairing> out(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].agency.empty() || keys[i].year <= 0) continue;
    const std::vector<size_t>& same = groups[{keys[i].agency, keys[i].year}];
    const auto before = groups.find({keys[i].agency, keys[i].year - 1});
    if (same.size() > 1) {
      // Noted only when the ambiguity kept a pairing from happening: a
      // report of the year before or after is in the batch.
      if (before != groups.end() || groups.count({keys[i].agency, keys[i].year + 1}) > 0) {
        out[i].notes.push_back("同一机关同一年度有多份报告（" + PathList(same, paths) +
                               "），未自动配对上一年度报告。");
      }
      continue;
    }
    if (before == groups.end()) continue;
    if (before->second.size() == 1) {
      out[i].previous = before->second.front();
    } else {
      out[i].notes.push_back("同一机关上一年度（" + std::to_string(keys[i].year - 1) +
                             "年）有多份报告（" + PathList(before->second, paths) +
                             "），未自动配对上一年度报告。");
    }
  }
  return out;
}

std::vector<BatchFileResult> RunBatch(const std::vector<BatchInput>& inputs,
                                      const BatchOptions& options,
                                      const BatchObserver& observer) {
  const size_t n = inputs.size();
  std::vector<Loaded> loaded(n);
  std::atomic<size_t> read_done{0};
  ParallelFor(n, options.jobs, [&](size_t i) {
    loaded[i] = Load(inputs[i], options.json, observer);
    const size_t done = read_done.fetch_add(1) + 1;
    Notify(observer.read, done, n, inputs[i].path);
  });

  // Pairing (serial, cheap): which report is the year before of which.
  std::vector<Pairing> pairing(n);
  if (options.pair_years && options.check.previous == nullptr) {
    std::vector<PairingKey> keys(n);
    std::vector<std::string> paths(n);
    for (size_t i = 0; i < n; ++i) {
      paths[i] = inputs[i].path;
      if (loaded[i].read) keys[i] = {AgencyKey(loaded[i].read->report.agency), loaded[i].read->report.year};
    }
    pairing = PairYears(keys, paths);
  }
  std::vector<bool> is_previous(n, false);
  for (const Pairing& p : pairing) {
    if (p.previous) is_previous[*p.previous] = true;
  }

  std::vector<BatchFileResult> results(n);
  std::atomic<size_t> checked_done{0};
  ParallelFor(n, options.jobs, [&](size_t i) {
    BatchFileResult& r = results[i];
    r.path = inputs[i].path;
    Loaded& l = loaded[i];
    if (!l.read) {
      r.output = std::move(l.failure);
      r.error = std::move(l.error);
    } else {
      const bool ok = Guarded(r.path, options.json, observer, r.error, r.output, [&] {
        CheckFileOptions check = options.check;
        const Pairing& p = pairing[i];
        if (p.previous) {
          check.previous = &*loaded[*p.previous].read;
          check.previous_path = inputs[*p.previous].path;
        }
        // A report another one uses as its year before is read concurrently:
        // copy it; the others are moved.
        formats::ReadResult read = is_previous[i] ? *l.read : std::move(*l.read);
        CheckedFile file = CheckReadReport(r.path, std::move(read), check);
        if (p.previous) {
          file.notes.push_back({{}, "已与上一年度报告“" + check.previous_path +
                                        "”配对核对（X1、X2、S7、S8）。"});
        }
        for (const std::string& note : p.notes) file.notes.push_back({{}, note});
        r.output.read = true;
        r.output.errors = report::HasErrors(file.findings);
        r.output.text = options.json ? FormatCheckedJson(file) + "\n" : FormatCheckedText(file);
        r.agency = file.read.report.agency;
        r.year = file.read.report.year;
        r.format = file.read.format;
        if (check.previous != nullptr) r.previous_path = check.previous_path;
        for (const report::Finding& f : file.findings) {
          (f.severity == report::Severity::kError ? r.errors : r.warnings)++;
        }
        r.findings = std::move(file.findings);
      });
      if (!ok) {
        r.agency.clear();
        r.year = 0;
        r.format.reset();
        r.findings.clear();
        r.previous_path.clear();
        r.errors = r.warnings = 0;
      }
    }
    const size_t done = checked_done.fetch_add(1) + 1;
    Notify(observer.checked, done, n, r);
  });
  return results;
}

int BatchExitCode(const std::vector<BatchFileResult>& results) {
  int code = kExitClean;
  for (const BatchFileResult& r : results) {
    if (!r.output.read) return kExitUnreadable;
    if (r.output.errors) code = kExitFindings;
  }
  return code;
}

}  // namespace gongkai::app
