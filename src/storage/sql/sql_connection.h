// The small SQL interface the shared SQL stores are written against, so the
// same queries serve SQLite and PostgreSQL. Implemented by
// storage/sqlite/sqlite_connection.cc and storage/postgres/pg_connection.cc;
// no third-party type appears here.
//
// SQL text uses $1, $2 … placeholders (the SQLite adapter rewrites them to
// ?1, ?2 …) and only syntax both engines accept (RETURNING, ON CONFLICT,
// WITH RECURSIVE, CAST(x AS TEXT) for dates).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"

namespace gongkai::storage::sql {

struct SqlParam {
  enum class Type { kNull, kInt, kText };
  Type type = Type::kNull;
  int64_t integer = 0;
  std::string text;

  static SqlParam Null() { return SqlParam{}; }
  static SqlParam Int(int64_t v) { return SqlParam{Type::kInt, v, {}}; }
  static SqlParam Text(std::string v) { return SqlParam{Type::kText, 0, std::move(v)}; }
  static SqlParam Date(const CivilDate& d) { return Text(d.ToString()); }
  static SqlParam Date(const std::optional<CivilDate>& d) { return d ? Date(*d) : Null(); }
  static SqlParam Int(const std::optional<int64_t>& v) { return v ? Int(*v) : Null(); }
};

using SqlValue = std::optional<std::string>;  // NULL or the value as text
using SqlRow = std::vector<SqlValue>;
using SqlRows = std::vector<SqlRow>;

// Why the last statement failed, for messages that say what was wrong.
enum class SqlFailure { kNone, kForeignKey, kUnique, kCheck, kAppendOnly, kOther };

enum class SqlDialect { kSqlite, kPostgres };

// kWrite takes the write lock at the start (SQLite BEGIN IMMEDIATE), so two
// writers never deadlock upgrading a read lock; kRead is a consistent snapshot.
// kLockingRead reads rows and locks them for the rest of the transaction
// (SELECT … FOR UPDATE): a write transaction when outermost, but nested it
// needs no savepoint, as it writes nothing to undo.
enum class TxMode { kRead, kWrite, kLockingRead };

class SqlTx {
 public:
  virtual ~SqlTx() = default;
  // Runs one statement and returns its rows (empty for statements without).
  virtual Result<SqlRows> Exec(std::string_view sql, const std::vector<SqlParam>& params = {}) = 0;
  // Runs several ;-separated statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;
  virtual SqlFailure last_failure() const = 0;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect dialect() const = 0;
  // Runs `body` in one transaction: commits when it returns OK, rolls back
  // otherwise (and when the commit fails) and returns the body's status.
  // Re-entrant: a call inside another one's body runs in a savepoint of the
  // open transaction, released when its body returns OK and rolled back to
  // otherwise (the outer transaction goes on). A kWrite call inside a kRead
  // one fails.
  virtual Status Transact(TxMode mode, const std::function<Status(SqlTx&)>& body) = 0;
};

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

// Parsing helpers for result cells; errors name the column.
Result<int64_t> ToInt(const SqlValue& v, const char* column);
Result<std::optional<CivilDate>> ToDate(const SqlValue& v, const char* column);
std::string ToText(const SqlValue& v);
// "1,2,3": ids for an IN (…) list (integers only: safe to splice into SQL).
std::string IdList(const std::vector<int64_t>& ids);

}  // namespace gongkai::storage::sql
