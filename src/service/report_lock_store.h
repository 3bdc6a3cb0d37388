// Port: the reporting-period lock. Once an agency's annual report for a year
// is published, that year's cases are locked: any write to an application or
// appeal of that agency whose date falls in the year, or that would change
// the year's Table 3 or Table 4 counts, fails until the year is unlocked.
// Locking and unlocking are logged with who, when and why; the log is
// append-only. A city report is the sum of a subtree: lock every agency in it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace gongkai::service {

struct LockAction {
  std::string actor;   // user who does it; required
  std::string at;      // UTC timestamp, ISO 8601; empty: now
  std::string reason;  // required for unlocking
};

enum class LockEventKind { kLock, kUnlock };

struct LockLogEntry {
  int64_t agency_id = 0;
  int year = 0;
  LockEventKind kind = LockEventKind::kLock;
  LockAction action;
};

class ReportLockStore {
 public:
  virtual ~ReportLockStore() = default;

  // Locks (agency, year); fails if it is already locked.
  virtual Status Lock(int64_t agency_id, int year, const LockAction& action) = 0;
  // Unlocks (agency, year); fails if it is not locked or actor/reason is empty.
  virtual Status Unlock(int64_t agency_id, int year, const LockAction& action) = 0;
  virtual Result<bool> IsLocked(int64_t agency_id, int year) = 0;
  // The years currently locked for the agency, ascending.
  virtual Result<std::vector<int>> LockedYears(int64_t agency_id) = 0;
  // Every lock and unlock of the agency, oldest first.
  virtual Result<std::vector<LockLogEntry>> Log(int64_t agency_id) = 0;
};

}  // namespace gongkai::service
