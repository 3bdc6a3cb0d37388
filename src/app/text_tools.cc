// The shared text tools.
#include "app/text_tools.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>

#include "app/attachment_reader_adapter.h"
#include "app/cli_args.h"
#include "app/data_paths.h"
#include "search/cjk_tokenizer.h"
#include "search/pii_screen.h"
#include "storage/local_file_store.h"

namespace gongkai::app {

Result<const service::TextTokenizer*> SharedTokenizer() {
  static Result<std::unique_ptr<search::CjkTokenizer>> tokenizer = search::CjkTokenizer::Create();
  if (!tokenizer.ok()) return tokenizer.status().WithContext("无法加载中文分词器");
  return static_cast<const service::TextTokenizer*>(tokenizer->get());
}

Result<const service::TextScreen*> SharedScreen() {
  static Result<std::unique_ptr<search::PiiScreen>> screen =
      []() -> Result<std::unique_ptr<search::PiiScreen>> {
    const std::string path = DataDir() + "/sensitive-words.txt";
    std::vector<std::string> words;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      Result<std::vector<std::string>> loaded = search::LoadSensitiveWords(path);
      if (!loaded.ok()) return loaded.status();
      words = std::move(*loaded);
    }
    return search::PiiScreen::Create(std::move(words));
  }();
  if (!screen.ok()) return screen.status().WithContext("无法建立个人信息筛查");
  return static_cast<const service::TextScreen*>(screen->get());
}

const service::AttachmentReader& SharedAttachmentReader() {
  static const DocumentAttachmentReader reader;
  return reader;
}

std::string FilesDir(const std::string& flag, const std::string& database_url) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("GONGKAI_FILES"); env && *env) return env;
  std::string path = database_url;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  const bool sqlite = path != "memory:" && path.rfind("postgres", 0) != 0 && path.rfind("pg:", 0) != 0;
  if (sqlite && !path.empty()) return path + "-files";
  return "gongkai-files";
}

Result<service::FileStore*> SharedFileStore(const std::string& dir) {
  static std::string opened_dir;
  static std::unique_ptr<storage::LocalFileStore> store;
  if (!store || opened_dir != dir) {
    Result<std::unique_ptr<storage::LocalFileStore>> s = storage::LocalFileStore::Open(dir);
    if (!s.ok()) return s.status();
    store = std::move(*s);
    opened_dir = dir;
  }
  return static_cast<service::FileStore*>(store.get());
}

Result<service::PublicationTools> PublicationToolsFor(const std::string& files_flag,
                                                      const std::string& database_url) {
  Result<const service::TextScreen*> screen = SharedScreen();
  if (!screen.ok()) return screen.status();
  Result<service::FileStore*> files = SharedFileStore(FilesDir(files_flag, database_url));
  if (!files.ok()) return files.status();
  return service::PublicationTools{*screen, &SharedAttachmentReader(), *files};
}

service::Moment NowInChina() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return service::Moment{buf, TodayInChina()};
}

}  // namespace gongkai::app
