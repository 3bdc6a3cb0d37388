// The SQLite migrations (internal to storage/).
#pragma once

#include <vector>

#include "storage/sql/sql_connection.h"

namespace gongkai::storage {

std::vector<sql::Migration> SqliteMigrations();

}  // namespace gongkai::storage
