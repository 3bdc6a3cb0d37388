#include "formats/table_rows.h"

#include <array>

#include "core/chinese_number.h"
#include "core/decimal.h"
#include "core/utf8.h"
#include "report/format_detection.h"

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

std::optional<T3Group> GroupOf(const std::string& label) {
  if (label == "（三）不予公开") return T3Group::kWithheld;
  if (label == "（四）无法提供") return T3Group::kCannotProvide;
  if (label == "（五）不予处理") return T3Group::kNotProcessed;
  if (label == "（六）其他处理") return T3Group::kOther;
  return std::nullopt;
}

RowId IdentifyOne(const std::string& label, int last_t3_row) {
  RowId id;
  if (label.empty()) return id;
  // Table 2 labels are exact.
  if (label == "规章") return {RowKind::kT2Normative, 0};
  if (label == "行政规范性文件") return {RowKind::kT2Normative, 1};
  if (label == "规范性文件") return {RowKind::kT2Extra, 1};  // 2019 label
  if (label == "行政许可") return {RowKind::kT2Licensing, 0};
  if (label == "行政处罚") return {RowKind::kT2Punishment, 0};
  if (label == "行政强制") return {RowKind::kT2Enforcement, 0};
  if (label == "行政事业性收费") return {RowKind::kT2Fees, 0};
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
  return id;
}

}  // namespace

bool IsValueText(const std::string& text) {
  // Numbers in reports are short; long text is a label (fast path).
  if (text.size() > 64) return false;
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
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return utf8::Trim(text).empty();
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

RowId IdentifyRow(const std::vector<const DocCell*>& labels, int last_t3_row) {
  if (labels.empty()) return {};
  // The most specific label is the last one; the whole row is the fallback
  // for labels split over cells.
  const RowId last = IdentifyOne(NormalizeLabel(labels.back()->text), last_t3_row);
  if (last.kind != RowKind::kUnknown) return last;
  std::string joined;
  for (const DocCell* c : labels) joined += c->text;
  const std::string all = NormalizeLabel(joined);
  const RowId whole = IdentifyOne(all, last_t3_row);
  if (whole.kind == RowKind::kT3Row) return whole;
  return {};
}

}  // namespace gongkai::formats
