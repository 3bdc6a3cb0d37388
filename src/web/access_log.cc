#include "web/access_log.h"

#include <chrono>
#include <ctime>

#include "service/json_text.h"

namespace gongkai::web {
namespace {

std::string NowUtc() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()) % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(ms.count()));
  return buf;
}

}  // namespace

std::string AccessLog::Line(const std::string& utc, const Request& request,
                            const Response& response, double milliseconds) {
  std::string line = "{\"t\":";
  line += service::JsonString(utc);
  line += ",\"ip\":";
  line += service::JsonString(request.remote);
  line += ",\"method\":";
  line += service::JsonString(request.method);
  line += ",\"path\":";
  line += service::JsonString(request.path);
  line += ",\"status\":" + std::to_string(response.status);
  line += ",\"bytes\":" + std::to_string(response.body.size());
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.2f", milliseconds);
  line += ",\"ms\":";
  line += ms;
  line += '}';
  return line;
}

void AccessLog::Write(const Request& request, const Response& response, double milliseconds) {
  if (!out_) return;
  const std::string line = Line(NowUtc(), request, response, milliseconds) + "\n";
  // One fwrite per line: stdio locks the stream, so lines from several
  // threads never interleave.
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
}

}  // namespace gongkai::web
