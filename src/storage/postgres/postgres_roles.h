// The role split of a PostgreSQL installation (docs/postgresql-roles.md):
// the schema belongs to the owner that runs `gongkai db init|migrate`; the
// application logs in as a member of a NOLOGIN group role that may read and
// add data but can neither rewrite nor delete the append-only logs.
#pragma once

#include <string>

#include "core/status.h"

namespace gongkai::storage {

// Creates `role` (NOLOGIN) when absent and grants it, on the tables of the
// first schema of the search_path as they stand after migration:
//   SELECT and INSERT on every table; UPDATE on every table but
//   application_events, report_lock_log and schema_migrations (no INSERT
//   there either); DELETE only on application_year_counts (derived counts,
//   rebuilt by db check --repair); no TRUNCATE anywhere; USAGE on the
//   sequences. Run it again after each migration. `role` must be a plain
//   lower-case identifier.
Status GrantPostgresAppRole(const std::string& conninfo, const std::string& role);

}  // namespace gongkai::storage
