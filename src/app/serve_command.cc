#include "app/serve_command.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/cli_args.h"
#include "app/data_paths.h"
#include "app/forms_settings_file.h"
#include "app/mailbox_settings_file.h"
#include "app/report_commands.h"
#include "app/guide_settings_file.h"
#include "app/portal_settings_file.h"
#include "app/text_tools.h"
#include "app/thread_databases.h"
#include "app/workspace.h"
#include "web/server.h"
#include "web/site.h"

namespace gongkai::app {
namespace {

struct ServeArgs {
  std::string db, listen = "127.0.0.1:8080", data, files, access_log;
  std::vector<std::string> trusted_proxies;
  int threads = 4;
  int page_cache_seconds = 5;
  double read_timeout = 10;  // seconds
};

// HOST:PORT, [IPv6]:PORT or PORT.
bool ParseListen(const std::string& text, web::ServerOptions& o) {
  std::string host = "127.0.0.1", port = text;
  if (const size_t colon = text.rfind(':'); colon != std::string::npos) {
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
      host = host.substr(1, host.size() - 2);
    }
  }
  if (host.empty() || port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  const long n = std::strtol(port.c_str(), nullptr, 10);
  if (n > 65535) return false;
  o.host = host;
  o.port = static_cast<uint16_t>(n);
  return true;
}

int RunServe(const ServeArgs& a) {
  if (!a.data.empty()) setenv("GONGKAI_DATA_DIR", a.data.c_str(), 1);
  web::ServerOptions options;
  if (!ParseListen(a.listen, options)) {
    std::cerr << "--listen “" << a.listen << "”应为 主机:端口，例如 127.0.0.1:8080\n";
    return kExitUnreadable;
  }
  if (a.threads < 1 || a.threads > 256) {
    std::cerr << "--threads 应为 1–256\n";
    return kExitUnreadable;
  }
  options.threads = a.threads;
  if (a.page_cache_seconds < 0 || a.page_cache_seconds > 3600) {
    std::cerr << "--page-cache-seconds 应为 0–3600\n";
    return kExitUnreadable;
  }
  options.trusted_proxies = a.trusted_proxies;
  if (!(a.read_timeout >= 0.1 && a.read_timeout <= 600)) {
    std::cerr << "--read-timeout 应为 0.1–600 秒\n";
    return kExitUnreadable;
  }
  options.read_timeout = std::chrono::milliseconds(static_cast<int64_t>(a.read_timeout * 1000));
  // The database must be there before anyone is told the site is up.
  Result<std::unique_ptr<service::Database>> probe = OpenWorkspaceDatabase(a.db);
  if (!probe.ok()) return FailToStart(probe.status());
  probe->reset();
  const std::string site_dir = SiteDir();
  Result<web::Templates> templates = web::Templates::Load(site_dir + "/templates/portal");
  if (!templates.ok()) return FailToStart(templates.status());
  Result<service::FileStore*> files = SharedFileStore(FilesDir(a.files, DatabaseUrl(a.db)));
  if (!files.ok()) return FailToStart(files.status());
  Result<web::PortalSettings> portal = LoadPortalSettings(DataDir());
  if (!portal.ok()) return FailToStart(portal.status());
  Result<const service::TextTokenizer*> tokenizer = SharedTokenizer();
  if (!tokenizer.ok()) return FailToStart(tokenizer.status());
  ServeSettings serve;
  Result<law::ClockSettings> clock = WorkspaceClockSettings();
  if (!clock.ok()) return FailToStart(clock.status());
  serve.clock = *clock;
  Result<domain::MailboxSettings> mailbox = LoadMailboxSettings(DataDir());
  if (!mailbox.ok()) return FailToStart(mailbox.status());
  serve.mailbox = *mailbox;
  Result<FormsSettings> forms = LoadFormsSettings(DataDir());
  if (!forms.ok()) return FailToStart(forms.status());
  serve.forms = *forms;
  ThreadDatabases backend(a.db, **files, **tokenizer, serve);
  web::SiteOptions site_options;
  site_options.static_dir = site_dir + "/static";
  site_options.portal = *portal;
  Result<web::GuideSettings> guide = LoadGuideSettings(DataDir());
  if (!guide.ok()) return FailToStart(guide.status());
  site_options.guide = *guide;
  site_options.page_cache.max_age_seconds = a.page_cache_seconds;
  web::Site site(backend, std::move(*templates), site_options);
  std::FILE* log_file = stdout;
  if (!a.access_log.empty()) {
    log_file = std::fopen(a.access_log.c_str(), "a");
    if (!log_file) {
      std::cerr << "访问日志 " << a.access_log << " 无法写入\n";
      return kExitUnreadable;
    }
  }
  web::AccessLog log(log_file);
  Status st = web::Serve(
      options, [&site](const web::Request& r) { return site.Handle(r); }, &log,
      [&](uint16_t port) {
        const bool v6 = options.host.find(':') != std::string::npos;
        std::cerr << "gongkai 已启动：http://" << (v6 ? "[" : "") << options.host
                  << (v6 ? "]" : "") << ":" << port << "/（按 Ctrl-C 停止）" << std::endl;
      });
  if (log_file != stdout) std::fclose(log_file);
  if (!st.ok()) return FailToStart(st);
  std::cerr << "gongkai 已停止\n";
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& serve, int& exit_code) {
  auto a = std::make_shared<ServeArgs>();
  serve.add_option("--db", a->db, "数据库（sqlite:路径 或 postgresql://…，默认 $GONGKAI_DB 或 gongkai.db）");
  serve.add_option("--listen", a->listen, "监听地址，默认 127.0.0.1:8080；端口 0 表示任选空闲端口");
  serve.add_option("--data", a->data, "数据目录（工作日历、设置、敏感词表）");
  serve.add_option("--files", a->files, "附件存储目录（默认 $GONGKAI_FILES 或数据库旁的 -files 目录）");
  serve.add_option("--threads", a->threads, "处理请求的线程数，默认 4");
  serve.add_option("--page-cache-seconds", a->page_cache_seconds,
                   "公开页面在内存中缓存的秒数（同一页面每个进程每N秒只生成一次；修改最迟N秒后可见），默认 5，0 为不缓存");
  serve.add_option("--read-timeout", a->read_timeout,
                   "一个请求（请求头和请求体）须在多少秒内收完，默认 10；慢速连接超时即断开");
  serve.add_option("--access-log", a->access_log, "访问日志文件（每行一个JSON对象），默认标准输出");
  serve.add_option("--trusted-proxy", a->trusted_proxies,
                   "前置反向代理的地址（可重复）：来自它的请求按 X-Forwarded-For 认定访问者地址，用于频率限制");
  serve.callback([a, &exit_code] { exit_code = RunServe(*a); });
}

}  // namespace gongkai::app
