// web::Backend for `gongkai serve`: one database connection per worker
// thread, opened on its first request with the same checks as every command
// (it exists, at this build's schema). Connections are not shared between
// threads; writers are serialised by the database. The file store, the
// tokenizer and the highlighter are shared (all thread-safe).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "search/snippet.h"
#include "service/database.h"
#include "web/backend.h"

namespace gongkai::app {

class ThreadDatabases final : public web::Backend {
 public:
  ThreadDatabases(std::string db_flag, service::FileStore& files,
                  const service::TextTokenizer& tokenizer)
      : db_flag_(std::move(db_flag)), files_(files), tokenizer_(tokenizer), highlighter_(tokenizer) {}
  Result<service::Database*> ThreadDatabase() override;
  service::FileStore& Files() override { return files_; }
  const service::TextTokenizer& Tokenizer() override { return tokenizer_; }
  const service::TextHighlighter& Highlighter() override { return highlighter_; }

 private:
  std::string db_flag_;
  service::FileStore& files_;
  const service::TextTokenizer& tokenizer_;
  search::SnippetHighlighter highlighter_;
  std::mutex mu_;  // guards the map only; each Database is used by its own thread
  std::map<std::thread::id, std::unique_ptr<service::Database>> open_;
};

}  // namespace gongkai::app
