// web::Backend for `gongkai serve`: one database connection per worker
// thread, opened on its first request with the same checks as every command
// (it exists, at this build's schema), and the use cases over it. Nothing is
// shared between threads but what is thread-safe (the file store, the
// tokenizer, the highlighter, the screen); writers are serialised by the
// database, and state shared between requests lives there, never here, so
// several instances can serve one database.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "app/forms_settings_file.h"
#include "app/workspace.h"
#include "domain/message_workflow.h"
#include "law/clock.h"
#include "search/snippet.h"
#include "service/database.h"
#include "service/text_screen.h"
#include "web/backend.h"

namespace gongkai::app {

struct ServeSettings {
  law::ClockSettings clock;
  domain::MailboxSettings mailbox;
  FormsSettings forms;
  const service::TextScreen* screen = nullptr;  // masks published letters (may be null)
};

class ThreadDatabases final : public web::Backend {
 public:
  ThreadDatabases(std::string db_flag, service::FileStore& files,
                  const service::TextTokenizer& tokenizer, ServeSettings settings)
      : db_flag_(std::move(db_flag)),
        files_(files),
        tokenizer_(tokenizer),
        highlighter_(tokenizer),
        settings_(std::move(settings)) {}
  Result<service::Database*> ThreadDatabase() override;
  Result<web::PortalServices> ThreadServices() override;
  std::string NewToken() override;
  service::Moment Now() override;
  int64_t UnixNow() override;
  service::FileStore& Files() override { return files_; }
  const service::TextTokenizer& Tokenizer() override { return tokenizer_; }
  const service::TextHighlighter& Highlighter() override { return highlighter_; }

 private:
  // What one worker thread uses.
  struct Desk {
    std::unique_ptr<service::Database> db;
    DataCalendars calendars;
    std::unique_ptr<service::CaseService> cases;
    std::unique_ptr<service::MessageService> mail;
    std::unique_ptr<service::FormGuard> guard;
    std::unique_ptr<service::OnlineApplications> apply;
    service::CatalogueFacets facets;
  };
  Result<Desk*> ThreadDesk();

  std::string db_flag_;
  service::FileStore& files_;
  const service::TextTokenizer& tokenizer_;
  search::SnippetHighlighter highlighter_;
  ServeSettings settings_;
  std::mutex mu_;  // guards the map only; each Desk is used by its own thread
  std::map<std::thread::id, std::unique_ptr<Desk>> open_;
};

}  // namespace gongkai::app
