#include "formats/text_reader.h"

#include <regex>

#include "core/encoding.h"
#include "core/utf8.h"
#include "formats/table_rows.h"

namespace gongkai::formats {
namespace {

struct Line {
  std::string text;  // without the line break
  int number;        // 1-based
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  int number = 1;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back({std::string(l), number++});
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

bool IsBlank(const std::string& s) { return utf8::Trim(s).empty(); }

// The line's first character other than white space is '|' (a pipe row);
// ASCII blanks are skipped without a copy, other spaces by Trim.
bool StartsWithPipe(const std::string& s) {
  for (unsigned char c : s) {
    if (c == ' ' || c == '\t') continue;
    if (c < 0x80) return c == '|';
    break;
  }
  return utf8::Trim(s).rfind("|", 0) == 0;
}

std::string CleanArtefacts(const std::string& s) {
  if (s.find("[bookmark:") == std::string::npos) return s;
  static const std::regex kBookmark(R"(\[bookmark:[^\]]*\])");
  return std::regex_replace(s, kBookmark, "");
}

// Markdown: strips "#" heading markers and the emphasis of a whole line.
std::string StripMarkdown(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && s[i] == '#') ++i;
  if (i > 0 && i <= 6 && i < s.size() && s[i] == ' ') return s.substr(i + 1);
  if (s.size() > 4 && s.rfind("**", 0) == 0 && s.compare(s.size() - 2, 2, "**") == 0) {
    return s.substr(2, s.size() - 4);
  }
  return s;
}

std::vector<std::string> SplitPipeRow(const std::string& line) {
  std::vector<std::string> cells;
  std::string cur;
  const std::string t = utf8::Trim(line);
  size_t i = t.empty() || t[0] != '|' ? 0 : 1;
  while (i < t.size()) {
    // Copy up to the next '|' or '\' in one piece.
    size_t end = i;
    while (end < t.size() && t[end] != '|' && t[end] != '\\') ++end;
    cur.append(t, i, end - i);
    i = end;
    if (i == t.size()) break;
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '|') {
      cur.push_back('|');
      i += 2;
    } else if (t[i] == '|') {
      cells.push_back(utf8::Trim(cur));
      cur.clear();
      ++i;
    } else {
      cur.push_back(t[i]);
      ++i;
    }
  }
  if (std::string last = utf8::Trim(cur); !last.empty()) cells.push_back(std::move(last));
  for (std::string& c : cells) {
    // <br> inside a cell is a line break.
    size_t p;
    while ((p = c.find("<br>")) != std::string::npos) c.replace(p, 4, "\n");
  }
  return cells;
}

bool IsPipeSeparator(const std::string& line) {
  // Fast path: the first byte that is not an ASCII blank decides most lines.
  for (unsigned char c : line) {
    if (c == ' ' || c == '\t') continue;
    if (c != '|') return false;
    break;
  }
  size_t marks = 0;
  bool ascii = true;
  for (unsigned char c : line) {
    if (c >= 0x80) {
      ascii = false;  // a non-ASCII space: the slow path below
      break;
    }
    if (c == ' ' || c == '\t') continue;
    if (c != '|' && c != '-' && c != ':') return false;
    ++marks;
  }
  if (ascii) return marks >= 3;
  const std::string t = utf8::StripSpaces(line);
  if (t.size() < 3 || t[0] != '|') return false;
  for (char c : t) {
    if (c != '|' && c != '-' && c != ':') return false;
  }
  return true;
}

// Splits a one-line row at tabs (keeping empty cells) or at runs of white
// space. Returns nothing when the line is not a table row.
std::vector<std::string> SplitInlineRow(const std::string& line) {
  // A row needs a separator: a tab, or spaces (ASCII or U+3000, lead E3).
  if (line.find_first_of(" \t") == std::string::npos &&
      line.find("\xE3\x80\x80") == std::string::npos) {
    return {};
  }
  const std::string t = utf8::Trim(line);
  std::vector<std::string> cells;
  const bool tabs = t.find('\t') != std::string::npos;
  if (!tabs) {
    // Space-separated rows end with a value: reject narrative lines before
    // splitting them (fast path; the last ASCII-space-separated word).
    const size_t sp = t.find_last_of(' ');
    if (sp != std::string::npos && !IsValueText(t.substr(sp + 1)) &&
        t.find("\xE3\x80\x80") == std::string::npos) {
      return {};
    }
  }
  if (tabs) {
    size_t start = 0;
    while (true) {
      const size_t tab = t.find('\t', start);
      cells.push_back(utf8::Trim(t.substr(start, tab == std::string::npos ? tab : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
  } else {
    const std::string collapsed = utf8::CollapseSpaces(t);
    size_t start = 0;
    while (start <= collapsed.size()) {
      size_t sp = collapsed.find(' ', start);
      if (sp == std::string::npos) sp = collapsed.size();
      cells.push_back(collapsed.substr(start, sp - start));
      start = sp + 1;
    }
    // Space-separated rows: label words first, then only values.
    size_t values = 0;
    while (values < cells.size() && IsValueText(cells[cells.size() - 1 - values])) ++values;
    if (values == 0 || (values == cells.size() && values < 3)) return {};
    std::string label;
    for (size_t i = 0; i + values < cells.size(); ++i) label += cells[i];
    std::vector<std::string> row;
    if (!label.empty()) row.push_back(label);
    for (size_t i = cells.size() - values; i < cells.size(); ++i) row.push_back(cells[i]);
    // Only a label the format names on its own (no Table 3 context: -1)
    // makes a short space-separated line a row; bare 总计/其他 lines need
    // three values or more, like any label-less data row.
    DocCell probe{label, {}, false};
    const bool known = !label.empty() && IdentifyRow({&probe}, -1).kind != RowKind::kUnknown;
    if (!known && values < 3) return {};
    return row;
  }
  size_t non_empty = 0;
  for (const std::string& c : cells) non_empty += c.empty() ? 0 : 1;
  if (cells.size() < 2 || non_empty == 0) return {};
  return cells;
}

class TextReader {
 public:
  explicit TextReader(std::vector<Line> lines) : lines_(std::move(lines)) {}

  Document Run() {
    size_t i = 0;
    while (i < lines_.size()) {
      const Line& l = lines_[i];
      if (!l.text.empty() && l.text[0] == '\t') {
        i = FlattenedTable(i);
      } else if (StartsWithPipe(l.text)) {
        i = PipeTable(i);
      } else {
        OneLine(l);
        ++i;
      }
    }
    FlushInlineTable();
    return std::move(doc_);
  }

  std::vector<ParseNote>& notes() { return doc_.notes; }

 private:
  // Rows of cells starting with a tab; a blank line ends a row; a line with
  // no tab after a cell continues that cell, after a blank line ends the table.
  size_t FlattenedTable(size_t i) {
    FlushInlineTable();
    DocTable table;
    table.src = {lines_[i].number, 0};
    std::vector<DocCell> row;
    bool after_blank = false;
    for (; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      if (IsBlank(l.text) && (l.text.empty() || l.text[0] != '\t')) {
        if (!row.empty()) table.rows.push_back(std::move(row));
        row.clear();
        after_blank = true;
        continue;
      }
      if (l.text[0] == '\t') {
        row.push_back(DocCell{utf8::Trim(l.text), {l.number, 0}, false});
        after_blank = false;
        continue;
      }
      if (!after_blank && !row.empty()) {
        DocCell& c = row.back();
        c.text += (c.text.empty() ? "" : "\n") + utf8::Trim(l.text);
        continue;
      }
      break;
    }
    if (!row.empty()) table.rows.push_back(std::move(row));
    if (!table.rows.empty()) doc_.blocks.push_back(DocBlock::Table(std::move(table)));
    return i;
  }

  size_t PipeTable(size_t i) {
    FlushInlineTable();
    DocTable table;
    table.src = {lines_[i].number, 0};
    for (; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      if (!StartsWithPipe(l.text)) break;
      if (IsPipeSeparator(l.text)) continue;
      std::vector<DocCell> row;
      for (std::string& c : SplitPipeRow(l.text)) row.push_back({std::move(c), {l.number, 0}, false});
      if (!row.empty()) table.rows.push_back(std::move(row));
    }
    if (!table.rows.empty()) doc_.blocks.push_back(DocBlock::Table(std::move(table)));
    return i;
  }

  void OneLine(const Line& l) {
    if (IsBlank(l.text)) return;
    std::vector<std::string> cells = SplitInlineRow(l.text);
    if (!cells.empty()) {
      if (!inline_table_) {
        inline_table_.emplace();
        inline_table_->src = {l.number, 0};
      }
      std::vector<DocCell> row;
      for (std::string& c : cells) row.push_back({std::move(c), {l.number, 0}, false});
      inline_table_->rows.push_back(std::move(row));
      return;
    }
    FlushInlineTable();
    doc_.blocks.push_back(DocBlock::Paragraph(StripMarkdown(utf8::Trim(l.text)), {l.number, 0}));
  }

  void FlushInlineTable() {
    if (!inline_table_) return;
    doc_.blocks.push_back(DocBlock::Table(std::move(*inline_table_)));
    inline_table_.reset();
  }

  std::vector<Line> lines_;
  Document doc_;
  std::optional<DocTable> inline_table_;
};

}  // namespace

Document ReadTextDocument(std::string_view bytes) {
  encoding::Decoded decoded = encoding::ToUtf8(bytes);
  std::string text = std::move(decoded.text);
  std::vector<ParseNote> notes;
  if (decoded.converted) {
    notes.push_back({{}, "文件不是UTF-8编码，已按GB18030（GBK）编码读取。"});
  } else if (decoded.replaced) {
    notes.push_back({{}, "文件含有无效的UTF-8字节，已替换为“�”。"});
  }
  std::vector<Line> lines = SplitLines(text);
  for (Line& l : lines) l.text = CleanArtefacts(l.text);
  TextReader reader(std::move(lines));
  Document doc = reader.Run();
  doc.notes.insert(doc.notes.begin(), notes.begin(), notes.end());
  return doc;
}

}  // namespace gongkai::formats
