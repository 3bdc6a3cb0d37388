// What the site needs from the application that wires it (app/): the
// services of the calling worker thread. A Database is used by one thread
// at a time (service/database.h), so each worker thread gets its own,
// opened on first use; state shared between requests lives in the
// database, never here, so several instances can serve one database.
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "service/case_service.h"
#include "service/catalogue_facets.h"
#include "service/database.h"
#include "service/file_store.h"
#include "service/form_guard.h"
#include "service/message_service.h"
#include "service/moment.h"
#include "service/online_application.h"
#include "service/text_highlighter.h"
#include "service/text_tokenizer.h"

namespace gongkai::web {

// The use cases of the calling thread, over its database (each used by
// that thread only).
struct PortalServices {
  service::Database* db = nullptr;
  service::CaseService* cases = nullptr;
  service::MessageService* mail = nullptr;
  service::FormGuard* guard = nullptr;
  service::OnlineApplications* apply = nullptr;
  service::CatalogueFacets* facets = nullptr;  // the catalogue's facet counts (a short-lived cache)
};

class Backend {
 public:
  virtual ~Backend() = default;
  // The calling thread's database.
  virtual Result<service::Database*> ThreadDatabase() = 0;
  // The calling thread's use cases.
  virtual Result<PortalServices> ThreadServices() = 0;
  // 32 characters from the system's random source (form tokens, the
  // visitor cookie).
  virtual std::string NewToken() = 0;
  // Now: UTC and the date in China; and the same instant in Unix seconds.
  virtual service::Moment Now() = 0;
  virtual int64_t UnixNow() = 0;
  // The attachment store (safe to use from every thread).
  virtual service::FileStore& Files() = 0;
  // The search index's tokenizer and the highlighter over it (thread-safe).
  virtual const service::TextTokenizer& Tokenizer() = 0;
  virtual const service::TextHighlighter& Highlighter() = 0;
};

}  // namespace gongkai::web
