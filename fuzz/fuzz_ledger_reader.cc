// libFuzzer target: the ledger (台账) reader of `gongkai case import` — CSV
// in UTF-8 or GBK, or the first table of an XLSX workbook — and the row
// parser behind it; and the settings file (clock, publication and mailbox
// sections). Whatever it gets must end
// in rows or a Chinese error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "app/case_import.h"
#include "app/clock_settings_file.h"
#include "app/mailbox_settings_file.h"
#include "app/publication_settings_file.h"
#include "fuzz/lsan_suppressions.h"
#include "service/ledger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gongkai;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Result<std::vector<service::LedgerSourceRow>> rows = app::LedgerRowsFromBytes(bytes, "台账.csv");
  if (rows.ok()) {
    std::vector<std::string> ignored;
    const service::LedgerParse parsed = service::ParseLedger(*rows, &ignored);
    if (!parsed.errors.empty() && !parsed.entries.empty()) __builtin_trap();  // all or nothing
  }
  (void)app::ParseClockSettings(bytes, "settings.json");
  (void)app::ParsePublicationSettings(bytes, "settings.json");
  (void)app::ParseMailboxSettings(bytes, "settings.json");
  return 0;
}
