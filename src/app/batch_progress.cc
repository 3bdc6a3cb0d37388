#include "app/batch_progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/utf8.h"

namespace gongkai::app {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr int kBarCells = 20;

int CharWidth(char32_t cp) {
  // Wide: CJK, Hangul, full-width forms and the like (as terminals draw them).
  return cp >= 0x1100 ? 2 : 1;
}

int DisplayWidth(std::string_view text) {
  int w = 0;
  size_t pos = 0;
  while (pos < text.size()) w += CharWidth(utf8::Next(text, pos));
  return w;
}

// The end of `text` that fits in `width` columns, "…" in front when cut.
std::string FitTail(const std::string& text, int width) {
  if (DisplayWidth(text) <= width) return text;
  if (width < 2) return "";
  const std::u32string cps = utf8::Decode(text);
  int w = 1;  // the ellipsis
  size_t start = cps.size();
  while (start > 0 && w + CharWidth(cps[start - 1]) <= width) w += CharWidth(cps[--start]);
  return "…" + utf8::Encode(std::u32string_view(cps).substr(start));
}

// Control characters in a file name would break the line.
std::string Printable(const std::string& text) {
  std::string out = utf8::Sanitize(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

}  // namespace

BatchProgress::Style BatchProgress::ChooseStyle(size_t files, bool is_terminal) {
  if (files <= 1) return Style::kNone;
  return is_terminal ? Style::kBar : Style::kLines;
}

int BatchProgress::TerminalWidth(int fd) {
  winsize ws{};
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const int n = std::atoi(columns);
    if (n > 0) return n;
  }
  return 80;
}

BatchProgress::BatchProgress(std::ostream& out, Style style, int width)
    : out_(out), style_(style), width_(std::max(width, 20)) {}

std::string BatchProgress::BarLine(const std::string& label, size_t done, size_t total,
                                   const std::string& path, int width) {
  const size_t filled = total == 0 ? kBarCells : std::min<size_t>(kBarCells, done * kBarCells / total);
  std::string line = label + " [" + std::string(filled, '#') +
                     std::string(kBarCells - filled, '-') + "] " + std::to_string(done) + "/" +
                     std::to_string(total);
  // Keep the last column free: writing it makes some terminals wrap.
  const int room = width - 1 - DisplayWidth(line) - 1;
  const std::string name = Printable(std::filesystem::path(path).filename().string());
  if (room > 0 && !name.empty()) line += " " + FitTail(name, room);
  if (DisplayWidth(line) > width - 1) line = FitTail(line, width - 1);
  return line;
}

std::string BatchProgress::PlainLine(size_t done, size_t total, const BatchFileResult& r) {
  std::string line = "[" + std::to_string(done) + "/" + std::to_string(total) + "] " +
                     Printable(r.path) + "：";
  if (!r.output.read) return line + "无法读取";
  return line + "错误" + std::to_string(r.errors) + "项，警告" + std::to_string(r.warnings) + "项";
}

void BatchProgress::Read(size_t done, size_t total, const std::string& path) {
  if (style_ != Style::kBar) return;
  std::lock_guard<std::mutex> lock(mu_);
  Draw("读取中", done, total, path);
}

void BatchProgress::Checked(size_t done, size_t total, const BatchFileResult& result) {
  if (style_ == Style::kNone) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (style_ == Style::kBar) {
    Draw("核对中", done, total, result.path);
  } else {
    out_ << PlainLine(done, total, result) << "\n" << std::flush;
  }
}

void BatchProgress::Message(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
  out_ << line << "\n" << std::flush;
}

void BatchProgress::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
}

void BatchProgress::Draw(const std::string& label, size_t done, size_t total,
                         const std::string& path) {
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && done < total && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  out_ << "\r" << BarLine(label, done, total, path, width_) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void BatchProgress::ClearLocked() {
  if (!drawn_) return;
  out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace gongkai::app
