// A service::Database over any SqlConnection and its dialect's migrations.
#pragma once

#include <memory>
#include <vector>

#include "service/database.h"
#include "service/text_tokenizer.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

// The migrations up to `limit` (0: all of them).
std::vector<Migration> LimitMigrations(std::vector<Migration> migrations, int limit);

// `tokenizer` (may be null) feeds the publication search index.
std::unique_ptr<service::Database> NewSqlDatabase(std::unique_ptr<SqlConnection> connection,
                                                  std::vector<Migration> migrations,
                                                  const service::TextTokenizer* tokenizer);

}  // namespace gongkai::storage::sql
