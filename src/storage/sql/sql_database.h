// A service::Database over any SqlConnection and its dialect's migrations.
#pragma once

#include <memory>
#include <vector>

#include "service/database.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

// The migrations up to `limit` (0: all of them).
std::vector<Migration> LimitMigrations(std::vector<Migration> migrations, int limit);

std::unique_ptr<service::Database> NewSqlDatabase(std::unique_ptr<SqlConnection> connection,
                                                  std::vector<Migration> migrations);

}  // namespace gongkai::storage::sql
