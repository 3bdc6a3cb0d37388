// libFuzzer target: the whole of `gongkai report check --json` on one file,
// as a user runs it: bytes → format detection → read (cell text kept) →
// CheckReport → the JSON line (or the error object). The first input byte
// is not part of the file: `byte % 7` picks the file name's extension (.txt
// .md .html .docx .pdf .xlsx .json, so that every reader and every
// extension hint is reached) and an odd `byte / 7` also checks the file
// against itself as the previous year. test.sh writes its seeds with that
// byte in front of each rendered demo report.
//
// Every input must give exactly one line of valid JSON, the text output must
// not fail either, and the report embedded in the JSON must read back with
// the strict interchange reader.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/check_file.h"
#include "formats/report_json_value.h"
#include "fuzz/lsan_suppressions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gongkai;
  if (size == 0) return 0;
  static const char* const kNames[] = {"fuzz.txt",  "fuzz.md",   "fuzz.html", "fuzz.docx",
                                       "fuzz.pdf",  "fuzz.xlsx", "fuzz.json"};
  const std::string path = kNames[data[0] % 7];
  const bool with_previous = (data[0] / 7) % 2 == 1;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  app::CheckFileOptions options;
  options.check.published_on = CivilDate{2026, 2, 1};
  Result<formats::ReadResult> previous = Status::NotFound("no previous year");
  if (with_previous) {
    previous = app::ReadForCheck(bytes, "previous.json");
    if (previous.ok()) {
      options.previous = &*previous;
      options.previous_path = "previous.json";
    }
  }
  const app::FileOutput json = app::CheckFileOutput(path, bytes, options, /*json=*/true);
  const std::string& line = json.text;
  if (line.empty() || line.find('\n') != line.size() - 1) __builtin_trap();  // one line
  const nlohmann::ordered_json value =
      nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded() || !value.is_object()) __builtin_trap();
  if (json.read) {
    // The report inside the output is interchange JSON that reads back strictly.
    if (!value.contains("report")) __builtin_trap();
    if (!formats::ReportFromJson(value["report"]).ok()) __builtin_trap();
  } else if (!value.contains("error") || !value.contains("code")) {
    __builtin_trap();
  }
  const app::FileOutput text = app::CheckFileOutput(path, bytes, options, /*json=*/false);
  if (text.text.empty() || text.read != json.read || text.errors != json.errors) __builtin_trap();
  return 0;
}
