// What the site needs from the application that wires it (app/): the
// services of the calling worker thread. A Database is used by one thread
// at a time (service/database.h), so each worker thread gets its own,
// opened on first use; state shared between requests lives in the
// database, never here, so several instances can serve one database.
#pragma once

#include "core/status.h"
#include "service/database.h"
#include "service/file_store.h"

namespace gongkai::web {

class Backend {
 public:
  virtual ~Backend() = default;
  // The calling thread's database.
  virtual Result<service::Database*> ThreadDatabase() = 0;
  // The attachment store (safe to use from every thread).
  virtual service::FileStore& Files() = 0;
};

}  // namespace gongkai::web
