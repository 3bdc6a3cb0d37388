// Internal to storage/sql: reading and writing publication rows, shared by
// the publication store's files.
#pragma once

#include <cstdint>
#include <string>

#include "domain/publication.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

// "SELECT <header columns> FROM publications p " (callers append the rest).
extern const char* const kPublicationHeaderSelect;
// The number of columns kPublicationHeaderSelect reads.
inline constexpr size_t kPublicationHeaderColumns = 13;

Result<domain::Publication> PublicationHeaderFromRow(const SqlRow& r);

// The content of version `version` of publication `id` (with attachments
// unless `with_body` is false, which also leaves the body out).
Result<domain::PublicationVersion> LoadVersionIn(SqlTx& tx, int64_t id, int version,
                                                 bool with_body = true);

// Header + the content of its latest version; `for_update` locks the row
// until the transaction ends (PostgreSQL; SQLite's write lock covers it).
Result<domain::Publication> LoadPublicationIn(SqlTx& tx, int64_t id, SqlDialect dialect,
                                              bool for_update);

// Inserts version `version` with its attachments.
Status InsertVersionIn(SqlTx& tx, int64_t id, int version,
                       const domain::PublicationContent& content, const std::string& created_by,
                       const std::string& created_at);

// Rewrites the copies of the visible version's catalogue fields in the
// header (title, topic, 第二十条 item, 成文日期).
Status RefreshHeaderCopiesIn(SqlTx& tx, int64_t id);

SqlParam TextOrNull(const std::string& s);

}  // namespace gongkai::storage::sql
