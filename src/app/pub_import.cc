#include "app/pub_import.h"

#include <filesystem>
#include <iostream>
#include <map>

#include "app/case_import.h"
#include "app/cli_args.h"
#include "app/file_io.h"
#include "app/pub_desk.h"
#include "app/pub_input_args.h"
#include "app/text_tools.h"
#include "core/utf8.h"
#include "domain/catalogue_terms.h"

namespace gongkai::app {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRequired[] = {"信息名称", "成文日期", "发布日期", "主题分类"};

Result<std::string> FindMetadata(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("目录 " + dir + " 不存在");
  std::vector<std::string> found;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".csv" || ext == ".CSV" || ext == ".xlsx" || ext == ".XLSX")) {
      found.push_back(e.path().string());
    }
  }
  if (found.size() != 1) {
    return Status::InvalidInput("目录 " + dir + " 中应恰好有一个元数据文件（.csv 或 .xlsx），现有 " +
                                std::to_string(found.size()) + " 个");
  }
  return found[0];
}

}  // namespace

int RunPubImport(const std::string& db_flag, const std::string& files_flag,
                 const std::string& dir, int64_t default_agency,
                 const std::string& override_reason, const service::Actor& actor) {
  Result<std::string> meta = FindMetadata(dir);
  if (!meta.ok()) return FailToStart(meta.status());
  Result<std::vector<service::LedgerSourceRow>> rows = ReadLedgerRows(*meta);
  if (!rows.ok()) return FailToStart(rows.status());
  if (rows->empty()) return FailToStart(Status::InvalidInput(*meta + " 是空的"));
  Result<std::unique_ptr<PubDesk>> desk = OpenPubDesk(db_flag, files_flag);
  if (!desk.ok()) return FailToStart(desk.status());
  Result<std::vector<domain::Agency>> agencies = (*desk)->db->agencies().List();
  if (!agencies.ok()) return Fail(agencies.status());

  const std::string name = fs::path(*meta).filename().string();
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < (*rows)[0].cells.size(); ++i) col[utf8::Trim((*rows)[0].cells[i])] = i;
  for (const char* c : kRequired) {
    if (!col.count(c)) {
      return Fail(Status::InvalidInput(name + " 第" + std::to_string((*rows)[0].row) +
                                       "行（表头）缺少“" + c + "”列"));
    }
  }
  std::vector<service::ImportedPublication> items;
  std::string errors;
  int bad = 0;
  for (size_t r = 1; r < rows->size(); ++r) {
    const service::LedgerSourceRow& row = (*rows)[r];
    auto cell = [&](const char* c) -> std::string {
      auto it = col.find(c);
      if (it == col.end() || it->second >= row.cells.size()) return "";
      return utf8::Trim(row.cells[it->second]);
    };
    bool empty = true;
    for (const std::string& c : row.cells) empty = empty && utf8::Trim(c).empty();
    if (empty) continue;
    service::ImportedPublication item;
    item.where = name + " 第" + std::to_string(row.row) + "行";
    auto fail = [&](const std::string& m) {
      ++bad;
      if (bad <= 200) errors += "\n  " + item.where + "：" + m;
    };
    PubInputArgs a;
    a.agency = default_agency;
    if (const std::string agency = cell("机关"); !agency.empty()) {
      a.agency = 0;
      for (const domain::Agency& x : *agencies) {
        if (agency == std::to_string(x.id) || agency == x.code || agency == x.name) a.agency = x.id;
      }
      if (a.agency == 0) {
        fail("“机关”列的“" + agency + "”不是已登记的机关");
        continue;
      }
    }
    if (a.agency == 0) {
      fail("没有“机关”列，也没有 --agency");
      continue;
    }
    a.kind = cell("类别");
    a.title = cell("信息名称");
    a.publisher = cell("发布机构");
    a.doc_no = cell("文号");
    a.formed_on = cell("成文日期");
    a.topic = cell("主题分类");
    a.item = cell("第二十条事项");
    a.summary = cell("内容概述");
    a.keywords = cell("主题词");
    const std::string file = cell("文件");
    std::string body;
    if (!file.empty()) {
      const fs::path path = fs::path(dir) / file;
      if (path.filename().string() != file) {
        fail("“文件”列应只写文件名（在所导入的目录中），而不是“" + file + "”");
        continue;
      }
      a.attach.push_back(path.string());
      Result<std::string> bytes = ReadWholeFile(path.string(), size_t{64} << 20);
      if (!bytes.ok()) {
        fail("“文件”列的 " + file + " 无法读取：" + bytes.status().message());
        continue;
      }
      Result<std::vector<service::TextPiece>> text = SharedAttachmentReader().Text(*bytes, file);
      if (!text.ok()) {
        fail(text.status().message());
        continue;
      }
      for (const service::TextPiece& piece : *text) body += piece.text + "\n";
    }
    a.body = body.empty() ? a.title : body;
    Result<service::PublicationInput> in = ToPublicationInput(a, {});
    if (!in.ok()) {
      fail(in.status().message());
      continue;
    }
    // The body is the document's text, never markup from it.
    in->body_html = TextToHtml(a.body);
    item.input = std::move(*in);
    std::optional<CivilDate> published = CivilDate::Parse(cell("发布日期"));
    if (!published) {
      fail("“发布日期”应为 YYYY-MM-DD，而不是“" + cell("发布日期") + "”");
      continue;
    }
    item.published_on = *published;
    item.index_no = cell("索引号");
    if (const std::string v = cell("有效性"); !v.empty()) {
      std::optional<domain::Validity> validity = domain::ParseValidity(v);
      if (!validity) {
        fail("“有效性”应为 有效、失效 或 废止，而不是“" + v + "”");
        continue;
      }
      item.validity = *validity;
    }
    if (const std::string d = cell("废止日期"); !d.empty()) {
      item.validity_changed_on = CivilDate::Parse(d);
      if (!item.validity_changed_on) {
        fail("“废止日期”应为 YYYY-MM-DD，而不是“" + d + "”");
        continue;
      }
    }
    items.push_back(std::move(item));
  }
  if (bad > 0) {
    return Fail(Status::InvalidInput(name + " 有 " + std::to_string(bad) +
                                     " 行有误，未导入任何信息：" + errors));
  }
  Result<std::vector<int64_t>> ids =
      (*desk)->service->Import(actor, items, override_reason, NowInChina());
  if (!ids.ok()) return Fail(ids.status());
  std::cout << "已导入 " << ids->size() << " 条已发布的信息（编号 " << ids->front() << "–"
            << ids->back() << "）\n";
  return 0;
}

}  // namespace gongkai::app
