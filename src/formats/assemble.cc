#include "formats/assemble.h"

#include <algorithm>
#include <deque>
#include <optional>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "formats/report_header.h"
#include "formats/section_heading.h"
#include "formats/row_repair.h"
#include "formats/table3_positions.h"
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
  // A label waiting for its row of values (per-row fragments, wrapped labels).
  struct PendingLabel {
    std::vector<const DocCell*> labels;
    RowId id;
  };

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
  const AnnualReport& r() const { return out_.report; }

  void Note(SourceRef src, std::string message) {
    out_.notes.push_back(ParseNote{src, std::move(message)});
  }

  void Paragraph(const DocBlock& b) {
    const std::string text = utf8::Trim(b.text);
    if (text.empty() || IsPageNumber(text)) return;
    if (const auto h = MatchSectionHeading(text); h && !RepeatsReworded(*h)) {
      Section s;
      s.number = h->number;
      s.heading = utf8::CollapseSpaces(text);
      s.title = h->title;
      s.numbering = h->numbering;
      s.src = b.src;
      r().sections.push_back(std::move(s));
      return;
    }
    if (r().sections.empty()) {
      // Title, boilerplate and preamble: told apart in Finish.
      front_.push_back({text, b.src});
      return;
    }
    r().sections.back().paragraphs.push_back({text, b.src});
  }

  // A reworded heading naming a section already open or passed (5、改进措施
  // in a list inside 五) is a sub-heading, not the section again; only the
  // official title repeated is the duplicate H7 reports.
  bool RepeatsReworded(const HeadingMatch& h) const {
    if (h.number == 0 || h.numbering == HeadingNumbering::kChinese) return false;
    if (h.title == kSectionTitles[h.number - 1]) return false;
    for (const Section& s : r().sections) {
      if (s.number >= h.number) return true;
    }
    return false;
  }

  void Table(const DocTable& t) {
    for (const auto& row : t.rows) Row(row);
  }

  // Where the rows being read belong: Table 4 once its labels or section
  // have begun, Table 3 once its header, a row of it or section 三 has.
  bool InTable4() const {
    return in_t4_ || (!r().sections.empty() && r().sections.back().number == 4);
  }
  bool InTable3() const {
    if (InTable4()) return false;
    return in_t3_ || (!r().sections.empty() && r().sections.back().number == 3);
  }

  void Row(const std::vector<DocCell>& row) {
    SplitRow split = SplitTableRow(row);
    std::vector<std::string> normalized;
    normalized.reserve(split.labels.size());
    for (const DocCell* l : split.labels) normalized.push_back(NormalizeLabel(l->text));
    labels_.insert(labels_.end(), normalized.begin(), normalized.end());
    if (!split.labels.empty()) UpdateContext(split.labels);
    if (split.values.empty()) {
      // A label on its own row, its numbers on the next (per-row fragments).
      pending_.clear();
      if (!split.labels.empty()) {
        const RowId id = IdentifyNormalizedRow(normalized, last_t3_row_, /*near=*/false);
        if (id.kind == RowKind::kT3Row || id.kind == RowKind::kT3SingleOther) {
          pending_.push_back(PendingLabel{split.labels, id});
        }
      }
      return;
    }
    RowId id;
    std::deque<PendingLabel> next;
    if (split.labels.empty() && !pending_.empty() && InTable3()) {
      split.labels = pending_.front().labels;
      id = pending_.front().id;
      pending_.pop_front();
      next = std::move(pending_);
    } else {
      // Header rows drawn with blank cells need no edit-distance match.
      bool any_value = false;
      for (const DocCell* v : split.values) any_value = any_value || !utf8::Trim(v->text).empty();
      id = IdentifyNormalizedRow(normalized, last_t3_row_, /*near=*/any_value);
      if (id.kind == RowKind::kT3Row) next = LabelsOfLaterRows(split, normalized, id);
    }
    pending_ = std::move(next);
    const bool t2_row = id.kind == RowKind::kT2Normative || id.kind == RowKind::kT2Licensing ||
                        id.kind == RowKind::kT2Punishment ||
                        id.kind == RowKind::kT2Enforcement || id.kind == RowKind::kT2Fees;
    // (A 2019-format Table 2 keeps its rows as written: no variant to note.)
    if (id.kind != RowKind::kUnknown && !id.read_as.empty() && !(t2_row && t2_header_2019_)) {
      Note(split.values.front()->src, "“" + JoinedLabel(split) + "”一行与格式栏目“" +
                                          std::string(id.read_as) + "”不完全一致，已按该栏目读取。");
    }
    Place(split, id);
  }

  // One label cell holding the labels of this row and the next ones (a PDF
  // label wrapped past its row): this row is the first named, and the rows
  // of values that follow without labels take the others in order.
  std::deque<PendingLabel> LabelsOfLaterRows(const SplitRow& split,
                                             const std::vector<std::string>& normalized,
                                             RowId& id) {
    std::deque<PendingLabel> later;
    std::string joined;
    for (const std::string& l : normalized) joined += l;
    // Only a label longer than the row's own can hold another row's label.
    if (joined.size() <= kT3RowSpecs[id.index].label.size()) return later;
    const std::vector<int> named = T3RowsNamed(joined);
    if (named.size() < 2) return later;
    for (size_t i = 1; i < named.size(); ++i) {
      if (named[i] != named[i - 1] + 1) return later;  // not consecutive rows: one row's label
    }
    id = RowId(RowKind::kT3Row, named[0]);
    std::string rows;
    for (size_t i = 0; i < named.size(); ++i) {
      rows += (i > 0 ? "、“" : "“") + std::string(kT3RowSpecs[named[i]].label) + "”";
      if (i > 0) later.push_back(PendingLabel{{}, RowId(RowKind::kT3Row, named[i])});
    }
    Note(split.values.front()->src, "“" + JoinedLabel(split) + "”一格中含有" + std::to_string(named.size()) +
                                        "行的栏目名称（原文换行），已把这一行和其后没有栏目名称的行依次读作" +
                                        rows + "。");
    return later;
  }

  void Place(SplitRow& split, const RowId& id) {
    bool any_value = false;
    for (const DocCell* v : split.values) any_value = any_value || !utf8::Trim(v->text).empty();
    const SourceRef src = split.values.front()->src;
    switch (id.kind) {
      case RowKind::kT2Normative:
        if (t2_header_2019_) {
          Extra(split);
        } else {
          Repair(split, 3);
          Counts(split, 3, r().table2.normative[id.index].data(), "表二“" + JoinedLabel(split) + "”");
          r().table2.present = true;
          seen_t2_rules_ = seen_t2_rules_ || id.index == 0;
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
        Repair(split, 1);
        Counts(split, 1, cell, "表二“" + JoinedLabel(split) + "”");
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
        CloseRun(id.index);
        seen_t3_[id.index] = true;
        if (id.kind == RowKind::kT3SingleOther) r().table3.single_other_row = true;
        Repair(split, kT3Columns);
        Counts(split, kT3Columns, r().table3.cells[id.index].data(),
               "表三“" + std::string(kT3RowSpecs[id.index].label) + "”");
        r().table3.present = true;
        last_t3_row_ = id.index;
        in_t3_ = true;
        in_t4_ = false;
        return;
      }
      case RowKind::kT3Subtotal: {
        T3Subtotal s;
        s.group = id.group;
        s.src = src;
        Repair(split, kT3Columns);
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
    if (InTable4() && !r().table4.present && split.values.size() >= 10 && any_value) {
      Counts(split, kT4Cells, r().table4.cells.data(), "表四");
      r().table4.present = true;
      return;
    }
    // A Table 3 row whose label was lost: placed by order later.
    if (split.labels.empty() && any_value && InTable3()) {
      Repair(split, kT3Columns);
      if (TrimmedValueCount(split) == kT3Columns) {
        if (!run_) run_ = UnlabelledRun{last_t3_row_, kT3Rows, {}, src};
        T3Values values;
        Counts(split, kT3Columns, values.data(), "表三无栏目名称的一行");
        run_->rows.push_back(values);
        return;
      }
    }
    if (any_value && !split.labels.empty()) {
      Note(src, "“" + JoinedLabel(split) + "”一行含有数字，但不是年度报告格式中的栏目，已忽略。");
    } else if (any_value && InTable3()) {
      Note(src, "表三中有一行数字没有栏目名称，且数值个数（" + std::to_string(split.values.size()) +
                    "）不是7个，无法确定所属栏目，已忽略。");
    }
  }

  void Repair(SplitRow& split, size_t n) {
    for (ParseNote& note : RepairRow(split, n, synthetic_)) out_.notes.push_back(std::move(note));
  }

  // Ends the run of unlabelled rows before labelled row `next`.
  void CloseRun(int next) {
    if (!run_) return;
    run_->before = next;
    runs_.push_back(std::move(*run_));
    run_.reset();
  }

  // Keeps track of which table a label-only row introduces.
  void UpdateContext(const std::vector<const DocCell*>& labels) {
    for (size_t i = 0; i < labels.size(); ++i) {
      const DocCell* l = labels[i];
      const std::string& n = labels_[labels_.size() - labels.size() + i];
      if (n.find("行政复议") != std::string::npos || n.find("复议后起诉") != std::string::npos ||
          n.find("行政诉讼") != std::string::npos) {
        in_t4_ = true;
        in_t3_ = false;
        CloseRun(kT3Rows);
      }
      if (n.find("申请人情况") != std::string::npos || n.find("本年度办理结果") != std::string::npos) {
        in_t3_ = true;
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
    row.label = JoinedLabel(split);
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
    FinishTitle();

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
    CloseRun(kT3Rows);
    if (!runs_.empty()) PlaceUnlabelledRuns(runs_, r().table3, seen_t3_, out_.notes);
    if (r().table2.present && !seen_t2_rules_ && !t2_header_2019_ && RulesCellsBlank()) {
      r().table2.rules_row = false;
      Note({}, "表二没有“规章”行（没有规章制定权的机关常见这种写法），该行不作为空白单元格处理。");
    }
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

  // The title from the lines before section 一 or the document's hints; the
  // other lines, boilerplate dropped, are the preamble.
  void FinishTitle() {
    std::vector<std::string> lines;
    for (const report::Paragraph& p : front_) lines.push_back(p.text);
    std::vector<std::pair<std::string, std::string>> hints;
    for (const TitleHint& h : doc_.title_hints) hints.emplace_back(h.where, h.text);
    const TitleChoice choice = ChooseTitle(lines, hints);
    for (size_t i = 0; i < front_.size(); ++i) {
      if (i >= choice.first && i < choice.end) continue;
      if (IsBoilerplateLine(front_[i].text)) continue;
      r().preamble.push_back(std::move(front_[i]));
    }
    r().title = choice.title;
    const TitleParts parts = ParseTitle(choice.title);
    r().agency = parts.agency;
    r().year = parts.year;
    r().agency_kind = ClassifyAgency(r().agency);
    if (!choice.where.empty() && r().year > 0) {
      Note({}, "正文开头没有找到完整的报告标题，已按" + choice.where + "“" + choice.title +
                   "”识别机关名称和年度。");
    }
    if (r().year > 0) return;
    std::string looked = "正文开头的" + std::to_string(std::min<size_t>(lines.size(), 12)) + "行";
    for (const TitleHint& h : doc_.title_hints) looked += "、" + h.where + "“" + h.text + "”";
    Note({}, std::string(choice.title.empty() ? "没有找到报告标题" : "标题“" + choice.title + "”中没有年度") +
                 "，无法识别" + (r().agency.empty() ? "机关名称和" : "") + "报告年度。已查看：" + looked + "。");
  }

  bool RulesCellsBlank() const {
    for (const CountCell& c : r().table2.normative[0]) {
      if (!c.raw.empty()) return false;
    }
    return true;
  }

  const Document& doc_;
  AssembledReport out_;
  std::vector<report::Paragraph> front_;  // paragraphs before section 一
  std::vector<std::string> labels_;
  bool in_t4_ = false;
  bool t2_header_2019_ = false;
  std::vector<std::string> t2_columns_;
  int last_t3_row_ = -1;
  std::array<bool, kT3Rows> seen_t3_ = {};
  bool seen_t2_rules_ = false;
  bool in_t3_ = false;
  std::deque<PendingLabel> pending_;  // labels waiting for their row of values
  std::optional<UnlabelledRun> run_;
  std::vector<UnlabelledRun> runs_;
  std::deque<DocCell> synthetic_;  // cells made by RepairRow; stable addresses
};

}  // namespace

AssembledReport AssembleReport(const Document& doc) { return Assembler(doc).Run(); }

}  // namespace gongkai::formats
