// In-memory fake of service::Database for unit tests of the layers above:
// the same contract as the SQL adapters (checked by the shared storage
// suite), nothing on disk. Thread-safe; each call runs under one mutex and
// checks everything before it changes anything, so a failed call writes
// nothing. Transaction() holds that mutex for its body and restores a
// snapshot of the data when the body fails.
#pragma once

#include <memory>

#include "service/database.h"
#include "service/text_tokenizer.h"

namespace gongkai::storage {

// `tokenizer` (may be null; must outlive the database) serves Search.
std::unique_ptr<service::Database> NewMemoryDatabase(
    const service::TextTokenizer* tokenizer = nullptr);
// A second Database over the same data, as reopening a file would give.
// `db` must come from NewMemoryDatabase (else: a new empty one).
std::unique_ptr<service::Database> ReopenMemoryDatabase(service::Database& db);

}  // namespace gongkai::storage
