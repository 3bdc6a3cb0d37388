// How a database is opened.
#pragma once

namespace gongkai::storage {

struct OpenOptions {
  // SQLite: create the file when it does not exist (gongkai db init only;
  // every other command refuses a missing database rather than silently
  // working on an empty one).
  bool create = true;
  // 0: Migrate() applies every migration this build has. N > 0: it stops
  // after migration N, as an older gongkai would (upgrade tests).
  int schema_limit = 0;
};

}  // namespace gongkai::storage
