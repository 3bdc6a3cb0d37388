// Internal to storage/sql: the columns of an application row, read back into
// domain::Application, shared by the application store's files.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/application.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

// "id, agency_id, …": every column ApplicationFromRow reads, in its order.
extern const char* const kApplicationColumnList;
// "SELECT <every column> FROM applications " (callers append WHERE …).
extern const char* const kApplicationColumns;

// The application in r[offset], r[offset + 1] … (offset: columns before).
Result<domain::Application> ApplicationFromRow(const SqlRow& r, size_t offset = 0);
// The application `id` read in `tx`; `for_update` locks its row until the
// end of the transaction (PostgreSQL; SQLite's write lock covers it).
Result<domain::Application> LoadApplicationIn(SqlTx& tx, int64_t id, SqlDialect dialect,
                                              bool for_update = false);

SqlParam OutcomeParam(const std::optional<law::ReplyType>& o);
SqlParam OutcomeRowParam(const std::optional<law::ReplyType>& o);

}  // namespace gongkai::storage::sql
