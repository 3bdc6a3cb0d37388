// gongkai case import LEDGER.csv|.xlsx: reads the agency's ledger (台账),
// reports every bad row with its row number and reason, and imports nothing
// unless every row is good; rows already imported (same 申请编号, same
// content) are skipped, so importing the same ledger again changes nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/actor.h"
#include "service/ledger.h"

namespace gongkai::app {

// The ledger's rows: a CSV file (UTF-8 or GBK) or the first table of an XLSX
// workbook, with their row numbers.
Result<std::vector<service::LedgerSourceRow>> ReadLedgerRows(const std::string& path);
// The same from the file's bytes (`path` names it in messages).
Result<std::vector<service::LedgerSourceRow>> LedgerRowsFromBytes(const std::string& bytes,
                                                                  const std::string& path);

// Returns the process exit code: 0 imported, 1 rows refused, 2 unreadable.
int RunImport(const std::string& db_flag, const std::string& path, int64_t agency_id,
              const service::Actor& actor);

}  // namespace gongkai::app
