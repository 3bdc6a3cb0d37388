#include "formats/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "core/utf8.h"
#include "formats/pdf_lines.h"
#include "formats/pdf_table.h"

namespace gongkai::formats {
namespace {

constexpr size_t kMaxWordsPerPage = 20000;

// Where the body text sits on a page.
struct Margins {
  double left = 0, right = 0;
};

struct Stats {
  double body_size = 0;
  std::vector<Margins> margins;  // per page index
};

bool NearSize(double a, double b, double tolerance) {
  return std::abs(a - b) <= tolerance * std::max(a, b);
}

// Replaces digits by '#' so that "第3页" and "第4页" compare equal.
std::string FurnitureKey(const PdfLine& line) {
  std::string key = line.Text();
  for (char& c : key) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return key;
}

// Drops page numbers and running headers/footers; returns the remaining
// lines of all pages in reading order.
std::vector<const PdfLine*> DropPageFurniture(const std::vector<std::vector<PdfLine>>& pages,
                                              const std::vector<PdfPage>& input) {
  const auto in_margin = [&](const PdfLine& line, size_t p, double top, double bottom) {
    double h = input[p].height;
    if (!(h > 0)) {
      h = 0;
      for (const PdfLine& l : pages[p]) h = std::max(h, l.y1);
    }
    return line.y1 <= top * h || line.y0 >= bottom * h;
  };
  std::vector<std::vector<bool>> drop(pages.size());
  std::map<std::string, std::vector<std::pair<size_t, size_t>>> repeated;
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<PdfLine>& lines = pages[p];
    drop[p].assign(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
      const bool edge = i < 2 || i + 2 >= lines.size();
      if (edge && in_margin(lines[i], p, 0.15, 0.80) && IsPdfPageNumber(lines[i].Text())) {
        drop[p][i] = true;
      }
    }
    for (size_t i = 0; i < lines.size(); ++i) {
      const bool edge = i < 2 || i + 2 >= lines.size();
      if (!drop[p][i] && edge && in_margin(lines[i], p, 0.10, 0.90)) {
        repeated[FurnitureKey(lines[i])].push_back({p, i});
      }
    }
  }
  for (const auto& [key, where] : repeated) {
    size_t distinct_pages = 0;
    for (size_t k = 0; k < where.size(); ++k) {
      if (k == 0 || where[k].first != where[k - 1].first) ++distinct_pages;
    }
    if (distinct_pages >= 2 && 2 * distinct_pages >= pages.size()) {
      for (const auto& [p, i] : where) drop[p][i] = true;
    }
  }
  std::vector<const PdfLine*> out;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i = 0; i < pages[p].size(); ++i) {
      if (!drop[p][i]) out.push_back(&pages[p][i]);
    }
  }
  return out;
}

Stats MeasureBody(const std::vector<const PdfLine*>& lines, size_t page_count) {
  Stats s;
  // Body text is set in lines of one cell; table rows have several.
  std::map<long, size_t> chars_by_size;  // half points → code points
  for (const PdfLine* l : lines) {
    if (l->cells.size() != 1) continue;
    for (const PdfCell& c : l->cells) {
      chars_by_size[std::lround(c.size * 2)] += utf8::Length(c.text);
    }
  }
  size_t best = 0;
  for (const auto& [half_points, n] : chars_by_size) {
    if (n > best) {
      best = n;
      s.body_size = static_cast<double>(half_points) / 2;
    }
  }
  Margins all{1e9, -1e9};
  s.margins.assign(page_count, Margins{1e9, -1e9});
  for (const PdfLine* l : lines) {
    if (!NearSize(l->size, s.body_size, 0.15) || l->chars < 4) continue;
    Margins& m = s.margins[l->page - 1];
    m.left = std::min(m.left, l->x0);
    m.right = std::max(m.right, l->x1);
    all.left = std::min(all.left, l->x0);
    all.right = std::max(all.right, l->x1);
  }
  if (all.left > all.right) all = Margins{0, 0};
  for (Margins& m : s.margins) {
    if (m.left > m.right) m = all;
  }
  return s;
}

bool HasValueCell(const PdfLine& line) {
  for (size_t k = 0; k < line.cells.size(); ++k) {
    if (line.cells[k].numeric && (k > 0 || line.all_numeric)) return true;
  }
  return false;
}

bool IsTableLine(const PdfLine& line, const Stats& s) {
  if (line.size < 0.85 * s.body_size) return true;
  if (line.cells.size() < 2) return false;
  double max_gap = 0;
  for (size_t k = 1; k < line.cells.size(); ++k) {
    max_gap = std::max(max_gap, line.cells[k].x0 - line.cells[k - 1].x1);
  }
  return max_gap >= 1.5 * line.size && (line.cells.size() >= 3 || HasValueCell(line));
}

// True when `text` ends a sentence (ignoring closing quotes and brackets).
bool EndsSentence(std::string_view text) {
  const std::u32string s = utf8::Decode(text);
  size_t n = s.size();
  while (n > 0 && std::u32string_view(U"”’」』）)\"'").find(s[n - 1]) != std::u32string_view::npos) {
    --n;
  }
  return n > 0 && std::u32string_view(U"。！？；：.!?;:").find(s[n - 1]) != std::u32string_view::npos;
}

class ParagraphBuilder {
 public:
  ParagraphBuilder(const Stats& stats, Document& doc) : stats_(stats), doc_(doc) {}

  void Add(const PdfLine& line) {
    std::string text = line.Text();
    if (text.empty()) return;
    if (prev_ != nullptr && Continues(*prev_, line, text)) {
      AppendPdfText(text_, text);
    } else {
      Flush();
      text_ = std::move(text);
      src_ = line.src();
    }
    prev_ = &line;
  }

  void Flush() {
    if (!text_.empty()) doc_.blocks.push_back(DocBlock::Paragraph(std::move(text_), src_));
    text_.clear();
    prev_ = nullptr;
  }

 private:
  bool Continues(const PdfLine& p, const PdfLine& l, const std::string& text) const {
    const double size = std::max(p.size, l.size);
    const bool same_page = p.page == l.page;
    const double gap = l.y0 - p.y1;
    // A title set in large type over several lines is one paragraph.
    if (p.size >= 1.15 * stats_.body_size && NearSize(p.size, l.size, 0.1) && same_page &&
        gap <= 1.5 * size && !StartsWithPdfHeading(text)) {
      return true;
    }
    if (!NearSize(p.size, l.size, 0.15)) return false;
    if (StartsWithPdfHeading(text)) return false;
    const Margins& m = stats_.margins[l.page - 1];
    if (l.x0 >= m.left + 0.9 * l.size) return false;  // indented first line
    if (same_page && gap > 1.2 * size) return false;
    const Margins& pm = stats_.margins[p.page - 1];
    if (p.x1 < pm.right - 4 * p.size) return false;
    if (p.x1 < pm.right - 1.5 * p.size && EndsSentence(text_)) return false;
    return true;
  }

  const Stats& stats_;
  Document& doc_;
  const PdfLine* prev_ = nullptr;
  std::string text_;
  SourceRef src_;
};

}  // namespace

Document LayoutPdfPages(const std::vector<PdfPage>& pages) {
  Document doc;
  std::vector<std::vector<PdfLine>> page_lines(pages.size());
  size_t pages_with_text = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    const int number = static_cast<int>(p) + 1;
    page_lines[p] = BuildPdfLines(pages[p], number, kMaxWordsPerPage);
    if (pages[p].words.size() > kMaxWordsPerPage) {
      doc.notes.push_back({SourceRef{0, number}, "第" + std::to_string(number) +
                                                     "页文字过多，只读取了前20000个词"});
    }
    if (!page_lines[p].empty()) ++pages_with_text;
  }
  if (pages_with_text > 0) {
    for (size_t p = 0; p < pages.size(); ++p) {
      if (page_lines[p].empty()) {
        const int number = static_cast<int>(p) + 1;
        doc.notes.push_back({SourceRef{0, number},
                             "第" + std::to_string(number) + "页没有文字层（可能是扫描页），未读取"});
      }
    }
  }
  const std::vector<const PdfLine*> lines = DropPageFurniture(page_lines, pages);
  if (lines.empty()) return doc;
  const Stats stats = MeasureBody(lines, pages.size());

  std::vector<bool> table(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) table[i] = IsTableLine(*lines[i], stats);
  // Up to three narrow lines between two table lines (a wrapped label in
  // body-size type) belong to the table, unless one is a section heading.
  const auto narrow = [&](const PdfLine& l) {
    const Margins& m = stats.margins[l.page - 1];
    return l.x1 - l.x0 < 0.6 * std::max(m.right - m.left, 1.0) &&
           !StartsWithPdfSectionHeading(l.Text());
  };
  for (size_t i = 1; i < lines.size(); ++i) {
    if (table[i] || !table[i - 1]) continue;
    size_t j = i;
    while (j < lines.size() && j - i < 4 && !table[j] && narrow(*lines[j])) ++j;
    if (j < lines.size() && table[j] && j - i <= 3) {
      for (size_t k = i; k < j; ++k) table[k] = true;
    }
    i = j;
  }

  ParagraphBuilder paragraphs(stats, doc);
  size_t i = 0;
  while (i < lines.size()) {
    if (!table[i]) {
      paragraphs.Add(*lines[i]);
      ++i;
      continue;
    }
    size_t j = i;
    bool multi_cell = false;
    while (j < lines.size() && table[j]) {
      multi_cell = multi_cell || lines[j]->cells.size() >= 2;
      ++j;
    }
    if (!multi_cell) {  // small print, not a table
      for (size_t k = i; k < j; ++k) paragraphs.Add(*lines[k]);
      i = j;
      continue;
    }
    paragraphs.Flush();
    const std::vector<const PdfLine*> region(lines.begin() + static_cast<long>(i),
                                             lines.begin() + static_cast<long>(j));
    DocTable t = BuildPdfTable(region);
    if (!t.rows.empty()) doc.blocks.push_back(DocBlock::Table(std::move(t)));
    i = j;
  }
  paragraphs.Flush();
  return doc;
}

}  // namespace gongkai::formats
