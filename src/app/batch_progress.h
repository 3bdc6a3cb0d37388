// Progress of a batch `report check` on stderr: on a terminal a one-line
// bar redrawn with '\r' and cleared at the end; elsewhere (a log, a pipe)
// one plain line per finished file; nothing for a single file, so that
// checking one file prints exactly what it always did. Safe to call from
// the worker threads: one mutex per object, no global state.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

#include "app/report_batch.h"

namespace gongkai::app {

class BatchProgress {
 public:
  enum class Style { kNone, kBar, kLines };

  // kNone for at most one file, kBar on a terminal, else kLines.
  static Style ChooseStyle(size_t files, bool is_terminal);
  // The width of the terminal on file descriptor `fd` (80 when unknown).
  static int TerminalWidth(int fd);

  BatchProgress(std::ostream& out, Style style, int width = 80);
  BatchProgress(const BatchProgress&) = delete;
  BatchProgress& operator=(const BatchProgress&) = delete;

  // A file was read (the bar only: reading is most of the work).
  void Read(size_t done, size_t total, const std::string& path);
  // A file's result is final: the bar, or the line
  // "[done/total] path：错误N项，警告M项" ("…：无法读取").
  void Checked(size_t done, size_t total, const BatchFileResult& result);
  // A message line among the progress output (the bar is cleared first and
  // redrawn by the next event).
  void Message(const std::string& line);
  // Clears the bar; the caller prints the results afterwards.
  void Finish();

  // The bar's text for `width` columns (wide characters count 2), e.g.
  // "核对中 [#####-----] 5/10 报告.pdf"; the file name is shortened to fit.
  static std::string BarLine(const std::string& label, size_t done, size_t total,
                             const std::string& path, int width);
  // "[3/10] a.pdf：错误2项，警告1项" / "[3/10] a.pdf：无法读取".
  static std::string PlainLine(size_t done, size_t total, const BatchFileResult& result);

 private:
  void Draw(const std::string& label, size_t done, size_t total, const std::string& path);
  void ClearLocked();

  std::mutex mu_;
  std::ostream& out_;
  Style style_;
  int width_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace gongkai::app
