#include "formats/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <type_traits>
#include <vector>

#include "core/utf8.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

constexpr size_t kMaxSharedStrings = 2000000;
// Work allowed for expanding merged ranges of one sheet (positions visited).
constexpr size_t kMaxMergeWork = 4000000;
// Decompressed XML read per workbook, all parts together.
constexpr uint64_t kMaxXmlBytes = uint64_t{256} << 20;

Status Damaged(const std::string& what) { return Status::Damaged("XLSX 文件已损坏：" + what); }

// A part that could not be read: over a size limit (kept as is) or damaged.
Status PartError(const Status& s, const std::string& where) {
  if (s.code() == StatusCode::kUnsupported) return s;
  return s.WithContext("XLSX 文件已损坏" + where);
}

// ---- XML helpers (element names compared without their namespace prefix) ----

std::string_view LocalName(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& parent, std::string_view local) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c) == local) return c;
  }
  return {};
}

template <typename F>
void ForChildren(const pugi::xml_node& parent, std::string_view local, F&& f) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c) == local) f(c);
  }
}

// The attribute whose local name is `local` (r:id → "id" with a prefix).
std::string_view Attr(const pugi::xml_node& n, std::string_view local, bool prefixed = false) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name = a.name();
    size_t colon = name.find(':');
    bool has_prefix = colon != std::string_view::npos;
    std::string_view lname = has_prefix ? name.substr(colon + 1) : name;
    if (lname == local && has_prefix == prefixed) return a.value();
  }
  return {};
}

// Parses `data` into `doc`; false when it is not well-formed XML.
bool ParseXml(const std::string& data, pugi::xml_document& doc) {
  try {
    pugi::xml_parse_result res = doc.load_buffer(
        data.data(), data.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    return static_cast<bool>(res);
  } catch (const std::exception&) {
    return false;
  }
}

// True when all of `s` is one number (from_chars, no sign for unsigned).
template <typename T>
bool ParseWhole(std::string_view s, T& v, int base = 10) {
  std::from_chars_result res;
  if constexpr (std::is_floating_point_v<T>) {
    res = std::from_chars(s.data(), s.data() + s.size(), v);
  } else {
    res = std::from_chars(s.data(), s.data() + s.size(), v, base);
  }
  const auto [end, ec] = res;
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

// Decodes the OOXML escape _xHHHH_ (ST_Xstring), folds CR and CRLF into
// '\n', drops other control characters and repairs invalid UTF-8.
std::string CleanText(std::string_view raw) {
  std::u32string cps;
  cps.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    unsigned v = 0;
    if (raw[i] == '_' && i + 6 < raw.size() && raw[i + 1] == 'x' && raw[i + 6] == '_' &&
        ParseWhole(raw.substr(i + 2, 4), v, 16)) {
      cps.push_back(static_cast<char32_t>(v));
      i += 7;
      continue;
    }
    cps.push_back(utf8::Next(raw, i));
  }
  std::string out;
  out.reserve(raw.size());
  for (size_t k = 0; k < cps.size(); ++k) {
    char32_t cp = cps[k];
    if (cp == '\r') {
      if (k + 1 < cps.size() && cps[k + 1] == '\n') continue;
      cp = '\n';
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp == '\n' || cp == '\t' || cp >= 0x20) utf8::Append(out, cp);
  }
  return out;
}

// Text of a shared-string item or inline string: <t> plus the <t> of each
// rich-text run; phonetic runs (<rPh>) are not text.
std::string StringItemText(const pugi::xml_node& si) {
  std::string raw;
  for (pugi::xml_node c = si.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (LocalName(c) == "t") {
      raw += c.text().get();
    } else if (LocalName(c) == "r") {
      if (pugi::xml_node t = Child(c, "t")) raw += t.text().get();
    }
  }
  return CleanText(raw);
}

// "96171.6", "3119", "0.05": the shortest text that reads back as `v`.
std::string ShortestDecimal(double v) {
  if (std::isnan(v) || std::isinf(v)) return "";
  if (v == 0) return "0";
  char buf[400];
  const double mag = std::fabs(v);
  const auto fmt =
      (mag >= 1e-6 && mag < 1e21) ? std::chars_format::fixed : std::chars_format::general;
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, fmt);
  if (ec != std::errc()) return "";
  return std::string(buf, end);
}

std::string NumberText(std::string_view v) {
  double d = 0;
  std::string out = ParseWhole(v, d) ? ShortestDecimal(d) : "";
  return out.empty() ? CleanText(v) : out;
}

// "AB12" → column 27 (0-based), row 12 (1-based). Either part may be absent
// (then -1 / 0). False for anything else or out of Excel's range.
bool ParseRef(std::string_view ref, int& col, int& row) {
  size_t i = 0;
  long c = 0;
  while (i < ref.size() && i < 4 && std::isalpha(static_cast<unsigned char>(ref[i]))) {
    c = c * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    ++i;
  }
  if (i > 3 || c > 16384) return false;
  long r = 0;
  size_t digits = 0;
  while (i < ref.size() && std::isdigit(static_cast<unsigned char>(ref[i])) && digits < 8) {
    r = r * 10 + (ref[i] - '0');
    ++i;
    ++digits;
  }
  if (i != ref.size() || r > 1048576 || (c == 0 && r == 0)) return false;
  col = static_cast<int>(c) - 1;
  row = static_cast<int>(r);
  return true;
}

// ---- workbook structure ----

struct SheetRef {
  std::string name;
  std::string path;  // part name inside the archive
};

// Resolves a relationship target against the folder of its source part.
std::string ResolveTarget(std::string_view base_dir, std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  std::string base(base_dir);
  while (target.starts_with("../") || target.starts_with("./")) {
    const size_t up = base.rfind('/');
    if (target.starts_with("../")) base = up == std::string::npos ? "" : base.substr(0, up);
    target.remove_prefix(target.find('/') + 1);
  }
  return base.empty() ? std::string(target) : base + "/" + std::string(target);
}

struct Rel {
  std::string id, type, target;
};

std::vector<Rel> ReadRels(const ZipReader& zip, const std::string& path,
                          const std::string& base_dir) {
  std::vector<Rel> rels;
  Result<std::string> data = zip.Read(path);
  pugi::xml_document doc;
  if (!data.ok() || !ParseXml(*data, doc)) return rels;
  ForChildren(Child(doc, "Relationships"), "Relationship", [&](const pugi::xml_node& r) {
    if (Attr(r, "TargetMode") == "External") return;
    rels.push_back(Rel{std::string(Attr(r, "Id")), std::string(Attr(r, "Type")),
                       ResolveTarget(base_dir, Attr(r, "Target"))});
  });
  return rels;
}

// ---- one sheet ----

struct RawCell {
  int row = 0;  // 1-based sheet row
  int col = 0;  // 0-based column
  std::string text;
};

struct Range {
  int r1, c1, r2, c2;  // rows 1-based, columns 0-based, inclusive
};

struct SheetData {
  std::vector<RawCell> cells;  // non-empty cells in document order
  std::vector<Range> merges;
};

class Reader {
 public:
  explicit Reader(const ZipReader& zip) : zip_(zip) {}

  Result<Document> Read() {
    Status st = LoadWorkbook();
    if (!st.ok()) return st;
    st = LoadSharedStrings();
    if (!st.ok()) return st;
    for (size_t i = 0; i < sheets_.size(); ++i) {
      const int page = static_cast<int>(i) + 1;
      SheetData data;
      st = LoadSheet(sheets_[i], page, data);
      if (!st.ok()) return st;
      EmitSheet(sheets_[i], page, data);
    }
    return std::move(doc_);
  }

 private:
  void Note(int line, int page, std::string message) {
    doc_.notes.push_back(ParseNote{SourceRef{line, page}, std::move(message)});
  }

  // Reads a part within what is left of kMaxXmlBytes.
  Result<std::string> ReadPart(const std::string& path) {
    if (xml_bytes_ >= kMaxXmlBytes) {
      return Status::Unsupported("XLSX 文件过大：解压后的内容合计超过 256 MiB，拒绝读取");
    }
    Result<std::string> data =
        zip_.Read(path, std::min(kZipMaxEntrySize, kMaxXmlBytes - xml_bytes_));
    if (data.ok()) xml_bytes_ += data->size();
    return data;
  }

  Status AddText(size_t bytes) {
    text_bytes_ += bytes;
    if (text_bytes_ > kXlsxMaxTextBytes) {
      return Status::Unsupported("XLSX 文件过大：单元格文字合计超过 64 MiB，拒绝读取");
    }
    return Status::Ok();
  }

  Status LoadWorkbook() {
    std::string workbook_path = "xl/workbook.xml";
    for (const Rel& r : ReadRels(zip_, "_rels/.rels", "")) {
      if (r.type.ends_with("/officeDocument") && !r.target.empty()) workbook_path = r.target;
    }
    Result<std::string> data = ReadPart(workbook_path);
    if (!data.ok()) {
      if (data.status().code() == StatusCode::kNotFound) return Damaged("缺少 " + workbook_path);
      return PartError(data.status(), "");
    }
    pugi::xml_document doc;
    if (!ParseXml(*data, doc)) return Damaged(workbook_path + " 不是有效的 XML");
    size_t slash = workbook_path.rfind('/');
    std::string dir = slash == std::string::npos ? "" : workbook_path.substr(0, slash);
    std::string file = slash == std::string::npos ? workbook_path : workbook_path.substr(slash + 1);
    std::vector<Rel> rels =
        ReadRels(zip_, (dir.empty() ? "" : dir + "/") + "_rels/" + file + ".rels", dir);
    for (const Rel& r : rels) {
      if (r.type.ends_with("/sharedStrings")) shared_strings_path_ = r.target;
    }
    if (shared_strings_path_.empty())
      shared_strings_path_ = (dir.empty() ? "" : dir + "/") + "sharedStrings.xml";

    pugi::xml_node sheets = Child(Child(doc, "workbook"), "sheets");
    if (!sheets) return Damaged(workbook_path + " 中没有工作表列表（<sheets>）");
    int index = 0;
    bool truncated = false;
    ForChildren(sheets, "sheet", [&](const pugi::xml_node& s) {
      ++index;
      if (sheets_.size() >= static_cast<size_t>(kXlsxMaxSheets)) {
        truncated = true;
        return;
      }
      SheetRef ref;
      ref.name = CleanText(Attr(s, "name"));
      std::string_view rid = Attr(s, "id", true);
      for (const Rel& r : rels) {
        if (r.id == rid && !rid.empty()) ref.path = r.target;
      }
      if (ref.path.empty()) {
        ref.path =
            (dir.empty() ? "" : dir + "/") + "worksheets/sheet" + std::to_string(index) + ".xml";
      }
      sheets_.push_back(std::move(ref));
    });
    if (truncated) {
      Note(0, 0, "工作簿超过 " + std::to_string(kXlsxMaxSheets) + " 个工作表，其余工作表已忽略");
    }
    return Status::Ok();
  }

  Status LoadSharedStrings() {
    if (!zip_.Contains(shared_strings_path_)) return Status::Ok();  // all strings inline
    Result<std::string> data = ReadPart(shared_strings_path_);
    if (!data.ok()) return PartError(data.status(), "");
    pugi::xml_document doc;
    if (!ParseXml(*data, doc)) return Damaged(shared_strings_path_ + " 不是有效的 XML");
    Status st;
    ForChildren(Child(doc, "sst"), "si", [&](const pugi::xml_node& si) {
      if (!st.ok() || shared_.size() >= kMaxSharedStrings) return;
      shared_.push_back(StringItemText(si));
      st = AddText(shared_.back().size());
    });
    return st;
  }

  Status LoadSheet(const SheetRef& sheet, int page, SheetData& out) {
    const std::string where = "工作表“" + sheet.name + "”";
    if (!zip_.Contains(sheet.path)) {
      // A chartsheet or a dangling entry: no cells to read.
      Note(0, page, where + "（" + sheet.path + "）不存在或不是普通工作表，已跳过");
      return Status::Ok();
    }
    Result<std::string> data = ReadPart(sheet.path);
    if (!data.ok()) return PartError(data.status(), "（" + where + "）");
    pugi::xml_document doc;
    if (!ParseXml(*data, doc)) return Damaged(where + "（" + sheet.path + "）不是有效的 XML");
    pugi::xml_node root = doc.first_child();
    while (root && root.type() != pugi::node_element) root = root.next_sibling();
    if (!root || LocalName(root) != "worksheet") {
      Note(0, page, where + "不是普通工作表，已跳过");
      return Status::Ok();
    }
    bool cut_rows = false, cut_cols = false, bad_refs = false, bad_shared = false;
    int row_number = 0;
    Status st;
    ForChildren(Child(root, "sheetData"), "row", [&](const pugi::xml_node& row) {
      if (!st.ok()) return;
      std::string_view r_attr = Attr(row, "r");
      int parsed = row_number + 1;
      if (!r_attr.empty() && !(ParseWhole(r_attr, parsed) && parsed >= 1 && parsed <= 1048576)) {
        bad_refs = true;
        parsed = row_number + 1;
      }
      row_number = parsed;
      if (row_number > kXlsxMaxRows) {
        cut_rows = true;
        return;
      }
      int col = -1;
      ForChildren(row, "c", [&](const pugi::xml_node& c) {
        if (!st.ok()) return;
        int ref_col = col + 1, ref_row = row_number;
        std::string_view ref = Attr(c, "r");
        if (!ref.empty() &&
            (!ParseRef(ref, ref_col, ref_row) || ref_col < 0 || ref_row != row_number)) {
          bad_refs = true;
          ref_col = col + 1;
        }
        col = ref_col;
        if (col >= kXlsxMaxColumns) {
          cut_cols = true;
          return;
        }
        std::string text = CellText(c, bad_shared);
        if (text.empty()) return;
        st = AddText(text.size());
        out.cells.push_back(RawCell{row_number, col, std::move(text)});
      });
    });
    if (!st.ok()) return st;
    if (cut_rows)
      Note(kXlsxMaxRows, page,
           where + "超过 " + std::to_string(kXlsxMaxRows) + " 行，其余行已忽略");
    if (cut_cols)
      Note(0, page, where + "超过 " + std::to_string(kXlsxMaxColumns) + " 列，其余列已忽略");
    if (bad_refs) Note(0, page, where + "含有无效的单元格或行位置，已按顺序排列");
    if (bad_shared) Note(0, page, where + "引用了不存在的共享字符串，相应单元格按空白处理");

    ForChildren(Child(root, "mergeCells"), "mergeCell", [&](const pugi::xml_node& m) {
      std::string_view ref = Attr(m, "ref");
      size_t colon = ref.find(':');
      if (colon == std::string_view::npos) return;
      Range g{};
      if (!ParseRef(ref.substr(0, colon), g.c1, g.r1) ||
          !ParseRef(ref.substr(colon + 1), g.c2, g.r2))
        return;
      if (g.c1 < 0 || g.c2 < 0 || g.r1 < 1 || g.r2 < 1) return;
      if (g.r1 > g.r2) std::swap(g.r1, g.r2);
      if (g.c1 > g.c2) std::swap(g.c1, g.c2);
      if (g.r1 > kXlsxMaxRows || g.c1 >= kXlsxMaxColumns) return;
      g.r2 = std::min(g.r2, kXlsxMaxRows);
      g.c2 = std::min(g.c2, kXlsxMaxColumns - 1);
      if (g.r1 == g.r2 && g.c1 == g.c2) return;
      out.merges.push_back(g);
    });
    return Status::Ok();
  }

  std::string CellText(const pugi::xml_node& c, bool& bad_shared) const {
    std::string_view type = Attr(c, "t");
    if (type == "inlineStr") return StringItemText(Child(c, "is"));
    pugi::xml_node v = Child(c, "v");
    if (!v) return "";
    std::string_view value = v.text().get();
    if (type == "s") {
      size_t index = 0;
      if (!ParseWhole(value, index) || index >= shared_.size()) {
        bad_shared = true;
        return "";
      }
      return shared_[index];
    }
    if (type == "b") return value == "1" ? "TRUE" : "FALSE";
    if (type == "str" || type == "e" || type == "d") return CleanText(value);
    return NumberText(value);
  }

  void EmitSheet(const SheetRef& sheet, int page, SheetData& data) {
    if (data.cells.empty() && data.merges.empty()) return;
    std::stable_sort(data.cells.begin(), data.cells.end(), [](const RawCell& a, const RawCell& b) {
      return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    // A later duplicate of a position replaces the earlier one.
    std::vector<RawCell> cells;
    for (RawCell& c : data.cells) {
      if (!cells.empty() && cells.back().row == c.row && cells.back().col == c.col) {
        cells.back() = std::move(c);
      } else {
        cells.push_back(std::move(c));
      }
    }
    bool text_sheet = data.merges.empty();
    for (size_t i = 1; i < cells.size() && text_sheet; ++i) {
      if (cells[i].row == cells[i - 1].row) text_sheet = false;
    }
    if (text_sheet) {
      for (const RawCell& c : cells) {
        size_t start = 0;
        while (start <= c.text.size()) {
          size_t nl = c.text.find('\n', start);
          std::string line = utf8::Trim(
              std::string_view(c.text).substr(start, nl == std::string::npos ? nl : nl - start));
          if (!line.empty())
            doc_.blocks.push_back(DocBlock::Paragraph(std::move(line), SourceRef{c.row, page}));
          if (nl == std::string::npos) break;
          start = nl + 1;
        }
      }
      return;
    }
    EmitTable(sheet, page, cells, data.merges);
  }

  void EmitTable(const SheetRef& sheet, int page, std::vector<RawCell>& cells,
                 const std::vector<Range>& merges) {
    int r1 = kXlsxMaxRows + 1, r2 = 0, c1 = kXlsxMaxColumns, c2 = -1;
    const auto extend = [&](int r, int c) {
      r1 = std::min(r1, r);
      r2 = std::max(r2, r);
      c1 = std::min(c1, c);
      c2 = std::max(c2, c);
    };
    for (const RawCell& c : cells) extend(c.row, c.col);
    for (const Range& g : merges) {
      extend(g.r1, g.c1);
      extend(g.r2, g.c2);
    }
    const size_t width = static_cast<size_t>(c2 - c1 + 1);
    size_t height = static_cast<size_t>(r2 - r1 + 1);
    const size_t budget = kXlsxMaxGridCells - grid_cells_;
    if (width * height > budget) {
      height = budget / width;
      r2 = r1 + static_cast<int>(height) - 1;
      Note(r2 + 1, page,
           "工作表“" + sheet.name + "”的表格过大，第 " + std::to_string(r2 + 1) + " 行起已忽略");
      if (height == 0) return;
    }
    DocTable table;
    table.src = SourceRef{r1, page};
    table.rows.resize(height);
    for (size_t i = 0; i < height; ++i) {
      const int line = r1 + static_cast<int>(i);
      table.rows[i].resize(width);
      for (DocCell& cell : table.rows[i]) cell.src = SourceRef{line, page};
    }
    for (RawCell& c : cells) {
      if (c.row > r2) break;
      table.rows[c.row - r1][c.col - c1].text = std::move(c.text);
    }
    grid_cells_ += width * height;
    size_t& work = merge_work_;
    bool too_many = false;
    for (const Range& g : merges) {
      if (g.r1 > r2) continue;
      DocCell& origin = table.rows[g.r1 - r1][g.c1 - c1];
      if (origin.covered) continue;  // overlaps an earlier range
      const size_t area = static_cast<size_t>(std::min(g.r2, r2) - g.r1 + 1) * (g.c2 - g.c1 + 1);
      if (work + area > kMaxMergeWork) {
        too_many = true;
        continue;
      }
      work += area;
      for (int r = g.r1; r <= std::min(g.r2, r2); ++r) {
        for (int k = g.c1; k <= g.c2; ++k) {
          if (r == g.r1 && k == g.c1) continue;
          DocCell& cell = table.rows[r - r1][k - c1];
          cell.text.clear();
          cell.covered = true;
        }
      }
    }
    if (too_many) Note(r1, page, "工作表“" + sheet.name + "”的合并单元格过多，部分合并未展开");
    doc_.blocks.push_back(DocBlock::Table(std::move(table)));
  }

  const ZipReader& zip_;
  Document doc_;
  std::vector<SheetRef> sheets_;
  std::string shared_strings_path_;
  std::vector<std::string> shared_;
  size_t text_bytes_ = 0;
  uint64_t xml_bytes_ = 0;  // against kMaxXmlBytes
  size_t grid_cells_ = 0;   // against kXlsxMaxGridCells
  size_t merge_work_ = 0;   // against kMaxMergeWork
};

}  // namespace

Result<Document> ReadXlsxDocument(std::string_view bytes) {
  if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
    return Status::Unsupported(
        "不支持该文件：这是加密的 XLSX 或旧版 XLS（OLE 复合文档），请另存为未加密的 .xlsx "
        "后再导入");
  }
  Result<ZipReader> zip = ZipReader::Open(bytes);
  if (!zip.ok()) {
    if (zip.status().code() == StatusCode::kInvalidInput) {
      return Status::InvalidInput("不是 XLSX 文件：" + zip.status().message());
    }
    return zip.status().WithContext("XLSX 文件已损坏");
  }
  try {
    Reader reader(*zip);
    return reader.Read();
  } catch (const std::bad_alloc&) {
    return Status::Unsupported("XLSX 文件过大，内存不足，无法读取");
  } catch (const std::exception&) {
    return Status::Internal("读取 XLSX 文件时发生内部错误");
  }
}

}  // namespace gongkai::formats
