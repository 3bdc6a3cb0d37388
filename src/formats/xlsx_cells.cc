#include "formats/xlsx_cells.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <new>
#include <pugixml.hpp>

#include "core/utf8.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

constexpr size_t kMaxCells = 1000000;
constexpr size_t kMaxTextBytes = size_t{64} << 20;
constexpr uint64_t kMaxXmlBytes = uint64_t{256} << 20;
constexpr size_t kMaxSheets = 256;

Status Damaged(const std::string& what) { return Status::Damaged("XLSX 文件已损坏：" + what); }

std::string_view LocalName(const pugi::xml_node& n) {
  const std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& parent, std::string_view local) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c) == local) return c;
  }
  return {};
}

// The attribute whose local name is `local`, with or without a prefix as asked.
std::string_view Attr(const pugi::xml_node& n, std::string_view local, bool prefixed = false) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    const size_t colon = name.find(':');
    const bool has_prefix = colon != std::string_view::npos;
    if ((has_prefix ? name.substr(colon + 1) : name) == local && has_prefix == prefixed) {
      return a.value();
    }
  }
  return {};
}

bool ParseXml(const std::string& data, pugi::xml_document& doc) {
  return static_cast<bool>(doc.load_buffer(data.data(), data.size(),
                                           pugi::parse_default | pugi::parse_ws_pcdata_single));
}

// Decodes _xHHHH_ escapes, folds CR/CRLF into '\n', drops other controls
// and repairs invalid UTF-8.
std::string CleanText(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    char32_t cp = 0;
    unsigned v = 0;
    if (raw[i] == '_' && i + 6 < raw.size() && raw[i + 1] == 'x' && raw[i + 6] == '_' &&
        std::from_chars(raw.data() + i + 2, raw.data() + i + 6, v, 16).ptr == raw.data() + i + 6) {
      cp = v;
      i += 7;
    } else {
      cp = utf8::Next(raw, i);
    }
    if (cp == '\r') {
      if (i < raw.size() && raw[i] == '\n') continue;
      cp = '\n';
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp == '\n' || cp == '\t' || cp >= 0x20) utf8::Append(out, cp);
  }
  return out;
}

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

std::string NumberText(std::string_view v) {
  double d = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || !std::isfinite(d)) {
    return CleanText(v);
  }
  if (d == 0) return "0";
  char buf[400];
  const double mag = std::fabs(d);
  const auto fmt =
      (mag >= 1e-6 && mag < 1e21) ? std::chars_format::fixed : std::chars_format::general;
  const auto [out_end, out_ec] = std::to_chars(buf, buf + sizeof buf, d, fmt);
  return out_ec == std::errc() ? std::string(buf, out_end) : CleanText(v);
}

// "AB12" → column 27 (0-based), row 12. False for anything else.
bool ParseRef(std::string_view ref, int& col, int& row) {
  size_t i = 0;
  int c = 0;
  while (i < ref.size() && i < 3 && std::isalpha(static_cast<unsigned char>(ref[i]))) {
    c = c * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    ++i;
  }
  int r = 0;
  const size_t digits_start = i;
  while (i < ref.size() && i - digits_start < 7 &&
         std::isdigit(static_cast<unsigned char>(ref[i]))) {
    r = r * 10 + (ref[i] - '0');
    ++i;
  }
  if (i != ref.size() || c == 0 || c > 16384 || r < 1 || r > 1048576) return false;
  col = c - 1;
  row = r;
  return true;
}

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

struct Sheet {
  std::string name, path;
};

struct RawCell {
  int row = 0, col = 0;
  std::string text;
};

class CellReader {
 public:
  explicit CellReader(const ZipReader& zip) : zip_(zip) {}

  Result<std::vector<XlsxCell>> Read() {
    std::vector<Sheet> sheets;
    if (Status st = LoadWorkbook(sheets); !st.ok()) return st;
    if (Status st = LoadSharedStrings(); !st.ok()) return st;
    std::vector<XlsxCell> out;
    for (const Sheet& sheet : sheets) {
      if (Status st = ReadSheet(sheet, out); !st.ok()) return st;
    }
    return out;
  }

 private:
  Result<std::string> ReadPart(const std::string& path) {
    if (xml_bytes_ >= kMaxXmlBytes) {
      return Status::Unsupported("XLSX 文件过大：解压后的内容合计超过 256 MiB，拒绝读取");
    }
    Result<std::string> data =
        zip_.Read(path, std::min(kZipMaxEntrySize, kMaxXmlBytes - xml_bytes_));
    if (data.ok()) xml_bytes_ += data->size();
    return data;
  }

  std::vector<Rel> ReadRels(const std::string& path, const std::string& base_dir) {
    std::vector<Rel> rels;
    if (!zip_.Contains(path)) return rels;
    Result<std::string> data = ReadPart(path);
    pugi::xml_document doc;
    if (!data.ok() || !ParseXml(*data, doc)) return rels;
    for (pugi::xml_node r = Child(doc, "Relationships").first_child(); r; r = r.next_sibling()) {
      if (LocalName(r) != "Relationship" || Attr(r, "TargetMode") == "External") continue;
      rels.push_back(Rel{std::string(Attr(r, "Id")), std::string(Attr(r, "Type")),
                         ResolveTarget(base_dir, Attr(r, "Target"))});
    }
    return rels;
  }

  Status LoadWorkbook(std::vector<Sheet>& sheets) {
    std::string workbook = "xl/workbook.xml";
    for (const Rel& r : ReadRels("_rels/.rels", "")) {
      if (r.type.ends_with("/officeDocument") && !r.target.empty()) workbook = r.target;
    }
    Result<std::string> data = ReadPart(workbook);
    if (!data.ok()) {
      if (data.status().code() == StatusCode::kNotFound) return Damaged("缺少 " + workbook);
      return data.status().code() == StatusCode::kUnsupported
                 ? data.status()
                 : data.status().WithContext("XLSX 文件已损坏");
    }
    pugi::xml_document doc;
    if (!ParseXml(*data, doc)) return Damaged(workbook + " 不是有效的 XML");
    const size_t slash = workbook.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : workbook.substr(0, slash);
    const std::string file = slash == std::string::npos ? workbook : workbook.substr(slash + 1);
    const std::vector<Rel> rels =
        ReadRels((dir.empty() ? "" : dir + "/") + "_rels/" + file + ".rels", dir);
    shared_path_ = (dir.empty() ? "" : dir + "/") + "sharedStrings.xml";
    for (const Rel& r : rels) {
      if (r.type.ends_with("/sharedStrings")) shared_path_ = r.target;
    }
    const pugi::xml_node list = Child(Child(doc, "workbook"), "sheets");
    if (!list) return Damaged(workbook + " 中没有工作表列表（<sheets>）");
    int index = 0;
    for (pugi::xml_node s = list.first_child(); s && sheets.size() < kMaxSheets;
         s = s.next_sibling()) {
      if (LocalName(s) != "sheet") continue;
      ++index;
      Sheet sheet{CleanText(Attr(s, "name")), ""};
      const std::string_view rid = Attr(s, "id", true);
      for (const Rel& r : rels) {
        if (!rid.empty() && r.id == rid) sheet.path = r.target;
      }
      if (sheet.path.empty()) {
        sheet.path =
            (dir.empty() ? "" : dir + "/") + "worksheets/sheet" + std::to_string(index) + ".xml";
      }
      sheets.push_back(std::move(sheet));
    }
    return Status::Ok();
  }

  Status AddText(size_t bytes) {
    text_bytes_ += bytes;
    if (text_bytes_ > kMaxTextBytes) {
      return Status::Unsupported("XLSX 文件过大：单元格文字合计超过 64 MiB，拒绝读取");
    }
    return Status::Ok();
  }

  Status LoadSharedStrings() {
    if (!zip_.Contains(shared_path_)) return Status::Ok();
    Result<std::string> data = ReadPart(shared_path_);
    if (!data.ok()) {
      return data.status().code() == StatusCode::kUnsupported
                 ? data.status()
                 : data.status().WithContext("XLSX 文件已损坏");
    }
    pugi::xml_document doc;
    if (!ParseXml(*data, doc)) return Damaged(shared_path_ + " 不是有效的 XML");
    for (pugi::xml_node si = Child(doc, "sst").first_child(); si; si = si.next_sibling()) {
      if (LocalName(si) != "si") continue;
      if (shared_.size() >= kMaxCells) break;
      shared_.push_back(StringItemText(si));
      if (Status st = AddText(shared_.back().size()); !st.ok()) return st;
    }
    return Status::Ok();
  }

  std::string CellText(const pugi::xml_node& c) const {
    const std::string_view type = Attr(c, "t");
    if (type == "inlineStr") return StringItemText(Child(c, "is"));
    const pugi::xml_node v = Child(c, "v");
    if (!v) return "";
    const std::string_view value = v.text().get();
    if (type == "s") {
      size_t index = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      const bool ok = ec == std::errc() && end == value.data() + value.size();
      return ok && index < shared_.size() ? shared_[index] : "";
    }
    if (type == "b") return value == "1" ? "TRUE" : "FALSE";
    if (type == "str" || type == "e" || type == "d") return CleanText(value);
    return NumberText(value);
  }

  Status ReadSheet(const Sheet& sheet, std::vector<XlsxCell>& out) {
    const std::string where = "工作表“" + sheet.name + "”";
    if (!zip_.Contains(sheet.path)) return Status::Ok();  // chartsheet or dangling entry
    Result<std::string> data = ReadPart(sheet.path);
    if (!data.ok()) {
      return data.status().code() == StatusCode::kUnsupported
                 ? data.status()
                 : data.status().WithContext("XLSX 文件已损坏（" + where + "）");
    }
    pugi::xml_document doc;
    if (!ParseXml(*data, doc)) return Damaged(where + "（" + sheet.path + "）不是有效的 XML");
    std::vector<RawCell> cells;
    int row_number = 0;
    for (pugi::xml_node row = Child(doc.document_element(), "sheetData").first_child(); row;
         row = row.next_sibling()) {
      if (LocalName(row) != "row") continue;
      int parsed = 0;
      const std::string_view r = Attr(row, "r");
      const auto [end, ec] = std::from_chars(r.data(), r.data() + r.size(), parsed);
      const bool valid = ec == std::errc() && end == r.data() + r.size() && parsed > row_number &&
                         parsed <= 1048576;
      row_number = valid ? parsed : row_number + 1;
      int col = -1;
      for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
        if (LocalName(c) != "c") continue;
        int ref_col = col + 1, ref_row = row_number;
        if (!ParseRef(Attr(c, "r"), ref_col, ref_row) || ref_row != row_number || ref_col <= col) {
          ref_col = col + 1;
        }
        col = ref_col;
        std::string text = CellText(c);
        if (utf8::Trim(text).empty()) continue;
        if (++cell_count_ > kMaxCells) {
          return Status::Unsupported("XLSX 文件过大：非空单元格超过 100 万个，拒绝读取");
        }
        if (Status st = AddText(text.size()); !st.ok()) return st;
        cells.push_back(RawCell{row_number, col, std::move(text)});
      }
    }
    std::stable_sort(cells.begin(), cells.end(), [](const RawCell& a, const RawCell& b) {
      return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    for (RawCell& c : cells) {
      out.push_back(XlsxCell{sheet.name, XlsxCellRef(c.row, c.col), std::move(c.text)});
    }
    return Status::Ok();
  }

  const ZipReader& zip_;
  std::string shared_path_;
  std::vector<std::string> shared_;
  size_t text_bytes_ = 0;
  size_t cell_count_ = 0;
  uint64_t xml_bytes_ = 0;
};

}  // namespace

std::string XlsxCellRef(int row, int column) {
  std::string letters;
  for (int c = column + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters + std::to_string(row);
}

Result<std::vector<XlsxCell>> ReadXlsxCells(std::string_view bytes) {
  if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
    return Status::Unsupported(
        "不支持该文件：这是加密的 XLSX 或旧版 XLS（OLE 复合文档），请另存为未加密的 .xlsx");
  }
  Result<ZipReader> zip = ZipReader::Open(bytes);
  if (!zip.ok()) {
    if (zip.status().code() == StatusCode::kInvalidInput) {
      return Status::InvalidInput("不是 XLSX 文件：" + zip.status().message());
    }
    return zip.status().WithContext("XLSX 文件已损坏");
  }
  try {
    return CellReader(*zip).Read();
  } catch (const std::bad_alloc&) {
    return Status::Unsupported("XLSX 文件过大，内存不足，无法读取");
  } catch (const std::exception&) {
    return Status::Internal("读取 XLSX 文件时发生内部错误");
  }
}

}  // namespace gongkai::formats
