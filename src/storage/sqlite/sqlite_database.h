// The embedded default: a service::Database in one SQLite file.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "service/database.h"
#include "storage/open_options.h"

namespace gongkai::storage {

// Opens (creating it if absent and options.create) the SQLite file at `path` with WAL,
// foreign_keys=ON, synchronous=FULL (an acknowledged write survives a crash
// or SIGKILL) and a busy timeout. Does not migrate: call Migrate().
Result<std::unique_ptr<service::Database>> OpenSqliteDatabase(const std::string& path,
                                                     const OpenOptions& options = {});

}  // namespace gongkai::storage
