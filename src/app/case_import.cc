#include "app/case_import.h"

#include <iostream>

#include "app/cli_args.h"
#include "app/file_io.h"
#include "app/workspace.h"
#include "core/status.h"
#include "core/csv.h"
#include "core/encoding.h"
#include "formats/xlsx_reader.h"
#include "service/case_service.h"

namespace gongkai::app {

Result<std::vector<service::LedgerSourceRow>> ReadLedgerRows(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return LedgerRowsFromBytes(*bytes, path);
}

Result<std::vector<service::LedgerSourceRow>> LedgerRowsFromBytes(const std::string& bytes_in,
                                                                  const std::string& path) {
  const std::string* bytes = &bytes_in;
  std::vector<service::LedgerSourceRow> rows;
  if (bytes->rfind("PK\x03\x04", 0) == 0) {
    Result<formats::Document> doc = formats::ReadXlsxDocument(*bytes);
    if (!doc.ok()) return doc.status().WithContext(path);
    for (const formats::DocBlock& b : doc->blocks) {
      if (b.kind != formats::DocBlock::Kind::kTable) continue;
      for (const auto& r : b.table.rows) {
        service::LedgerSourceRow row;
        for (const formats::DocCell& c : r) row.cells.push_back(c.text);
        row.row = r.empty() ? 0 : r.front().src.line;
        rows.push_back(std::move(row));
      }
      break;  // the first table-like sheet is the ledger
    }
    if (rows.empty()) return Status::InvalidInput(path + "：工作簿中没有找到台账表格。");
    return rows;
  }
  const encoding::Decoded text = encoding::ToUtf8(*bytes);
  const csv::Table table = csv::Parse(text.text);
  if (!table.problems.empty()) return Status::InvalidInput(path + "：" + table.problems.front());
  for (const csv::Row& r : table.rows) rows.push_back({r.fields, r.line});
  if (rows.empty()) return Status::InvalidInput(path + "：文件是空的。");
  return rows;
}

int RunImport(const std::string& db_flag, const std::string& path, int64_t agency_id,
              const service::Actor& actor) {
  Result<std::vector<service::LedgerSourceRow>> rows = ReadLedgerRows(path);
  if (!rows.ok()) {
    std::cerr << "错误：" << rows.status().message() << "\n";
    return 2;
  }
  std::vector<std::string> ignored;
  const service::LedgerParse parsed = service::ParseLedger(*rows, &ignored);
  if (!parsed.errors.empty()) {
    std::cerr << path << "：有" << parsed.errors.size() << "处错误，未导入任何记录：\n";
    for (const std::string& e : parsed.errors) std::cerr << "  " << e << "\n";
    return 1;
  }
  Result<std::unique_ptr<CaseDesk>> desk = OpenCaseDesk(db_flag);
  if (!desk.ok()) return FailToStart(desk.status());
  Result<service::ImportSummary> done = (*desk)->cases->Import(parsed.entries, agency_id, actor);
  if (!done.ok()) {
    std::cerr << path << "：导入失败，未导入任何记录：" << done.status().message() << "\n";
    return done.status().code() == StatusCode::kInvalidInput ? 1 : 2;
  }
  std::cout << "已导入" << done->imported << "件申请（其中已办结" << done->closed << "件）";
  if (done->skipped > 0) std::cout << "；已存在" << done->skipped << "件，跳过";
  std::cout << "。\n";
  if (done->without_id > 0) {
    std::cout << "注意：其中" << done->without_id
              << "件没有申请编号，再次导入同一台账时无法识别，会重复登记；建议在台账中填写“申请编号”列。\n";
  }
  if (!ignored.empty()) {
    std::cout << "未使用的列：";
    for (size_t i = 0; i < ignored.size(); ++i) std::cout << (i ? "、" : "") << ignored[i];
    std::cout << "\n";
  }
  return 0;
}

}  // namespace gongkai::app
