#include "formats/table_rows.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/chinese_number.h"
#include "core/decimal.h"
#include "core/edit_distance.h"
#include "core/utf8.h"
#include "report/format_detection.h"
#include "report/label_variants.h"

namespace gongkai::formats {
namespace {

using report::NormalizeLabel;
using report::T3Group;

// Distinguishing words of each Table 3 row, tried in this order on the
// normalised label (most specific first).
struct Key {
  int row;
  std::string_view word;
};
constexpr std::array<Key, 27> kT3Keys = {{
    {0, "本年新收"},       {1, "上年结转"},       {4, "国家秘密"},
    {5, "其他法律行政法规"}, {6, "三安全一稳定"},   {7, "第三方合法权益"},
    {8, "三类内部事务"},   {9, "四类过程性"},     {10, "行政执法案卷"},
    {11, "行政查询"},      {12, "不掌握"},        {13, "另行制作"},
    {14, "仍不明确"},      {15, "信访举报投诉"},  {16, "重复申请"},
    {17, "公开出版物"},    {18, "大量反复"},      {19, "重新出具"},
    {20, "逾期不补正"},    {21, "收费通知"},      {22, "3.其他"},
    {23, "（七）总计"},    {24, "结转下年度"},    {3, "部分公开"},
    {2, "予以公开"},       {23, "七）总计"},      {24, "结转下一年度"},
}};

bool Contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

std::optional<T3Group> GroupOf(std::string label) {
  // A subtotal row may say so: （三）不予公开小计, （三）不予公开（小计）.
  for (std::string_view suffix : {std::string_view("（小计）"), std::string_view("小计"),
                                  std::string_view("（合计）"), std::string_view("合计")}) {
    if (label.size() > suffix.size() &&
        label.compare(label.size() - suffix.size(), suffix.size(), suffix) == 0) {
      label.resize(label.size() - suffix.size());
      break;
    }
  }
  if (label == "（三）不予公开") return T3Group::kWithheld;
  if (label == "（四）无法提供") return T3Group::kCannotProvide;
  if (label == "（五）不予处理") return T3Group::kNotProcessed;
  if (label == "（六）其他处理") return T3Group::kOther;
  return std::nullopt;
}

// 规章（件） → 规章.
std::string WithoutUnit(const std::string& label) {
  for (std::string_view unit : report::kLabelUnitSuffixes) {
    if (label.size() > unit.size() &&
        label.compare(label.size() - unit.size(), unit.size(), unit) == 0) {
      return label.substr(0, label.size() - unit.size());
    }
  }
  return label;
}

// An official label split into its item number (1. （一） 一、) and the rest.
struct Numbered {
  std::u32string number;
  std::u32string rest;
};

Numbered SplitNumber(const std::u32string& label) {
  Numbered out;
  size_t i = 0;
  if (!label.empty() && label[0] == U'（') {
    const size_t close = label.find(U'）');
    if (close != std::u32string::npos && close <= 3) i = close + 1;
  } else {
    while (i < label.size() && i < 3 &&
           (utf8::IsAsciiDigit(label[i]) || ParseChineseNumeral(std::u32string(1, label[i])))) {
      ++i;
    }
    if (i > 0 && i < label.size() && (label[i] == '.' || label[i] == U'、')) {
      ++i;
    } else {
      i = 0;
    }
  }
  out.number = label.substr(0, i);
  out.rest = label.substr(i);
  return out;
}

struct Official {
  RowId id;
  Numbered label;
};

// The labels a printed label may be a few characters away from.
const std::vector<Official>& Officials() {
  static const std::vector<Official> all = [] {
    std::vector<Official> v;
    const auto add = [&](RowId id, std::string_view label) {
      id.read_as = label;
      v.push_back({id, SplitNumber(utf8::Decode(NormalizeLabel(label)))});
    };
    for (int i = 0; i < report::kT3Rows; ++i) {
      add({RowKind::kT3Row, i}, report::kT3RowSpecs[i].label);
    }
    add({RowKind::kT2Normative, 1}, report::kT2NormativeRows[1]);
    add({RowKind::kT2Fees, 0}, report::kT2Fees);
    add({RowKind::kT2Licensing, 0}, report::kT2Licensing);
    add({RowKind::kT2Punishment, 0}, report::kT2Punishment);
    add({RowKind::kT2Enforcement, 0}, report::kT2Enforcement);
    return v;
  }();
  return all;
}

// The one official label within a quarter of its length (at least one
// character) of `label`, with the same item number when one is printed.
RowId Nearest(const std::string& label) {
  const Numbered printed = SplitNumber(utf8::Decode(label));
  if (printed.rest.size() < 4) return {};
  RowId best;
  size_t best_distance = 0;
  bool tie = false;
  for (const Official& o : Officials()) {
    if (!printed.number.empty() && printed.number != o.label.number) continue;
    const size_t limit = std::max<size_t>(1, (o.label.rest.size() + 3) / 4);
    const size_t d = BoundedEditDistance(printed.rest, o.label.rest, limit);
    if (d > limit) continue;
    if (best.kind == RowKind::kUnknown || d < best_distance) {
      best = o.id;
      best_distance = d;
      tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  return tie ? RowId{} : best;
}

RowId T3RowRead(std::string_view official) {
  for (int i = 0; i < report::kT3Rows; ++i) {
    if (report::kT3RowSpecs[i].label == official) {
      return {RowKind::kT3Row, i, T3Group::kNone, official};
    }
  }
  return {};
}

RowId T2Official(const std::string& label) {
  if (label == "规章") return {RowKind::kT2Normative, 0};
  if (label == "行政规范性文件") return {RowKind::kT2Normative, 1};
  if (label == "行政许可") return {RowKind::kT2Licensing, 0};
  if (label == "行政处罚") return {RowKind::kT2Punishment, 0};
  if (label == "行政强制") return {RowKind::kT2Enforcement, 0};
  if (label == "行政事业性收费") return {RowKind::kT2Fees, 0};
  return {};
}

// The official Table 3 labels, normalised, for the common case of a label
// printed verbatim (fast path before the key words).
const std::unordered_map<std::string, int>& OfficialT3Labels() {
  static const std::unordered_map<std::string, int> labels = [] {
    std::unordered_map<std::string, int> m;
    for (int i = 0; i < report::kT3Rows; ++i) {
      // （六）其他处理's 3.其他 and a bare 总计 depend on the place: not here.
      m.emplace(NormalizeLabel(report::kT3RowSpecs[i].label), i);
    }
    return m;
  }();
  return labels;
}

RowId IdentifyOne(const std::string& printed, int last_t3_row, bool near) {
  RowId id;
  if (printed.empty()) return id;
  if (const auto it = OfficialT3Labels().find(printed); it != OfficialT3Labels().end()) {
    return {RowKind::kT3Row, it->second};
  }
  const std::string label = WithoutUnit(printed);
  if (const RowId t2 = T2Official(label); t2.kind != RowKind::kUnknown) return t2;
  for (const report::LabelVariant& v : report::kT2LabelVariants) {
    if (label == v.printed) {
      RowId t2 = T2Official(std::string(v.official));
      t2.read_as = v.official;
      return t2;
    }
  }
  if (label == "其他对外管理服务事项" || label == "政府集中采购") return {RowKind::kT2Extra, 0};
  if (const auto g = GroupOf(label)) {
    if (*g == T3Group::kOther && last_t3_row < report::kR21) {
      return {RowKind::kT3SingleOther, report::kR23, *g};
    }
    return {RowKind::kT3Subtotal, 0, *g};
  }
  for (const Key& k : kT3Keys) {
    if (Contains(label, k.word)) return {RowKind::kT3Row, k.row};
  }
  // Bare labels that only their place in Table 3 identifies.
  if (label == "总计" && last_t3_row >= report::kR03 && last_t3_row < report::kR24) {
    return {RowKind::kT3Row, report::kR24};
  }
  if ((label == "其他" || label == "3.其他") && last_t3_row >= report::kR21 &&
      last_t3_row < report::kR23) {
    return {RowKind::kT3Row, report::kR23};
  }
  for (const report::LabelVariant& v : report::kT3LabelVariants) {
    if (Contains(label, v.printed)) return T3RowRead(v.official);
  }
  return near ? Nearest(label) : RowId{};
}

}  // namespace

bool IsValueText(const std::string& text) {
  // Numbers in reports are short; long text is a label (fast path).
  if (text.size() > 64) return false;
  // Most cells: a plain count (fast path).
  if (!text.empty() && text.size() <= 12 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  // A CJK ideograph (UTF-8 lead bytes E4–E9) makes a label, except the two
  // words written in place of a number.
  for (unsigned char c : text) {
    if (c >= 0xE4 && c <= 0xE9) {
      const std::string w = utf8::Trim(text);
      return w == "无" || w == "空";
    }
  }
  const std::string t = utf8::StripSpaces(text);
  if (t.empty()) return false;
  if (ParseCount(t) || Decimal::Parse(t)) return true;
  // A signed or otherwise malformed number is still meant as a value.
  const std::string folded = utf8::FoldWidth(t);
  bool digits = false;
  bool other = false;
  for (char c : folded) {
    if (c >= '0' && c <= '9') digits = true;
    else if (c != '-' && c != '.' && c != ',' && c != '+') other = true;
  }
  if (digits && !other) return true;
  return t == "—" || t == "-" || t == "--" || t == "——" || t == "/" || t == "／" || t == "无" ||
         t == "－" || t == "空";
}

namespace {
bool IsBlankText(const std::string& text) {
  for (unsigned char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    // Any other ASCII character, or a CJK ideograph, is not white space.
    if (c < 0x80 || (c >= 0xE4 && c <= 0xE9)) return false;
    return utf8::Trim(text).empty();
  }
  return true;
}
}  // namespace

SplitRow SplitTableRow(const std::vector<DocCell>& row) {
  SplitRow out;
  std::vector<const DocCell*> cells;
  for (const DocCell& c : row) {
    if (!c.covered) cells.push_back(&c);
  }
  // The values are the cells after the last label cell.
  size_t first_value = 0;
  std::vector<bool> blank(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    blank[i] = IsBlankText(cells[i]->text);
    if (!blank[i] && !IsValueText(cells[i]->text)) first_value = i + 1;
  }
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i < first_value) {
      if (!blank[i]) out.labels.push_back(cells[i]);
    } else {
      out.values.push_back(cells[i]);
    }
  }
  return out;
}

std::vector<int> T3RowsNamed(const std::string& label) {
  std::vector<std::pair<size_t, int>> found;
  for (const Key& k : kT3Keys) {
    const size_t at = label.find(k.word);
    if (at == std::string::npos) continue;
    bool known = false;
    for (auto& [pos, row] : found) {
      if (row == k.row) {
        pos = std::min(pos, at);
        known = true;
      }
    }
    if (!known) found.emplace_back(at, k.row);
  }
  std::sort(found.begin(), found.end());
  std::vector<int> rows;
  for (const auto& [pos, row] : found) rows.push_back(row);
  return rows;
}

std::string JoinedLabel(const SplitRow& split) {
  std::string out;
  for (const DocCell* l : split.labels) {
    if (!out.empty()) out += " ";
    out += utf8::CollapseSpaces(l->text);
  }
  return out;
}

RowId IdentifyNormalizedRow(const std::vector<std::string>& labels, int last_t3_row, bool near) {
  if (labels.empty()) return {};
  // The most specific label is the last one; the whole row is the fallback
  // for labels split over cells.
  const RowId last = IdentifyOne(labels.back(), last_t3_row, near);
  if (last.kind != RowKind::kUnknown || labels.size() == 1) return last;
  std::string all;
  for (const std::string& l : labels) all += l;
  const RowId whole = IdentifyOne(all, last_t3_row, near);
  if (whole.kind == RowKind::kT3Row) return whole;
  return {};
}

RowId IdentifyRow(const std::vector<const DocCell*>& labels, int last_t3_row, bool near) {
  std::vector<std::string> normalized;
  normalized.reserve(labels.size());
  for (const DocCell* c : labels) normalized.push_back(NormalizeLabel(c->text));
  return IdentifyNormalizedRow(normalized, last_t3_row, near);
}

}  // namespace gongkai::formats
