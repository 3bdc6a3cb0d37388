// Opens the database a configuration names, whatever its adapter.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "service/database.h"
#include "storage/open_options.h"

namespace gongkai::storage {

// `url` is one of:
//   memory:                       an empty in-memory database (tests, demos)
//   sqlite:PATH  or a plain PATH  a SQLite file (the embedded default)
//   postgresql://…  postgres://…  a PostgreSQL connection URI
//   pg:CONNINFO                   a libpq key=value connection string
// Does not migrate. Fails with a message that names the accepted forms.
Result<std::unique_ptr<service::Database>> OpenDatabase(const std::string& url,
                                                     const OpenOptions& options = {});

}  // namespace gongkai::storage
