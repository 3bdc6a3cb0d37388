#include "formats/pdf_table.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

namespace gongkai::formats {
namespace {

constexpr size_t kMaxLinkedFragments = 4000;  // label pieces linked per table

enum class LineKind { kAnchor, kHeader, kLabel };

struct Column {
  double x0 = 0, x1 = 0;
  double cx() const { return (x0 + x1) / 2; }
};

// A piece of label text: one cell left of the value columns.
struct Fragment {
  const PdfCell* cell = nullptr;
  const PdfLine* line = nullptr;
  int row = -1;        // the anchor row whose line it is on, if any
  bool seed = false;   // the label of that anchor row
  bool group = false;  // on an anchor line but left of that row's label
};

struct OutRow {
  int page = 0;
  double y = 0;
  std::vector<DocCell> cells;
};

struct AnchorRow {
  const PdfLine* line = nullptr;
  bool has_label = false;
  std::vector<std::pair<double, DocCell>> labels;  // (x, cell), sorted by x later
};

DocCell Cell(std::string text, SourceRef src) {
  DocCell c;
  c.text = std::move(text);
  c.src = src;
  return c;
}

bool Above(int page_a, double y_a, int page_b, double y_b) {
  return page_a < page_b || (page_a == page_b && y_a < y_b);
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), size_t{0}); }
  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

class TableBuilder {
 public:
  explicit TableBuilder(const std::vector<const PdfLine*>& lines) : lines_(lines) {}

  DocTable Build() {
    DocTable table;
    if (lines_.empty()) return table;
    table.src = lines_.front()->src();
    if (!FindValueLeft()) {
      for (const PdfLine* line : lines_) {
        std::vector<DocCell> row;
        for (const PdfCell& c : line->cells) row.push_back(Cell(c.text, line->src()));
        table.rows.push_back(std::move(row));
      }
      return table;
    }
    ClassifyLines();
    // A segment is one header zone and the lines up to the next zone.
    size_t start = 0;
    while (start < lines_.size()) {
      size_t zone_end = start;
      while (zone_end < lines_.size() && in_zone_[zone_end]) ++zone_end;
      size_t end = zone_end;
      while (end < lines_.size() && !in_zone_[end]) ++end;
      BuildSegment(start, zone_end, end, table);
      start = end;
    }
    return table;
  }

 private:
  bool IsValue(const PdfLine& line, size_t k) const {
    const PdfCell& c = line.cells[k];
    if (c.numeric) return k > 0 || line.all_numeric;
    return IsPdfPlaceholder(c.text) && InValueArea(c);
  }
  bool InValueArea(const PdfCell& c) const { return c.cx() >= value_left_ - 0.5 * c.size; }

  bool FindValueLeft() {
    value_left_ = std::numeric_limits<double>::infinity();
    for (const PdfLine* line : lines_) {
      for (size_t k = 0; k < line->cells.size(); ++k) {
        if (line->cells[k].numeric && IsValue(*line, k)) {
          value_left_ = std::min(value_left_, line->cells[k].x0);
        }
      }
    }
    return std::isfinite(value_left_);
  }

  void ClassifyLines() {
    kinds_.assign(lines_.size(), LineKind::kLabel);
    in_zone_.assign(lines_.size(), false);
    for (size_t i = 0; i < lines_.size(); ++i) {
      const PdfLine& line = *lines_[i];
      bool value = false, value_area = false;
      for (size_t k = 0; k < line.cells.size(); ++k) {
        value = value || IsValue(line, k);
        value_area = value_area || InValueArea(line.cells[k]);
      }
      kinds_[i] = value ? LineKind::kAnchor : value_area ? LineKind::kHeader : LineKind::kLabel;
    }
    // A header zone runs from the first to the last header line of a run of
    // lines without numbers; label lines inside it belong to the headers.
    size_t i = 0;
    while (i < lines_.size()) {
      if (kinds_[i] == LineKind::kAnchor) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < lines_.size() && kinds_[j] != LineKind::kAnchor) ++j;
      size_t first = j, last = j;
      for (size_t k = i; k < j; ++k) {
        if (kinds_[k] != LineKind::kHeader) continue;
        if (first == j) first = k;
        last = k;
      }
      if (first != j) {
        for (size_t k = first; k <= last; ++k) in_zone_[k] = true;
      }
      i = j;
    }
  }

  // The value column holding a cell: the one containing its centre, else the
  // nearest. `cols` are sorted and do not overlap.
  static size_t ColumnOf(const std::vector<Column>& cols, const PdfCell& c) {
    const double x = c.cx();
    const auto it = std::lower_bound(cols.begin(), cols.end(), x,
                                     [](const Column& col, double v) { return col.x1 < v; });
    const size_t k = static_cast<size_t>(it - cols.begin());
    if (k == cols.size()) return cols.size() - 1;
    if (x >= cols[k].x0 || k == 0) return k;
    return x - cols[k - 1].x1 <= cols[k].x0 - x ? k - 1 : k;
  }

  // How many columns the cell's x-range overlaps, counting up to two.
  static int OverlappedColumns(const std::vector<Column>& cols, const PdfCell& c) {
    auto it = std::upper_bound(cols.begin(), cols.end(), c.x0,
                               [](double v, const Column& col) { return v < col.x1; });
    int n = 0;
    for (; it != cols.end() && it->x0 < c.x1 && n < 2; ++it) ++n;
    return n;
  }

  void BuildSegment(size_t begin, size_t zone_end, size_t end, DocTable& table) {
    // Value columns: the union of the x-ranges of the numbers of the segment.
    std::vector<Column> cols;
    for (size_t i = zone_end; i < end; ++i) {
      if (kinds_[i] != LineKind::kAnchor) continue;
      const PdfLine& line = *lines_[i];
      for (size_t k = 0; k < line.cells.size(); ++k) {
        if (IsValue(line, k)) cols.push_back({line.cells[k].x0, line.cells[k].x1});
      }
    }
    std::sort(cols.begin(), cols.end(), [](const Column& a, const Column& b) { return a.x0 < b.x0; });
    std::vector<Column> merged;
    for (const Column& c : cols) {
      if (!merged.empty() && c.x0 <= merged.back().x1 + 0.5) {
        merged.back().x1 = std::max(merged.back().x1, c.x1);
      } else {
        merged.push_back(c);
      }
    }
    cols = std::move(merged);

    BuildHeaderRows(begin, zone_end, cols, table);
    std::vector<OutRow> rows = BuildBodyRows(zone_end, end, cols);
    std::stable_sort(rows.begin(), rows.end(), [](const OutRow& a, const OutRow& b) {
      return Above(a.page, a.y, b.page, b.y);
    });
    for (OutRow& r : rows) table.rows.push_back(std::move(r.cells));
  }

  void BuildHeaderRows(size_t begin, size_t end, const std::vector<Column>& cols, DocTable& table) {
    if (begin == end) return;
    if (cols.empty()) {
      for (size_t i = begin; i < end; ++i) {
        std::vector<DocCell> row;
        for (const PdfCell& c : lines_[i]->cells) row.push_back(Cell(c.text, lines_[i]->src()));
        table.rows.push_back(std::move(row));
      }
      return;
    }
    std::string corner;
    SourceRef corner_src;
    std::vector<std::vector<std::pair<size_t, const PdfCell*>>> per_col(cols.size());
    std::map<size_t, std::vector<const PdfCell*>> spanning;  // by line
    for (size_t i = begin; i < end; ++i) {
      for (const PdfCell& c : lines_[i]->cells) {
        if (!InValueArea(c)) {
          if (corner.empty()) corner_src = lines_[i]->src();
          AppendPdfText(corner, c.text);
          continue;
        }
        if (OverlappedColumns(cols, c) >= 2) {
          spanning[i].push_back(&c);
        } else {
          per_col[ColumnOf(cols, c)].push_back({i, &c});
        }
      }
    }
    // Within a column, text far above the column's own header belongs to a
    // header spanning several columns ("申请人情况").
    std::vector<DocCell> col_row;
    if (!corner.empty()) col_row.push_back(Cell(corner, corner_src));
    bool any = !corner.empty();
    const SourceRef zone_src = lines_[end - 1]->src();
    for (auto& pieces : per_col) {
      size_t first = 0;
      for (size_t k = 1; k < pieces.size(); ++k) {
        const PdfCell& prev = *pieces[k - 1].second;
        const PdfCell& cur = *pieces[k].second;
        const bool new_page = lines_[pieces[k].first]->page != lines_[pieces[k - 1].first]->page;
        if (new_page || cur.y0 - prev.y1 > 3 * std::max(prev.size, cur.size)) first = k;
      }
      for (size_t k = 0; k < first; ++k) spanning[pieces[k].first].push_back(pieces[k].second);
      std::string text;
      SourceRef src = zone_src;
      for (size_t k = first; k < pieces.size(); ++k) {
        if (text.empty()) src = lines_[pieces[k].first]->src();
        AppendPdfText(text, pieces[k].second->text);
      }
      any = any || !text.empty();
      col_row.push_back(Cell(std::move(text), src));
    }
    for (auto& [line_index, cells] : spanning) {
      std::sort(cells.begin(), cells.end(),
                [](const PdfCell* a, const PdfCell* b) { return a->x0 < b->x0; });
      std::vector<DocCell> row;
      for (const PdfCell* c : cells) row.push_back(Cell(c->text, lines_[line_index]->src()));
      table.rows.push_back(std::move(row));
    }
    if (any) table.rows.push_back(std::move(col_row));
  }

  std::vector<OutRow> BuildBodyRows(size_t begin, size_t end, const std::vector<Column>& cols) {
    std::vector<AnchorRow> anchors;
    std::vector<Fragment> frags;
    std::vector<OutRow> rows;
    for (size_t i = begin; i < end; ++i) {
      const PdfLine& line = *lines_[i];
      if (kinds_[i] != LineKind::kAnchor) {
        for (const PdfCell& c : line.cells) frags.push_back({&c, &line, -1, false, false});
        continue;
      }
      const int row = static_cast<int>(anchors.size());
      AnchorRow a;
      a.line = &line;
      OutRow out;
      out.page = line.page;
      out.y = line.cy();
      out.cells.assign(cols.size(), Cell("", line.src()));
      int last_label = -1;
      for (size_t k = 0; k < line.cells.size(); ++k) {
        const PdfCell& c = line.cells[k];
        if (IsValue(line, k) || (InValueArea(c) && !cols.empty())) {
          AppendPdfText(out.cells[ColumnOf(cols, c)].text, c.text);
        } else {
          frags.push_back({&c, &line, row, false, true});
          last_label = static_cast<int>(frags.size()) - 1;
        }
      }
      if (last_label >= 0) {  // the rightmost label text is the row's own label
        frags[last_label].seed = true;
        frags[last_label].group = false;
        a.has_label = true;
      }
      anchors.push_back(std::move(a));
      rows.push_back(std::move(out));
    }
    DemoteGroupSeeds(frags, anchors);
    LinkAndAssign(frags, anchors, rows);
    for (size_t r = 0; r < anchors.size(); ++r) {
      auto& labels = anchors[r].labels;
      std::stable_sort(labels.begin(), labels.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      std::vector<DocCell> cells;
      for (auto& l : labels) cells.push_back(std::move(l.second));
      rows[r].cells.insert(rows[r].cells.begin(), std::make_move_iterator(cells.begin()),
                           std::make_move_iterator(cells.end()));
    }
    return rows;
  }

  // When the only label text on a numbers line is a group label and the row's
  // own label, right of it, wraps around that line, the row has no label of
  // its own line: the wrapped text is found by AssignFloating.
  void DemoteGroupSeeds(std::vector<Fragment>& frags, std::vector<AnchorRow>& anchors) const {
    if (frags.size() > kMaxLinkedFragments) return;
    for (Fragment& s : frags) {
      if (!s.seed) continue;
      const PdfLine& line = *s.line;
      for (const Fragment& f : frags) {
        if (f.row >= 0 || f.line->page != line.page || f.cell->x0 < s.cell->x1) continue;
        if (std::abs(f.cell->cy() - line.cy()) <= 1.5 * std::max(f.cell->size, s.cell->size)) {
          s.seed = false;
          s.group = true;
          anchors[s.row].has_label = false;
          break;
        }
      }
    }
  }

  // Groups label pieces stacked over each other into components and gives each
  // component (or each part of it nearest to one anchor) to a row.
  void LinkAndAssign(std::vector<Fragment>& frags, std::vector<AnchorRow>& anchors,
                     std::vector<OutRow>& rows) {
    std::stable_sort(frags.begin(), frags.end(), [](const Fragment& a, const Fragment& b) {
      return Above(a.line->page, a.cell->y0, b.line->page, b.cell->y0);
    });
    UnionFind uf(frags.size());
    if (frags.size() <= kMaxLinkedFragments) {
      double max_size = 0;
      for (const Fragment& f : frags) max_size = std::max(max_size, f.cell->size);
      for (size_t i = 0; i < frags.size(); ++i) {
        const PdfCell& a = *frags[i].cell;
        for (size_t j = i + 1; j < frags.size(); ++j) {
          const PdfCell& b = *frags[j].cell;
          if (frags[j].line->page != frags[i].line->page || b.y0 > a.y1 + 1.2 * max_size) break;
          if (frags[i].line == frags[j].line) continue;
          if (frags[i].seed != frags[j].seed && (frags[i].group || frags[j].group)) continue;
          if (StartsWithPdfHeading(b.text)) continue;  // "2.…" starts a new label
          const double gap = b.y0 - a.y1;
          const bool stacked = b.cy() > a.cy() + 0.3 * std::min(a.y1 - a.y0, b.y1 - b.y0);
          const bool overlap = std::min(a.x1, b.x1) > std::max(a.x0, b.x0);
          if (stacked && overlap && gap <= 1.2 * std::max(a.size, b.size)) uf.Join(i, j);
        }
      }
    }
    std::map<size_t, std::vector<size_t>> comps;
    for (size_t i = 0; i < frags.size(); ++i) comps[uf.Find(i)].push_back(i);

    for (auto& [root, members] : comps) {
      std::vector<size_t> seeds, floating;
      bool group = false;
      for (size_t m : members) {
        if (frags[m].seed) {
          seeds.push_back(m);
        } else if (frags[m].group) {
          group = true;
        } else {
          floating.push_back(m);
        }
      }
      if (!seeds.empty()) {
        std::map<int, std::vector<size_t>> by_row;
        for (size_t s : seeds) by_row[frags[s].row].push_back(s);
        for (size_t f : floating) {
          size_t best = seeds.front();
          for (size_t s : seeds) {
            if (std::abs(frags[s].line->cy() - frags[f].cell->cy()) <
                std::abs(frags[best].line->cy() - frags[f].cell->cy())) {
              best = s;
            }
          }
          by_row[frags[best].row].push_back(f);
        }
        for (auto& [row, parts] : by_row) AddLabel(anchors[row], frags, parts);
        continue;
      }
      if (group || floating.empty()) continue;
      if (frags.size() > kMaxLinkedFragments) {  // too much text to place: keep it as captions
        AddCaption(frags, floating, rows);
        continue;
      }
      AssignFloating(frags, floating, anchors, rows);
    }
  }

  void AssignFloating(const std::vector<Fragment>& frags, const std::vector<size_t>& parts,
                      std::vector<AnchorRow>& anchors, std::vector<OutRow>& rows) {
    const Fragment& top = frags[parts.front()];
    const int page = top.line->page;
    double y0 = top.cell->y0, y1 = top.cell->y1, size = 0;
    for (size_t p : parts) {
      y0 = std::min(y0, frags[p].cell->y0);
      y1 = std::max(y1, frags[p].cell->y1);
      size = std::max(size, frags[p].cell->size);
    }
    // The label of a row whose own line carries only numbers.
    int best = -1;
    double best_d = std::numeric_limits<double>::infinity();
    bool before = false, after = false;
    for (size_t r = 0; r < anchors.size(); ++r) {
      const PdfLine& line = *anchors[r].line;
      before = before || Above(line.page, line.cy(), page, y0);
      after = after || Above(page, y1, line.page, line.cy());
      if (anchors[r].has_label || line.page != page) continue;
      if (line.cy() < y0 - size || line.cy() > y1 + size) continue;
      const double d = std::abs(line.cy() - (y0 + y1) / 2);
      if (d < best_d) {
        best_d = d;
        best = static_cast<int>(r);
      }
    }
    if (best >= 0) {
      AddLabel(anchors[best], frags, parts);
      return;
    }
    if (before && after) return;  // a group label spanning data rows
    AddCaption(frags, parts, rows);
  }

  static void AddCaption(const std::vector<Fragment>& frags, const std::vector<size_t>& parts,
                         std::vector<OutRow>& rows) {
    const Fragment& top = frags[parts.front()];
    OutRow caption;
    caption.page = top.line->page;
    caption.y = top.cell->y0;
    std::string text;
    for (size_t p : parts) AppendPdfText(text, frags[p].cell->text);
    caption.cells.push_back(Cell(std::move(text), top.line->src()));
    rows.push_back(std::move(caption));
  }

  static void AddLabel(AnchorRow& row, const std::vector<Fragment>& frags, std::vector<size_t> parts) {
    std::sort(parts.begin(), parts.end(), [&](size_t a, size_t b) {
      const PdfCell& x = *frags[a].cell;
      const PdfCell& y = *frags[b].cell;
      if (frags[a].line != frags[b].line) return Above(frags[a].line->page, x.y0, frags[b].line->page, y.y0);
      return x.x0 < y.x0;
    });
    std::string text;
    double x = std::numeric_limits<double>::infinity();
    for (size_t p : parts) {
      AppendPdfText(text, frags[p].cell->text);
      x = std::min(x, frags[p].cell->x0);
    }
    row.labels.push_back({x, Cell(std::move(text), frags[parts.front()].line->src())});
  }

  const std::vector<const PdfLine*>& lines_;
  double value_left_ = 0;
  std::vector<LineKind> kinds_;
  std::vector<bool> in_zone_;
};

}  // namespace

DocTable BuildPdfTable(const std::vector<const PdfLine*>& lines) {
  return TableBuilder(lines).Build();
}

}  // namespace gongkai::formats
