#include "formats/docx_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

constexpr std::string_view kDamaged = "DOCX 文件已损坏：";
constexpr std::string_view kDefaultMainPart = "word/document.xml";
constexpr uint64_t kMaxRelsSize = uint64_t{1} << 20;
constexpr int kMaxDepth = 64;            // element nesting we descend into
constexpr int kMaxColumns = 512;         // per table row
constexpr size_t kMaxTableRows = 20000;  // per table
constexpr size_t kCellBudget = 2000000;  // grid positions in the whole document

std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool Is(const pugi::xml_node& node, std::string_view local) {
  return node.type() == pugi::node_element && LocalName(node) == local;
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c : node.children()) {
    if (Is(c, local)) return c;
  }
  return pugi::xml_node();
}

// The value of an attribute by local name (w:val, val, …), or "".
std::string_view Attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view name = a.name();
    const size_t colon = name.find(':');
    if (colon != std::string_view::npos) name = name.substr(colon + 1);
    if (name == local) return a.value();
  }
  return {};
}

// An attribute holding an integer, clamped to [lo, hi]; `fallback` when
// absent or bad.
int IntAttr(const pugi::xml_node& node, std::string_view local, int lo, int hi, int fallback) {
  const std::string_view v = Attr(node, local);
  long long n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size()) return fallback;
  return static_cast<int>(std::clamp<long long>(n, lo, hi));
}

int IntVal(const pugi::xml_node& node, int lo, int hi, int fallback) {
  return IntAttr(node, "val", lo, hi, fallback);
}

// Grid columns narrower than this (twips, ~0.5 mm) hold no text: Word, WPS
// and LibreOffice leave them where cell borders are a hair out of line.
constexpr int kSliverTwips = 30;

// Removes sliver columns (`widths[k]` in [0, kSliverTwips)) from `rows`
// wherever that loses no text: in every row the position is covered, an
// empty cell, or the first column of a cell that continues to its right
// (`hspan[r][k + 1]`), which then starts one column later.
void CollapseSlivers(std::vector<std::vector<DocCell>>& rows,
                     std::vector<std::vector<bool>>& hspan, const std::vector<int>& widths) {
  size_t width = rows.empty() ? 0 : rows.front().size();
  for (size_t k = std::min(widths.size(), width); k-- > 0;) {
    if (widths[k] < 0 || widths[k] >= kSliverTwips || width <= 1) continue;
    const auto continues = [&](size_t r) { return k + 1 < width && hspan[r][k + 1]; };
    bool removable = true;
    for (size_t r = 0; r < rows.size() && removable; ++r) {
      const DocCell& c = rows[r][k];
      removable = c.covered || c.text.empty() || continues(r);
    }
    if (!removable) continue;
    for (size_t r = 0; r < rows.size(); ++r) {
      if (!rows[r][k].covered && continues(r)) {
        rows[r][k + 1].text = std::move(rows[r][k].text);
        rows[r][k + 1].covered = false;
        hspan[r][k + 1] = hspan[r][k];
      }
      rows[r].erase(rows[r].begin() + static_cast<std::ptrdiff_t>(k));
      hspan[r].erase(hspan[r].begin() + static_cast<std::ptrdiff_t>(k));
    }
    --width;
  }
}

// Elements whose content is not document text.
bool IsSkipped(std::string_view local) {
  return local == "pPr" || local == "rPr" || local == "tblPr" || local == "trPr" ||
         local == "tcPr" || local == "tblGrid" || local == "sectPr" || local == "sdtPr" ||
         local == "sdtEndPr" || local == "del" || local == "moveFrom" || local == "delText" ||
         local == "instrText" || local == "Fallback" || local == "tblPrEx";
}

Status Damaged(std::string what) { return Status::Damaged(std::string(kDamaged) + what); }

class BodyReader {
 public:
  Document Read(const pugi::xml_node& body) {
    Blocks(body, 0);
    return std::move(doc_);
  }

 private:
  void Note(bool& once, std::string message) {
    if (once) return;
    once = true;
    doc_.notes.push_back(ParseNote{SourceRef{line_, 0}, std::move(message)});
  }

  bool TooDeep(int depth) {
    if (depth <= kMaxDepth) return false;
    Note(noted_depth_, "文档嵌套层级超过 " + std::to_string(kMaxDepth) + " 层，更深处的内容未读取");
    return true;
  }

  // Body-level content: paragraphs, tables, and wrappers around them.
  void Blocks(const pugi::xml_node& container, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node child : container.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view local = LocalName(child);
      if (local == "p") {
        ++line_;
        std::string text = utf8::Trim(ParagraphText(child));
        if (!text.empty()) doc_.blocks.push_back(DocBlock::Paragraph(std::move(text), {line_, 0}));
      } else if (local == "tbl") {
        Table(child, depth + 1);
      } else if (local == "altChunk") {
        Note(noted_alt_chunk_, "文档中嵌入的外部内容（altChunk）未读取");
      } else if (!IsSkipped(local)) {
        Blocks(child, depth + 1);
      }
    }
  }

  std::string ParagraphText(const pugi::xml_node& p) {
    std::string out;
    Runs(p, out, 0);
    return utf8::Sanitize(out);
  }

  void Runs(const pugi::xml_node& node, std::string& out, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view local = LocalName(child);
      if (local == "t") {
        out += child.text().get();
      } else if (local == "tab") {
        out += '\t';
      } else if (local == "br" || local == "cr") {
        out += '\n';
      } else if (local == "noBreakHyphen") {
        out += '-';
      } else if (local == "txbxContent") {
        Note(noted_textbox_, "文档中文本框内的文字未读取");
      } else if (!IsSkipped(local)) {
        Runs(child, out, depth + 1);
      }
    }
  }

  // Every paragraph inside `node` (a cell, or a table nested in one), in order.
  void CellLines(const pugi::xml_node& node, std::vector<std::string>& lines, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view local = LocalName(child);
      if (local == "p") {
        std::string text = utf8::Trim(ParagraphText(child));
        if (!text.empty()) lines.push_back(std::move(text));
      } else if (!IsSkipped(local)) {
        CellLines(child, lines, depth + 1);
      }
    }
  }

  // Collects the elements named `local` among the children of `node`,
  // looking through wrappers (content controls, custom XML, insertions).
  void Collect(const pugi::xml_node& node, std::string_view local,
               std::vector<pugi::xml_node>& out, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(child);
      if (name == local) {
        out.push_back(child);
      } else if (name != "tbl" && name != "tr" && name != "tc" && name != "p" &&
                 !IsSkipped(name)) {
        Collect(child, local, out, depth + 1);
      }
    }
  }

  bool Spend(size_t positions) {
    if (budget_ < positions) {
      Note(noted_budget_, "文档中的表格过大，超出上限的部分未读取");
      budget_ = 0;
      return false;
    }
    budget_ -= positions;
    return true;
  }

  void Table(const pugi::xml_node& tbl, int depth) {
    std::vector<int> grid_widths;  // twips, -1 when not stated
    if (pugi::xml_node grid = Child(tbl, "tblGrid")) {
      for (pugi::xml_node c : grid.children()) {
        if (Is(c, "gridCol") && grid_widths.size() < static_cast<size_t>(kMaxColumns)) {
          grid_widths.push_back(IntAttr(c, "w", -1, 1 << 24, -1));
        }
      }
    }
    std::vector<pugi::xml_node> trs;
    Collect(tbl, "tr", trs, depth);
    DocTable table;
    std::vector<int> row_lines;
    std::vector<std::vector<bool>> hspan;  // continues the cell on its left
    size_t width = grid_widths.size();
    for (const pugi::xml_node& tr : trs) {
      if (table.rows.size() >= kMaxTableRows) {
        Note(noted_rows_, "表格超过 " + std::to_string(kMaxTableRows) + " 行，其余行未读取");
        break;
      }
      ++line_;
      const SourceRef src{line_, 0};
      std::vector<DocCell> row;
      std::vector<bool> row_hspan;
      // False only when the document's cell budget is spent; positions past
      // kMaxColumns are dropped.
      const auto add = [&](std::string text, bool covered, bool horizontal = false) {
        if (row.size() >= static_cast<size_t>(kMaxColumns)) {
          Note(noted_columns_, "表格超过 " + std::to_string(kMaxColumns) + " 列，其余列未读取");
          return true;
        }
        if (!Spend(1)) return false;
        row.push_back(DocCell{std::move(text), src, covered});
        row_hspan.push_back(horizontal);
        return true;
      };
      int grid_after = 0;
      bool ok = true;
      if (pugi::xml_node pr = Child(tr, "trPr")) {
        const int before = IntVal(Child(pr, "gridBefore"), 0, kMaxColumns, 0);
        grid_after = IntVal(Child(pr, "gridAfter"), 0, kMaxColumns, 0);
        for (int i = 0; i < before && ok; ++i) ok = add("", false);
      }
      std::vector<pugi::xml_node> tcs;
      Collect(tr, "tc", tcs, depth + 1);
      for (const pugi::xml_node& tc : tcs) {
        if (!ok) break;
        int span = 1;
        bool covered = false, horizontal = false;
        if (pugi::xml_node pr = Child(tc, "tcPr")) {
          span = IntVal(Child(pr, "gridSpan"), 1, kMaxColumns, 1);
          if (pugi::xml_node v = Child(pr, "vMerge")) covered = Attr(v, "val") != "restart";
          if (pugi::xml_node h = Child(pr, "hMerge")) horizontal = Attr(h, "val") != "restart";
          covered |= horizontal;
        }
        std::string text;
        if (!covered) {
          std::vector<std::string> lines;
          CellLines(tc, lines, depth + 2);
          for (size_t i = 0; i < lines.size(); ++i) {
            if (i > 0) text += '\n';
            text += lines[i];
          }
        }
        ok = add(std::move(text), covered, horizontal);
        for (int i = 1; i < span && ok; ++i) ok = add("", true, true);
      }
      for (int i = 0; i < grid_after && ok; ++i) ok = add("", false);
      width = std::max(width, row.size());
      table.rows.push_back(std::move(row));
      hspan.push_back(std::move(row_hspan));
      row_lines.push_back(line_);
      if (!ok) break;
    }
    if (table.rows.empty()) return;
    // Pad every row to the table's width; rows that cannot be padded within
    // the budget are dropped.
    for (size_t r = 0; r < table.rows.size(); ++r) {
      std::vector<DocCell>& row = table.rows[r];
      if (row.size() < width && !Spend(width - row.size())) {
        table.rows.resize(r);
        hspan.resize(r);
        break;
      }
      row.resize(width, DocCell{"", SourceRef{row_lines[r], 0}, false});
      hspan[r].resize(width, false);
    }
    if (table.rows.empty()) return;
    CollapseSlivers(table.rows, hspan, grid_widths);
    table.src = SourceRef{row_lines.front(), 0};
    doc_.blocks.push_back(DocBlock::Table(std::move(table)));
  }

  Document doc_;
  int line_ = 0;
  size_t budget_ = kCellBudget;
  bool noted_depth_ = false;
  bool noted_textbox_ = false;
  bool noted_alt_chunk_ = false;
  bool noted_rows_ = false;
  bool noted_columns_ = false;
  bool noted_budget_ = false;
};

// The main document part named by _rels/.rels, else word/document.xml.
std::string MainPartName(const ZipReader& zip) {
  Result<std::string> rels = zip.Read("_rels/.rels", kMaxRelsSize);
  if (rels.ok()) {
    pugi::xml_document xml;
    if (xml.load_buffer(rels->data(), rels->size(), pugi::parse_default, pugi::encoding_auto)) {
      for (pugi::xml_node r : xml.document_element().children()) {
        if (!Is(r, "Relationship")) continue;
        const std::string_view type = Attr(r, "Type");
        std::string_view target = Attr(r, "Target");
        if (type.size() < 15 || type.substr(type.size() - 15) != "/officeDocument") continue;
        while (!target.empty() && target.front() == '/') target.remove_prefix(1);
        if (!target.empty() && zip.Contains(target)) return std::string(target);
      }
    }
  }
  return std::string(kDefaultMainPart);
}

// dc:title of docProps/core.xml, or "" (the part is optional, and a damaged
// one only loses the hint).
std::string CoreTitle(const ZipReader& zip) {
  Result<std::string> core = zip.Read("docProps/core.xml", kMaxRelsSize);
  if (!core.ok()) return "";
  pugi::xml_document xml;
  if (!xml.load_buffer(core->data(), core->size(), pugi::parse_default, pugi::encoding_auto)) {
    return "";
  }
  for (pugi::xml_node n : xml.document_element().children()) {
    if (LocalName(n) == "title") return utf8::CollapseSpaces(utf8::Trim(n.text().get()));
  }
  return "";
}

std::string XmlErrorText(const pugi::xml_parse_result& r) {
  switch (r.status) {
    case pugi::status_end_element_mismatch:
    case pugi::status_unrecognized_tag:
    case pugi::status_bad_start_element:
    case pugi::status_bad_end_element:
      return "标签不完整或不匹配";
    case pugi::status_no_document_element:
      return "没有根元素";
    case pugi::status_out_of_memory:
      return "内存不足";
    default:
      return "XML 格式错误";
  }
}

Result<Document> ReadImpl(std::string_view bytes) {
  if (bytes.size() >= 4 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0", 4) == 0) {
    return Status::InvalidInput(
        "不是DOCX文件（是旧版 Word 97-2003 .doc 文件或加密文档，请另存为 .docx 后再导入）");
  }
  Result<ZipReader> zip = ZipReader::Open(bytes);
  if (!zip.ok()) {
    switch (zip.status().code()) {
      case StatusCode::kInvalidInput:
        return Status::InvalidInput("不是DOCX文件（不是ZIP压缩包）");
      case StatusCode::kUnsupported:
        return Status::Unsupported("DOCX 文件无法读取：" + zip.status().message());
      default:
        return Damaged(zip.status().message());
    }
  }
  const std::string part = MainPartName(*zip);
  Result<std::string> xml_bytes = zip->Read(part, kZipMaxEntrySize);
  if (!xml_bytes.ok()) {
    switch (xml_bytes.status().code()) {
      case StatusCode::kNotFound:
        return Damaged("缺少 " + part);
      case StatusCode::kUnsupported:
        return Status::Unsupported("DOCX 文件无法读取：" + xml_bytes.status().message());
      default:
        return Damaged(xml_bytes.status().message());
    }
  }
  pugi::xml_document xml;
  // pugixml never loads DTDs or expands external entities. Parsed in place:
  // `xml_bytes` outlives `xml`.
  const pugi::xml_parse_result parsed =
      xml.load_buffer_inplace(xml_bytes->data(), xml_bytes->size(),
                      pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_auto);
  if (!parsed) {
    return Damaged(part + " 不是有效的XML（" + XmlErrorText(parsed) + "，位于第 " +
                   std::to_string(parsed.offset) + " 字节）");
  }
  const pugi::xml_node root = xml.document_element();
  if (LocalName(root) != "document") return Damaged(part + " 的根元素不是 w:document");
  const pugi::xml_node body = Child(root, "body");
  if (!body) return Damaged(part + " 中缺少 w:body");
  Result<Document> doc = BodyReader().Read(body);
  if (doc.ok()) {
    if (std::string title = CoreTitle(*zip); !title.empty()) {
      doc->title_hints.push_back({"文档属性中的标题", std::move(title)});
    }
  }
  return doc;
}

}  // namespace

Result<Document> ReadDocxDocument(std::string_view bytes) {
  try {
    return ReadImpl(bytes);
  } catch (const std::bad_alloc&) {
    return Status::Damaged(std::string(kDamaged) + "内容过大，内存不足");
  } catch (...) {
    return Status::Internal("读取 DOCX 文件时发生内部错误");
  }
}

}  // namespace gongkai::formats
