// One use case = one Database::Transaction, retried once on kConflict.
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include "core/status.h"
#include "service/database.h"

namespace gongkai::service {

// Runs `body` in one transaction: its writes stay only when it returns a
// value. When it fails with kConflict (another writer changed the record
// between its read and its write), it runs once more in a new transaction —
// on the data as the other writer left it — and a second conflict is
// refused with a message asking to try again.
template <typename T>
Result<T> RunWriteUseCase(Database& db, const std::function<Result<T>()>& body) {
  Status last;
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::optional<T> out;
    last = db.Transaction([&]() -> Status {
      Result<T> r = body();
      if (!r.ok()) return r.status();
      out = std::move(r).value();
      return Status::Ok();
    });
    if (last.ok()) return std::move(*out);
    if (last.code() != StatusCode::kConflict) return last;
  }
  return Status::Conflict(last.message() + "；重新核对后仍与其他人的操作冲突，未作任何更改，请稍后重试");
}

}  // namespace gongkai::service
