// What the site needs from the application that wires it (app/): the
// services of the calling worker thread. A Database is used by one thread
// at a time (service/database.h), so each worker thread gets its own,
// opened on first use; state shared between requests lives in the
// database, never here, so several instances can serve one database.
#pragma once

#include "core/status.h"
#include "service/database.h"
#include "service/file_store.h"
#include "service/text_highlighter.h"
#include "service/text_tokenizer.h"

namespace gongkai::web {

class Backend {
 public:
  virtual ~Backend() = default;
  // The calling thread's database.
  virtual Result<service::Database*> ThreadDatabase() = 0;
  // The attachment store (safe to use from every thread).
  virtual service::FileStore& Files() = 0;
  // The search index's tokenizer and the highlighter over it (thread-safe).
  virtual const service::TextTokenizer& Tokenizer() = 0;
  virtual const service::TextHighlighter& Highlighter() = 0;
};

}  // namespace gongkai::web
