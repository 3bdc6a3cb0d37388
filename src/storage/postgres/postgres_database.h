// A service::Database in PostgreSQL (for many instances or large cities).
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "service/database.h"
#include "storage/open_options.h"

namespace gongkai::storage {

// Connects with a libpq connection string ("host=/run/pg dbname=gongkai" or
// "postgresql://…"). Tables go to the first schema of the search_path. Does
// not migrate: call Migrate().
Result<std::unique_ptr<service::Database>> OpenPostgresDatabase(const std::string& conninfo,
                                                     const OpenOptions& options = {});

}  // namespace gongkai::storage
