#include "formats/html_reader.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/civil_date.h"
#include "core/utf8.h"
#include "formats/html_charset.h"
#include "formats/html_tokenizer.h"

namespace gongkai::formats {
namespace {

constexpr size_t kMaxHtmlBytes = size_t{64} << 20;
constexpr int kMaxSpan = 1000;                 // rowspan/colspan, and columns per table
constexpr size_t kMaxTableDepth = 16;          // deeper tables are read as cell text
constexpr size_t kMaxTablePositions = 200000;  // rows × columns of one table
constexpr size_t kMaxPagePositions = 1000000;  // … of all tables of the page
constexpr size_t kMaxTags = 1000000;           // bounds paragraphs, rows and cells
constexpr int kLayoutParagraphs = 10;          // a cell with this many paragraphs …
constexpr size_t kLayoutTextBytes = 4000;      // … or this much text is page layout
constexpr size_t kMaxNotes = 200;

void AddNote(std::vector<ParseNote>& notes, int line, std::string message) {
  if (notes.size() < kMaxNotes) notes.push_back(ParseNote{SourceRef{line, 0}, std::move(message)});
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ---------------------------------------------------------------- text

// Wide (East Asian) characters: a source line break between two of them is
// not rendered as a space.
bool IsWide(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool IsCollapsible(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0;
}

// Where text goes: the page itself, a table cell or a caption. Collects the
// paragraph in progress and the finished blocks.
struct Container {
  std::vector<DocBlock> blocks;
  std::string text;  // the paragraph in progress
  int line = 0;
  bool space = false;
  bool space_has_newline = false;
  char32_t last = 0;
  int paragraphs = 0;  // finished paragraphs (for layout detection)
  size_t text_bytes = 0;

  void AddText(std::string_view s, int first_line, bool preformatted) {
    int current = first_line;
    size_t pos = 0;
    while (pos < s.size()) {
      const char32_t cp = utf8::Next(s, pos);
      if (cp == '\n') {
        ++current;
        if (preformatted) {
          Flush();
          continue;
        }
      }
      if (IsCollapsible(cp)) {
        if (!text.empty()) {
          space = true;
          space_has_newline = space_has_newline || cp == '\n';
        }
        continue;
      }
      if (space && !(space_has_newline && IsWide(last) && IsWide(cp))) text.push_back(' ');
      space = false;
      space_has_newline = false;
      if (text.empty()) line = current;
      utf8::Append(text, cp);
      last = cp;
    }
  }

  void Flush() {
    space = false;
    space_has_newline = false;
    last = 0;
    std::string trimmed = utf8::Trim(text);
    text.clear();
    if (trimmed.empty()) return;
    ++paragraphs;
    text_bytes += trimmed.size();
    blocks.push_back(DocBlock::Paragraph(std::move(trimmed), SourceRef{line, 0}));
  }
};

struct RawCell {
  Container content;
  int row_span = 1;
  int col_span = 1;
  int line = 0;
};

struct OpenTable {
  int line = 0;
  std::vector<std::vector<RawCell>> rows;
  bool in_row = false;
  bool in_cell = false;
  bool in_caption = false;
  bool wide_row_noted = false;
  Container caption;  // read so that it stays out of the text, then dropped
};

bool IsBlockElement(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article",  "aside",  "blockquote", "body",   "br",   "center",   "dd",
      "details", "dialog",   "dir",    "div",        "dl",     "dt",   "fieldset", "figcaption",
      "figure",  "footer",   "form",   "h1",         "h2",     "h3",   "h4",       "h5",
      "h6",      "head",     "header", "hgroup",     "hr",     "html", "legend",   "li",
      "main",    "menu",     "nav",    "ol",         "option", "p",    "section",  "select",
      "summary", "textarea", "ul",     "tr",         "td",     "th",   "thead",    "tbody",
      "tfoot",   "caption",  "table"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// HTML's rules for a non-negative integer attribute, saturating at 10^9.
std::optional<long> ParseSpanValue(const std::string* value) {
  if (value == nullptr) return std::nullopt;
  size_t p = 0;
  while (p < value->size() && ((*value)[p] == ' ' || (*value)[p] == '\t' || (*value)[p] == '\n'))
    ++p;
  if (p < value->size() && (*value)[p] == '+') ++p;
  long n = 0;
  const size_t start = p;
  while (p < value->size() && (*value)[p] >= '0' && (*value)[p] <= '9') {
    n = std::min(n * 10 + ((*value)[p] - '0'), 1000000000L);
    ++p;
  }
  if (p == start) return std::nullopt;
  return n;
}

std::string Flatten(const Container& c) {
  std::string out;
  const auto add_line = [&](const std::string& line) {
    if (line.empty()) return;
    if (!out.empty()) out.push_back('\n');
    out += line;
  };
  for (const DocBlock& b : c.blocks) {
    if (b.kind == DocBlock::Kind::kParagraph) {
      add_line(b.text);
      continue;
    }
    for (const auto& row : b.table.rows) {
      std::string line;
      for (const DocCell& cell : row) {
        if (cell.covered || cell.text.empty()) continue;
        if (!line.empty()) line.push_back(' ');
        line += cell.text;
      }
      add_line(line);
    }
  }
  return out;
}

// ---------------------------------------------------------------- reader

class PageReader {
 public:
  explicit PageReader(Document& doc) : doc_(doc) {}

  void Read(std::string_view html) {
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    size_t tags = 0;
    while (tokenizer.Next(token)) {
      if (token.kind != HtmlToken::Kind::kText && ++tags > kMaxTags) {
        AddNote(doc_.notes, token.line,
                "HTML 页面的标签超过 " + std::to_string(kMaxTags) + " 个，第 " +
                    std::to_string(token.line) + " 行起的内容未读入");
        break;
      }
      switch (token.kind) {
        case HtmlToken::Kind::kText:
          if (!in_title_) {
            Current().AddText(token.text, token.line, pre_depth_ > 0);
          } else if (title_.size() < 1024) {
            title_ += token.text;
          }
          break;
        case HtmlToken::Kind::kStartTag:
          OnStart(token);
          break;
        case HtmlToken::Kind::kEndTag:
          OnEnd(token);
          break;
      }
    }
    while (!tables_.empty()) {
      AddNote(doc_.notes, tables_.back().line,
              "第 " + std::to_string(tables_.back().line) +
                  " 行开始的表格没有结束标记 </table>，已在页面末尾结束");
      CloseTable();
    }
    root_.Flush();
    doc_.blocks = std::move(root_.blocks);
  }

 private:
  static Container* Inner(OpenTable& t) {
    if (t.in_caption) return &t.caption;
    if (t.in_cell) return &t.rows.back().back().content;
    return nullptr;
  }

  // Text outside any cell of a table goes before the table, as browsers do.
  Container& Current() {
    for (size_t i = tables_.size(); i-- > 0;) {
      if (Container* c = Inner(tables_[i])) return *c;
    }
    return root_;
  }

  void OnStart(const HtmlToken& t) {
    const std::string& name = t.name;
    if (name == "meta") return OnMeta(t);
    if (name == "title") {
      in_title_ = !t.self_closing;
      return;
    }
    if (name == "pre" || name == "listing" || name == "plaintext") {
      Current().Flush();
      pre_depth_ = std::min(pre_depth_ + 1, 1 << 20);
      return;
    }
    if (name == "table") return OnTableStart(t.line);
    if (ignored_tables_ > 0) {
      if (name == "tr") Current().Flush();
      if (name == "td" || name == "th") Current().AddText(" ", t.line, false);
      if (name == "tr" || name == "td" || name == "th") return;
    } else if (!tables_.empty()) {
      OpenTable& table = tables_.back();
      if (name == "tr") {
        EndCell();
        table.rows.emplace_back();
        table.in_row = true;
        table.in_caption = false;
        return;
      }
      if (name == "td" || name == "th") return OnCellStart(t);
      if (name == "thead" || name == "tbody" || name == "tfoot" || name == "caption") {
        EndCell();
        table.in_row = false;
        table.in_caption = name == "caption";
        return;
      }
    }
    if (IsBlockElement(name)) Current().Flush();
  }

  void OnEnd(const HtmlToken& t) {
    const std::string& name = t.name;
    if (name == "title") {
      in_title_ = false;
      const std::string title = utf8::CollapseSpaces(utf8::Trim(title_));
      if (!title.empty() && doc_.title_hints.empty()) {
        doc_.title_hints.push_back({"网页标题（<title>）", title});
      }
      return;
    }
    if (name == "pre" || name == "listing" || name == "plaintext") {
      Current().Flush();
      pre_depth_ = std::max(pre_depth_ - 1, 0);
      return;
    }
    if (name == "table") {
      if (ignored_tables_ > 0) {
        --ignored_tables_;
        Current().Flush();
      } else if (!tables_.empty()) {
        CloseTable();
      }
      return;
    }
    if (ignored_tables_ == 0 && !tables_.empty()) {
      OpenTable& table = tables_.back();
      if (name == "td" || name == "th") return EndCell();
      if (name == "tr" || name == "thead" || name == "tbody" || name == "tfoot") {
        EndCell();
        table.in_row = false;
        return;
      }
      if (name == "caption") {
        table.in_caption = false;
        return;
      }
    }
    if (IsBlockElement(name)) Current().Flush();
  }

  void OnMeta(const HtmlToken& t) {
    if (doc_.published_on) return;
    const std::string* key = t.Attribute("name");
    if (key == nullptr) key = t.Attribute("property");
    const std::string* content = t.Attribute("content");
    if (key == nullptr || content == nullptr) return;
    static constexpr std::string_view kDateNames[] = {
        "pubdate",        "publishdate",   "firstpublishedtime", "article:published_time",
        "dcterms.issued", "dc.date.issued"};
    const std::string lower = LowerAscii(*key);
    if (std::find(std::begin(kDateNames), std::end(kDateNames), lower) == std::end(kDateNames))
      return;
    const std::string value = utf8::Trim(*content);
    const size_t end = value.find_first_of(" T");
    if (auto date = CivilDate::Parse(value.substr(0, end))) doc_.published_on = *date;
  }

  void OnTableStart(int line) {
    if (ignored_tables_ > 0 || tables_.size() >= kMaxTableDepth) {
      if (ignored_tables_ == 0) {
        AddNote(doc_.notes, line,
                "第 " + std::to_string(line) + " 行：表格嵌套超过 " +
                    std::to_string(kMaxTableDepth) + " 层，更深的表格已按文字读入所在单元格");
      }
      ++ignored_tables_;
      Current().Flush();
      return;
    }
    // A <table> directly inside a table (not in a cell) ends that table.
    while (!tables_.empty() && Inner(tables_.back()) == nullptr) CloseTable();
    Current().Flush();
    tables_.emplace_back();
    tables_.back().line = line;
  }

  int Span(const HtmlToken& t, const char* attribute) {
    const std::optional<long> value = ParseSpanValue(t.Attribute(attribute));
    if (!value) return 1;
    if (*value == 0) return std::string_view(attribute) == "rowspan" ? kMaxSpan : 1;
    if (*value > kMaxSpan) {
      AddNote(doc_.notes, t.line,
              "第 " + std::to_string(t.line) + " 行：单元格的 " + attribute + " 为 " +
                  std::to_string(*value) + "，超过上限 " + std::to_string(kMaxSpan) + "，已按 " +
                  std::to_string(kMaxSpan) + " 处理");
      return kMaxSpan;
    }
    return static_cast<int>(*value);
  }

  void OnCellStart(const HtmlToken& t) {
    EndCell();
    OpenTable& table = tables_.back();
    table.in_caption = false;
    if (!table.in_row) {
      table.rows.emplace_back();
      table.in_row = true;
    }
    if (table.rows.back().size() >= static_cast<size_t>(kMaxSpan)) {
      if (!table.wide_row_noted) {
        AddNote(doc_.notes, t.line,
                "第 " + std::to_string(t.line) + " 行：一行中的单元格超过 " +
                    std::to_string(kMaxSpan) + " 个，其余单元格的文字并入该行最后一个单元格");
        table.wide_row_noted = true;
      }
      table.in_cell = true;  // reopen the last cell
      return;
    }
    RawCell cell;
    cell.row_span = Span(t, "rowspan");
    cell.col_span = Span(t, "colspan");
    cell.line = t.line;
    table.rows.back().push_back(std::move(cell));
    table.in_cell = true;
  }

  void EndCell() {
    OpenTable& table = tables_.back();
    if (!table.in_cell) return;
    table.rows.back().back().content.Flush();
    table.in_cell = false;
  }

  void CloseTable() {
    EndCell();
    OpenTable table = std::move(tables_.back());
    tables_.pop_back();
    Container& parent = Current();
    parent.Flush();
    Resolve(table, parent);
  }

  void AddCapNote(int line, bool table_cap) {
    const std::string start = "第 " + std::to_string(line) + " 行开始的表格";
    AddNote(doc_.notes, line,
            table_cap ? start + "超过 " + std::to_string(kMaxTablePositions) +
                            " 个单元格位置，其余行未读入"
                      : "页面中表格的单元格位置总数超过 " + std::to_string(kMaxPagePositions) +
                            " 个，" + start + "的其余行未读入");
  }

  // Expands spans into the grid and puts the table (or, for a layout table,
  // its cells' content) into `parent`.
  void Resolve(OpenTable& table, Container& parent) {
    struct Origin {
      size_t row;
      size_t col;
      RawCell* cell;
    };
    struct Pending {
      int rows = 0;  // rows still covered, this one included
      int line = 0;
    };
    std::vector<std::vector<DocCell>> grid;
    std::vector<Origin> origins;
    std::vector<Pending> pending;
    size_t width = 0;
    const auto covered = [](int line) { return DocCell{"", SourceRef{line, 0}, true}; };
    const size_t cap = std::min(kMaxTablePositions, page_positions_left_);
    for (auto& raw_row : table.rows) {
      if (grid.size() * width >= cap && !raw_row.empty()) {  // no room for one more row
        AddCapNote(table.line, cap == kMaxTablePositions);
        break;
      }
      std::vector<DocCell> row;
      size_t col = 0;
      const size_t first_origin = origins.size();
      for (RawCell& cell : raw_row) {
        while (col < pending.size() && pending[col].rows > 0)
          row.push_back(covered(pending[col++].line));
        if (col >= static_cast<size_t>(kMaxSpan)) break;
        const size_t span = std::min<size_t>(cell.col_span, kMaxSpan - col);
        origins.push_back(Origin{grid.size(), col, &cell});
        row.push_back(DocCell{"", SourceRef{cell.line, 0}, false});
        for (size_t k = 1; k < span; ++k) row.push_back(covered(cell.line));
        if (pending.size() < col + span) pending.resize(col + span);
        for (size_t k = 0; k < span; ++k) pending[col + k] = Pending{cell.row_span, cell.line};
        col += span;
      }
      size_t last = pending.size();
      while (last > col && pending[last - 1].rows == 0) --last;
      for (; col < last; ++col) {
        row.push_back(
            pending[col].rows > 0
                ? covered(pending[col].line)
                : DocCell{"", SourceRef{row.empty() ? table.line : row.back().src.line, 0}, false});
      }
      for (Pending& p : pending) p.rows = std::max(p.rows - 1, 0);
      if (row.empty()) continue;
      const size_t new_width = std::max(width, row.size());
      if (new_width * (grid.size() + 1) > cap) {
        origins.resize(first_origin);
        AddCapNote(table.line, new_width * (grid.size() + 1) > kMaxTablePositions);
        break;
      }
      width = new_width;
      grid.push_back(std::move(row));
    }

    page_positions_left_ -= grid.size() * width;
    bool layout = width <= 1;
    bool nested = false;
    for (auto& raw_row : table.rows) {
      for (RawCell& cell : raw_row) {
        if (cell.content.paragraphs >= kLayoutParagraphs ||
            cell.content.text_bytes >= kLayoutTextBytes)
          layout = true;
        for (const DocBlock& b : cell.content.blocks) {
          if (b.kind != DocBlock::Kind::kTable) continue;
          nested = true;
          const size_t columns = b.table.rows.empty() ? 0 : b.table.rows.front().size();
          if (b.table.rows.size() * columns > grid.size() * width) layout = true;
        }
      }
    }
    if (layout) {
      for (auto& raw_row : table.rows) {
        for (RawCell& cell : raw_row) {
          parent.paragraphs += cell.content.paragraphs;
          parent.text_bytes += cell.content.text_bytes;
          for (DocBlock& b : cell.content.blocks) parent.blocks.push_back(std::move(b));
        }
      }
      return;
    }
    if (nested) {
      AddNote(doc_.notes, table.line,
              "第 " + std::to_string(table.line) +
                  " 行开始的表格的单元格中嵌套了表格，已将嵌套表格的内容并入单元格文字");
    }
    for (std::vector<DocCell>& row : grid) {
      const int line = row.empty() ? table.line : row.back().src.line;
      row.resize(width, DocCell{"", SourceRef{line, 0}, false});
    }
    for (const Origin& o : origins) {
      std::string text = Flatten(o.cell->content);
      parent.text_bytes += text.size();
      grid[o.row][o.col].text = std::move(text);
    }
    DocTable out;
    out.rows = std::move(grid);
    out.src = SourceRef{table.line, 0};
    parent.blocks.push_back(DocBlock::Table(std::move(out)));
  }

  Document& doc_;
  Container root_;
  std::vector<OpenTable> tables_;
  int ignored_tables_ = 0;  // open tables nested deeper than kMaxTableDepth
  size_t page_positions_left_ = kMaxPagePositions;
  int pre_depth_ = 0;
  bool in_title_ = false;
  std::string title_;  // the text of <title>
};

}  // namespace

Result<Document> ReadHtmlDocument(std::string_view bytes) {
  if (bytes.size() > kMaxHtmlBytes) {
    return Status::InvalidInput("HTML 文件过大（" + std::to_string(bytes.size()) +
                                " 字节），超过 64 MiB 的上限");
  }
  Document doc;
  Result<std::string> text = HtmlPageToUtf8(bytes, doc.notes);
  if (!text.ok()) return text.status();
  try {
    PageReader(doc).Read(*text);
  } catch (const std::exception&) {  // only std::bad_alloc can get here
    return Status::InvalidInput("HTML 页面过于复杂，无法读取（内存不足）");
  }
  return doc;
}

}  // namespace gongkai::formats
