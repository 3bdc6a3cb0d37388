// How a database is opened.
#pragma once

#include "service/text_tokenizer.h"

namespace gongkai::storage {

struct OpenOptions {
  // The CJK tokenizer of the search index (search/cjk_tokenizer, wired by
  // app/). It must outlive the database. Without it everything works but
  // the publication search index (indexing, search, rebuild), which fails
  // with a message saying so; on SQLite the FTS5 table cannot be written.
  const service::TextTokenizer* tokenizer = nullptr;
  // SQLite: create the file when it does not exist (gongkai db init only;
  // every other command refuses a missing database rather than silently
  // working on an empty one).
  bool create = true;
  // 0: Migrate() applies every migration this build has. N > 0: it stops
  // after migration N, as an older gongkai would (upgrade tests).
  int schema_limit = 0;
};

}  // namespace gongkai::storage
