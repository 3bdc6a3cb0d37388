#include "formats/docx_writer.h"

#include "formats/report_outline.h"

#include <pugixml.hpp>

#include <new>
#include <numeric>
#include <sstream>
#include <vector>

#include "core/utf8.h"
#include "formats/table_layout.h"
#include "formats/zip_archive.h"

namespace gongkai::formats {
namespace {

using pugi::xml_node;

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A4 portrait with the margins of official documents (GB/T 9704: 37/35/28/26 mm).
constexpr int kPageWidth = 11906, kPageHeight = 16838;
constexpr int kMarginTop = 2098, kMarginBottom = 1984, kMarginLeft = 1588, kMarginRight = 1474;
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;  // twips

constexpr const char* kBodyFont = "宋体";
constexpr const char* kHeadingFont = "黑体";
constexpr const char* kLatinFont = "Times New Roman";

struct RunStyle {
  const char* east_asia = kBodyFont;
  int half_points = 28;  // 四号 14 pt
  bool bold = false;
};

// Text safe for XML 1.0: valid UTF-8, no control characters but '\t' and '\n'.
std::string Clean(std::string_view text) {
  const std::u32string in = utf8::Decode(utf8::Sanitize(text));
  std::u32string out;
  out.reserve(in.size());
  for (char32_t c : in) {
    if ((c < 0x20 && c != U'\t' && c != U'\n') || c == 0xFFFE || c == 0xFFFF) continue;
    out.push_back(c);
  }
  return utf8::Encode(out);
}

xml_node El(xml_node parent, const char* name) { return parent.append_child(name); }

xml_node Val(xml_node parent, const char* name, const std::string& value) {
  xml_node n = El(parent, name);
  n.append_attribute("w:val") = value.c_str();
  return n;
}

void Fonts(xml_node rpr, const char* east_asia) {
  xml_node f = El(rpr, "w:rFonts");
  f.append_attribute("w:ascii") = kLatinFont;
  f.append_attribute("w:hAnsi") = kLatinFont;
  f.append_attribute("w:eastAsia") = east_asia;
  f.append_attribute("w:cs") = kLatinFont;
}

void RunProps(xml_node run, const RunStyle& s) {
  xml_node rpr = El(run, "w:rPr");
  Fonts(rpr, s.east_asia);
  if (s.bold) {
    El(rpr, "w:b");
    El(rpr, "w:bCs");
  }
  Val(rpr, "w:sz", std::to_string(s.half_points));
  Val(rpr, "w:szCs", std::to_string(s.half_points));
}

// One run holding `text`; '\n' becomes w:br and '\t' w:tab.
void Run(xml_node p, std::string_view text, const RunStyle& style) {
  const std::string clean = Clean(text);
  if (clean.empty()) return;
  xml_node r = El(p, "w:r");
  RunProps(r, style);
  std::string piece;
  const auto flush = [&] {
    if (piece.empty()) return;
    xml_node t = El(r, "w:t");
    t.append_attribute("xml:space") = "preserve";
    t.append_child(pugi::node_pcdata).set_value(piece.c_str());
    piece.clear();
  };
  for (char c : clean) {
    if (c == '\n' || c == '\t') {
      flush();
      El(r, c == '\n' ? "w:br" : "w:tab");
    } else {
      piece += c;
    }
  }
  flush();
}

struct ParaStyle {
  const char* style_id = nullptr;
  bool keep_next = false;
  int space_before = -1, space_after = -1;  // twips, -1 = inherit
  int line = -1;                            // 240ths of a line, -1 = inherit
  bool indent_first_line = false;           // two characters
  int first_line_twips = 0;
  const char* jc = nullptr;  // "center", "left", "both"
};

xml_node Paragraph(xml_node parent, const ParaStyle& ps) {
  xml_node p = El(parent, "w:p");
  xml_node ppr = El(p, "w:pPr");
  if (ps.style_id != nullptr) Val(ppr, "w:pStyle", ps.style_id);
  if (ps.keep_next) El(ppr, "w:keepNext");
  if (ps.space_before >= 0 || ps.space_after >= 0 || ps.line >= 0) {
    xml_node sp = El(ppr, "w:spacing");
    if (ps.space_before >= 0) sp.append_attribute("w:before") = ps.space_before;
    if (ps.space_after >= 0) sp.append_attribute("w:after") = ps.space_after;
    if (ps.line >= 0) {
      sp.append_attribute("w:line") = ps.line;
      sp.append_attribute("w:lineRule") = "auto";
    }
  }
  if (ps.indent_first_line) {
    xml_node ind = El(ppr, "w:ind");
    ind.append_attribute("w:firstLineChars") = 200;
    ind.append_attribute("w:firstLine") = ps.first_line_twips;
  }
  if (ps.jc != nullptr) Val(ppr, "w:jc", ps.jc);
  return p;
}

void BodyParagraph(xml_node body, std::string_view text) {
  ParaStyle ps;
  ps.indent_first_line = true;
  ps.first_line_twips = 560;  // 2 × 14 pt
  ps.jc = "both";
  Run(Paragraph(body, ps), text, RunStyle{});
}

void Heading(xml_node body, std::string_view text) {
  ParaStyle ps;
  ps.style_id = "Heading1";
  ps.keep_next = true;
  ps.indent_first_line = true;
  ps.first_line_twips = 640;  // 2 × 16 pt
  Run(Paragraph(body, ps), text, RunStyle{kHeadingFont, 32, false});
}

void Title(xml_node body, std::string_view text) {
  ParaStyle ps;
  ps.style_id = "Title";
  ps.jc = "center";
  Run(Paragraph(body, ps), text, RunStyle{kBodyFont, 44, true});
}

void Border(xml_node borders, const char* side) {
  xml_node b = El(borders, side);
  b.append_attribute("w:val") = "single";
  b.append_attribute("w:sz") = 4;
  b.append_attribute("w:space") = 0;
  b.append_attribute("w:color") = "000000";
}

// Column widths (twips): the leading label columns as given, the remaining
// columns sharing what is left of the text width equally.
std::vector<int> Widths(const TableLayout& t, std::vector<int> leading) {
  const int used = std::accumulate(leading.begin(), leading.end(), 0);
  const int rest = t.columns - static_cast<int>(leading.size());
  std::vector<int> w = std::move(leading);
  w.resize(static_cast<size_t>(t.columns), rest > 0 ? (kTextWidth - used) / rest : 0);
  return w;
}

// `keep_next` keeps the cell's row on the page of the next row.
void Cell(xml_node tr, const LayoutCell& cell, bool origin, const std::vector<int>& widths,
          int col, int half_points, bool keep_next) {
  xml_node tc = El(tr, "w:tc");
  xml_node pr = El(tc, "w:tcPr");
  int width = 0;
  for (int k = col; k < col + cell.col_span && k < static_cast<int>(widths.size()); ++k) {
    width += widths[static_cast<size_t>(k)];
  }
  xml_node w = El(pr, "w:tcW");
  w.append_attribute("w:w") = width;
  w.append_attribute("w:type") = "dxa";
  if (cell.col_span > 1) Val(pr, "w:gridSpan", std::to_string(cell.col_span));
  if (cell.row_span > 1) {
    xml_node v = El(pr, "w:vMerge");
    if (origin) v.append_attribute("w:val") = "restart";
  }
  Val(pr, "w:vAlign", "center");
  ParaStyle ps;
  ps.keep_next = keep_next;
  ps.line = 240;
  ps.space_before = 0;
  ps.space_after = 0;
  const bool left = cell.row_label && cell.row_span == 1;
  ps.jc = left ? "left" : "center";
  xml_node p = Paragraph(tc, ps);
  if (origin) Run(p, cell.text, RunStyle{kBodyFont, half_points, cell.header});
}

void Table(xml_node body, const TableLayout& t, const std::vector<int>& widths, int half_points) {
  xml_node tbl = El(body, "w:tbl");
  xml_node pr = El(tbl, "w:tblPr");
  Val(pr, "w:tblStyle", "TableGrid");
  xml_node tw = El(pr, "w:tblW");
  tw.append_attribute("w:w") = std::accumulate(widths.begin(), widths.end(), 0);
  tw.append_attribute("w:type") = "dxa";
  Val(pr, "w:jc", "center");
  xml_node borders = El(pr, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    Border(borders, side);
  }
  El(pr, "w:tblLayout").append_attribute("w:type") = "fixed";
  xml_node mar = El(pr, "w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    xml_node m = El(mar, side);
    m.append_attribute("w:w") = 28;
    m.append_attribute("w:type") = "dxa";
  }
  xml_node grid = El(tbl, "w:tblGrid");
  for (int w : widths) El(grid, "w:gridCol").append_attribute("w:w") = w;

  const std::vector<std::vector<int>> occupancy = t.Occupancy();
  for (int r = 0; r < t.rows; ++r) {
    // A row of column headers (Table 2's block captions too) stays with the
    // row below it.
    bool header_row = true;
    for (int index : occupancy[static_cast<size_t>(r)]) {
      header_row = header_row && index >= 0 && t.cells[static_cast<size_t>(index)].header;
    }
    header_row = header_row && r + 1 < t.rows;
    xml_node tr = El(tbl, "w:tr");
    xml_node trpr = El(tr, "w:trPr");
    El(trpr, "w:cantSplit");
    if (r < t.header_rows) El(trpr, "w:tblHeader");
    for (int c = 0; c < t.columns;) {
      const int index = occupancy[static_cast<size_t>(r)][static_cast<size_t>(c)];
      if (index < 0) {  // a hole (a valid layout has none): an empty cell
        Cell(tr, LayoutCell{}, true, widths, c, half_points, header_row);
        ++c;
        continue;
      }
      const LayoutCell& cell = t.cells[static_cast<size_t>(index)];
      if (cell.col != c) {  // inside a horizontal span already written
        ++c;
        continue;
      }
      Cell(tr, cell, cell.row == r, widths, c, half_points, header_row);
      c += std::max(1, cell.col_span);
    }
  }
}

std::string Save(const pugi::xml_document& doc) {
  std::ostringstream out;
  out << R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" << "\n";
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

std::string DocumentXml(const report::AnnualReport& report, const std::string& title) {
  pugi::xml_document doc;
  xml_node root = El(doc, "w:document");
  root.append_attribute("xmlns:w") = kW;
  xml_node body = El(root, "w:body");

  Title(body, title);
  for (const OutlinePart& part : ReportOutline(report)) {
    switch (part.kind) {
      case OutlinePart::Kind::kHeading:
        Heading(body, part.text);
        break;
      case OutlinePart::Kind::kParagraph:
        BodyParagraph(body, part.text);
        break;
      case OutlinePart::Kind::kTable: {
        const TableLayout t = TableLayoutFor(report, part.number);
        // Label column widths (twips) as the format draws them; values share the rest.
        if (part.number == 2) Table(body, t, Widths(t, {2844}), 21);
        if (part.number == 3) Table(body, t, Widths(t, {567, 1134, 2381}), 18);
        if (part.number == 4) Table(body, t, Widths(t, {}), 18);
        break;
      }
    }
  }

  xml_node sect = El(body, "w:sectPr");
  xml_node size = El(sect, "w:pgSz");
  size.append_attribute("w:w") = kPageWidth;
  size.append_attribute("w:h") = kPageHeight;
  xml_node mar = El(sect, "w:pgMar");
  mar.append_attribute("w:top") = kMarginTop;
  mar.append_attribute("w:right") = kMarginRight;
  mar.append_attribute("w:bottom") = kMarginBottom;
  mar.append_attribute("w:left") = kMarginLeft;
  mar.append_attribute("w:header") = 851;
  mar.append_attribute("w:footer") = 992;
  mar.append_attribute("w:gutter") = 0;
  return Save(doc);
}

std::string CorePropertiesXml(const report::AnnualReport& report, const std::string& title) {
  pugi::xml_document doc;
  xml_node root = El(doc, "cp:coreProperties");
  root.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  El(root, "dc:title").append_child(pugi::node_pcdata).set_value(Clean(title).c_str());
  if (!report.agency.empty()) {
    El(root, "dc:creator").append_child(pugi::node_pcdata).set_value(Clean(report.agency).c_str());
  }
  El(root, "dc:language").append_child(pugi::node_pcdata).set_value("zh-CN");
  return Save(doc);
}

std::string StylesXml() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
         R"(<w:styles xmlns:w=")" + kW + R"(">)" +
         R"(<w:docDefaults><w:rPrDefault><w:rPr>)"
         R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>)"
         R"(<w:kern w:val="2"/><w:sz w:val="28"/><w:szCs w:val="28"/>)"
         R"(<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>)"
         R"(<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault>)"
         R"(</w:docDefaults>)"
         R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>)"
         R"(<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>)"
         R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>)"
         R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="360"/>)"
         R"(<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:eastAsia="宋体"/><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>)"
         R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>)"
         R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/>)"
         R"(<w:outlineLvl w:val="0"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>)"
         R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>)"
         R"(<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>)"
         R"(<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>)"
         R"(<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
         R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>)"
         R"(<w:uiPriority w:val="59"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>)"
         R"(<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
         R"(<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
         R"(<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
         R"(<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
         R"(<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>)"
         R"(<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>)"
         R"(</w:styles>)";
}

std::string SettingsXml() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
         R"(<w:settings xmlns:w=")" + kW + R"(">)" +
         R"(<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>)"
         R"(<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>)"
         R"(<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>)";
}

std::string ContentTypesXml() {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\n"
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
         R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
         R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
         R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
         R"(</Types>)";
}

std::string PackageRelsXml() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
         R"(<Relationships xmlns=")" + kRelNs + R"(">)" +
         R"(<Relationship Id="rId1" Type=")" + kOfficeRel +
         R"(officeDocument" Target="word/document.xml"/>)" +
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)" +
         R"(</Relationships>)";
}

std::string DocumentRelsXml() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n" +
         R"(<Relationships xmlns=")" + kRelNs + R"(">)" + R"(<Relationship Id="rId1" Type=")" +
         kOfficeRel + R"(styles" Target="styles.xml"/>)" + R"(<Relationship Id="rId2" Type=")" +
         kOfficeRel + R"(settings" Target="settings.xml"/>)" + R"(</Relationships>)";
}

Result<std::string> WriteImpl(const report::AnnualReport& report) {
  const std::string title = ReportTitle(report);
  ZipWriter zip;
  const std::pair<const char*, std::string> parts[] = {
      {"[Content_Types].xml", ContentTypesXml()},
      {"_rels/.rels", PackageRelsXml()},
      {"word/document.xml", DocumentXml(report, title)},
      {"word/_rels/document.xml.rels", DocumentRelsXml()},
      {"word/styles.xml", StylesXml()},
      {"word/settings.xml", SettingsXml()},
      {"docProps/core.xml", CorePropertiesXml(report, title)},
  };
  for (const auto& [name, data] : parts) {
    if (Status s = zip.Add(name, data); !s.ok()) return s;
  }
  return zip.Finish();
}

}  // namespace

Result<std::string> WriteDocx(const report::AnnualReport& report) {
  try {
    return WriteImpl(report);
  } catch (const std::bad_alloc&) {
    return Status::Internal("生成 DOCX 文件时内存不足");
  } catch (...) {
    return Status::Internal("生成 DOCX 文件时发生内部错误");
  }
}

}  // namespace gongkai::formats
