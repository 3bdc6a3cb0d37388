// A service::Database over any SqlConnection and its dialect's migrations.
#pragma once

#include <memory>
#include <vector>

#include "service/database.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

std::unique_ptr<service::Database> NewSqlDatabase(std::unique_ptr<SqlConnection> connection,
                                                  std::vector<Migration> migrations);

}  // namespace gongkai::storage::sql
