#include "formats/assemble.h"

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "formats/report_header.h"
#include "formats/section_heading.h"
#include "formats/table_rows.h"
#include "report/format_detection.h"

namespace gongkai::formats {
namespace {

using namespace gongkai::report;

bool IsPageNumber(const std::string& text) {
  if (text.size() > 48) return false;
  const std::string t = utf8::StripSpaces(utf8::FoldWidth(text));
  if (t.empty()) return false;
  size_t digits = 0;
  for (char c : t) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c != '-' && c != '_') {
      // 第 3 页 / 共 6 页
      return t.find("页") != std::string::npos && t.size() < 24 && digits > 0 &&
             t.find("。") == std::string::npos;
    }
  }
  return digits > 0 && digits <= 4;
}

class Assembler {
 public:
  explicit Assembler(const Document& doc) : doc_(doc) {
    out_.notes = doc.notes;
    out_.report.published_on = doc.published_on;
  }

  AssembledReport Run() {
    for (const DocBlock& b : doc_.blocks) {
      if (b.kind == DocBlock::Kind::kParagraph) {
        Paragraph(b);
      } else {
        Table(b.table);
      }
    }
    Finish();
    return std::move(out_);
  }

 private:
  AnnualReport& r() { return out_.report; }

  void Note(SourceRef src, std::string message) {
    out_.notes.push_back(ParseNote{src, std::move(message)});
  }

  void Paragraph(const DocBlock& b) {
    const std::string text = utf8::Trim(b.text);
    if (text.empty() || IsPageNumber(text)) return;
    if (const auto h = MatchSectionHeading(text)) {
      Section s;
      s.number = h->number;
      s.heading = utf8::CollapseSpaces(text);
      s.title = h->title;
      s.numbering = h->numbering;
      s.src = b.src;
      r().sections.push_back(std::move(s));
      title_done_ = true;
      return;
    }
    if (r().sections.empty()) {
      if (!title_done_ && LooksLikeTitleLine(text)) {
        title_lines_.push_back(utf8::StripSpaces(text));
        return;
      }
      title_done_ = true;
      r().preamble.push_back({text, b.src});
      return;
    }
    r().sections.back().paragraphs.push_back({text, b.src});
  }

  void Table(const DocTable& t) {
    title_done_ = true;
    for (const auto& row : t.rows) Row(row);
  }

  void Row(const std::vector<DocCell>& row) {
    const SplitRow split = SplitTableRow(row);
    for (const DocCell* l : split.labels) labels_.push_back(NormalizeLabel(l->text));
    if (!split.labels.empty()) UpdateContext(split.labels);
    bool any_value = false;
    for (const DocCell* v : split.values) any_value = any_value || !utf8::Trim(v->text).empty();
    if (split.values.empty()) return;
    const RowId id = IdentifyRow(split.labels, last_t3_row_);
    const SourceRef src = split.values.front()->src;
    switch (id.kind) {
      case RowKind::kT2Normative:
        if (t2_header_2019_) {
          Extra(split);
        } else {
          Counts(split, 3, r().table2.normative[id.index].data(), "表二“" + LabelText(split) + "”");
          r().table2.present = true;
        }
        in_t4_ = false;
        return;
      case RowKind::kT2Licensing:
      case RowKind::kT2Punishment:
      case RowKind::kT2Enforcement: {
        if (t2_header_2019_) {
          Extra(split);
          return;
        }
        CountCell* cell = id.kind == RowKind::kT2Licensing    ? &r().table2.licensing
                          : id.kind == RowKind::kT2Punishment ? &r().table2.punishment
                                                              : &r().table2.enforcement;
        Counts(split, 1, cell, "表二“" + LabelText(split) + "”");
        r().table2.present = true;
        in_t4_ = false;
        return;
      }
      case RowKind::kT2Fees: {
        if (t2_header_2019_) {
          Extra(split);
          return;
        }
        const DocCell* v = split.values.back();
        for (const DocCell* c : split.values) {
          if (!utf8::Trim(c->text).empty()) v = c;
        }
        if (split.values.size() > 1 && !utf8::Trim(split.values.back()->text).empty()) {
          Note(src, "表二“行政事业性收费”行有" + std::to_string(split.values.size()) +
                        "个数值，只取最后一个。");
        }
        AmountCell& fee = r().table2.fees;
        fee.raw = utf8::Trim(v->text);
        fee.src = v->src;
        fee.value = Decimal::Parse(fee.raw);
        r().table2.present = true;
        return;
      }
      case RowKind::kT2Extra:
        Extra(split);
        return;
      case RowKind::kT3Row:
      case RowKind::kT3SingleOther: {
        if (seen_t3_[id.index]) {
          if (any_value) {
            Note(src, "表三“" + std::string(kT3RowSpecs[id.index].label) +
                          "”行重复出现，已忽略后出现的一行。");
          }
          return;
        }
        seen_t3_[id.index] = true;
        if (id.kind == RowKind::kT3SingleOther) r().table3.single_other_row = true;
        Counts(split, kT3Columns, r().table3.cells[id.index].data(),
               "表三“" + std::string(kT3RowSpecs[id.index].label) + "”");
        r().table3.present = true;
        last_t3_row_ = id.index;
        in_t4_ = false;
        return;
      }
      case RowKind::kT3Subtotal: {
        T3Subtotal s;
        s.group = id.group;
        s.src = src;
        Counts(split, kT3Columns, s.cells.data(),
               "表三“" + std::string(T3GroupLabel(id.group)) + "”小计");
        r().table3.subtotals.push_back(std::move(s));
        Note(src, "表三增加了“" + std::string(T3GroupLabel(id.group)) +
                      "”小计行，国家格式没有该行；已按其下各项之和核对。");
        return;
      }
      case RowKind::kUnknown:
        break;
    }
    // Table 4's data row has no label of its own.
    const bool t4_context = in_t4_ || (!r().sections.empty() && r().sections.back().number == 4);
    if (t4_context && !r().table4.present && split.values.size() >= 10 && any_value) {
      Counts(split, kT4Cells, r().table4.cells.data(), "表四");
      r().table4.present = true;
      return;
    }
    if (any_value && !split.labels.empty()) {
      Note(src, "“" + LabelText(split) + "”一行含有数字，但不是年度报告格式中的栏目，已忽略。");
    }
  }

  // Keeps track of which table a label-only row introduces.
  void UpdateContext(const std::vector<const DocCell*>& labels) {
    for (size_t i = 0; i < labels.size(); ++i) {
      const DocCell* l = labels[i];
      const std::string& n = labels_[labels_.size() - labels.size() + i];
      if (n.find("行政复议") != std::string::npos || n.find("复议后起诉") != std::string::npos ||
          n.find("行政诉讼") != std::string::npos) {
        in_t4_ = true;
      }
      if (n.find("本年制发件数") != std::string::npos) t2_header_2019_ = false;
      if (n.find("本年新制作数量") != std::string::npos ||
          n.find("上一年项目数量") != std::string::npos) {
        t2_header_2019_ = true;
        t2_columns_.clear();
      }
      if (t2_header_2019_ && n != "信息内容" && !n.empty() && n.find("第二十条") == std::string::npos) {
        if (t2_columns_.size() < 8) t2_columns_.push_back(utf8::Trim(l->text));
      }
    }
  }

  static std::string LabelText(const SplitRow& split) {
    std::string out;
    for (const DocCell* l : split.labels) {
      if (!out.empty()) out += " ";
      out += utf8::CollapseSpaces(l->text);
    }
    return out;
  }

  // Fills `n` count cells from the row's values. More values than cells: the
  // extra leading blanks are spacers of merged label columns; fewer: the
  // missing cells are blank (their place is unknown, so note it).
  void Counts(const SplitRow& split, size_t n, CountCell* cells, const std::string& what) {
    std::vector<const DocCell*> values = split.values;
    // Blank cells at either end beyond the expected count are the covered
    // parts of merged cells in sources that flatten them (Markdown grids,
    // text exports): a value drawn across three columns leaves two blanks.
    while (values.size() > n) {
      if (utf8::Trim(values.back()->text).empty()) {
        values.pop_back();
      } else if (utf8::Trim(values.front()->text).empty()) {
        values.erase(values.begin());
      } else {
        break;
      }
    }
    const SourceRef src = values.empty() ? SourceRef{} : values.front()->src;
    if (values.size() > n) {
      Note(src, what + "有" + std::to_string(values.size()) + "个数值，应为" + std::to_string(n) +
                    "个；已取最后" + std::to_string(n) + "个。");
      values.erase(values.begin(), values.end() - static_cast<long>(n));
    }
    const size_t missing = n - values.size();
    if (missing > 0) {
      Note(src, what + "只有" + std::to_string(values.size()) + "个数值，应为" +
                    std::to_string(n) + "个；缺少的单元格按空白处理。");
    }
    for (size_t i = 0; i < n; ++i) {
      CountCell& c = cells[i];
      if (i < missing) {
        c = CountCell{};
        c.src = src;
        continue;
      }
      const DocCell* v = values[i - missing];
      c.raw = utf8::Trim(v->text);
      c.src = v->src;
      c.value = ParseCount(c.raw);
    }
  }

  void Extra(const SplitRow& split) {
    ExtraTableRow row;
    row.label = LabelText(split);
    row.columns = t2_columns_;
    row.src = split.values.front()->src;
    for (const DocCell* v : split.values) {
      CountCell c;
      c.raw = utf8::Trim(v->text);
      c.src = v->src;
      c.value = ParseCount(c.raw);
      if (const auto amount = Decimal::Parse(c.raw); !c.value && amount) {
        // Amounts (万元) are numbers but not counts: keep the integer part so
        // H1 does not call a valid amount blank; `raw` keeps the decimals.
        int64_t whole = amount->units();
        for (int k = 0; k < amount->scale(); ++k) whole /= 10;
        c.value = whole;
      }
      row.cells.push_back(std::move(c));
    }
    r().table2_extra_rows.push_back(std::move(row));
  }

  void Finish() {
    std::string title;
    for (const std::string& l : title_lines_) title += l;
    r().title = title;
    const TitleParts parts = ParseTitle(title);
    r().agency = parts.agency;
    r().year = parts.year;
    r().agency_kind = ClassifyAgency(r().agency);
    if (title.empty()) Note({}, "没有找到报告标题，无法识别机关名称和年度。");

    // The period is stated in the preamble, sometimes in section 一.
    std::vector<const report::Paragraph*> front;
    for (const auto& p : r().preamble) front.push_back(&p);
    if (const Section* one = r().FindSection(1)) {
      for (const auto& p : one->paragraphs) front.push_back(&p);
    }
    for (const report::Paragraph* p : front) {
      if (p->text.find("日") == std::string::npos) continue;
      if (const auto period = FindPeriod(p->text)) {
        r().period_start = period->start;
        r().period_end = period->end;
        break;
      }
    }
    r().format = DetectFormatNormalized(labels_);
    if (r().table3.present) {
      for (int i = 0; i < kT3Rows; ++i) {
        if (seen_t3_[i]) continue;
        if (r().table3.single_other_row && (i == kR21 || i == kR22)) continue;
        if (r().table3.single_other_row && i == kR23) continue;
        Note({}, "表三缺少“" + std::string(kT3RowSpecs[i].label) + "”行。");
      }
    }
    if (r().sections.empty()) Note({}, "没有识别出“一、总体情况”等六个部分的标题。");
  }

  const Document& doc_;
  AssembledReport out_;
  std::vector<std::string> title_lines_;
  std::vector<std::string> labels_;
  bool title_done_ = false;
  bool in_t4_ = false;
  bool t2_header_2019_ = false;
  std::vector<std::string> t2_columns_;
  int last_t3_row_ = -1;
  bool seen_t3_[kT3Rows] = {};
};

}  // namespace

AssembledReport AssembleReport(const Document& doc) { return Assembler(doc).Run(); }

}  // namespace gongkai::formats
