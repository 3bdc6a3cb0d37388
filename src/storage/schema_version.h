// The newest schema version this build knows: the last migration of both
// SQL adapters (checked by sqlite_database_test) and the version the
// in-memory fake reports.
#pragma once

namespace gongkai::storage {

inline constexpr int kSchemaVersion = 7;

}  // namespace gongkai::storage
