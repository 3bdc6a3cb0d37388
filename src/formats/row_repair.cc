#include "formats/row_repair.h"

#include "core/utf8.h"

namespace gongkai::formats {
namespace {

const DocCell* Make(std::deque<DocCell>& storage, std::string text, SourceRef src) {
  storage.push_back(DocCell{std::move(text), src, false});
  return &storage.back();
}

// "0 1 0" → {"0", "1", "0"} when every part is a value; else nothing.
std::vector<std::string> SpacedValues(const std::string& text) {
  const std::string collapsed = utf8::CollapseSpaces(utf8::Trim(text));
  if (collapsed.find(' ') == std::string::npos) return {};
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= collapsed.size()) {
    size_t sp = collapsed.find(' ', start);
    if (sp == std::string::npos) sp = collapsed.size();
    parts.push_back(collapsed.substr(start, sp - start));
    if (!IsValueText(parts.back())) return {};
    start = sp + 1;
  }
  return parts;
}

}  // namespace

size_t TrimmedValueCount(const SplitRow& split) {
  size_t begin = 0;
  size_t end = split.values.size();
  while (end > begin && utf8::Trim(split.values[end - 1]->text).empty()) --end;
  while (begin < end && utf8::Trim(split.values[begin]->text).empty()) ++begin;
  return end - begin;
}

std::vector<ParseNote> RepairRow(SplitRow& split, size_t n, std::deque<DocCell>& storage) {
  std::vector<ParseNote> notes;
  if (split.values.empty() || TrimmedValueCount(split) >= n) return notes;
  std::vector<const DocCell*> expanded;
  bool changed = false;
  for (const DocCell* v : split.values) {
    std::vector<std::string> parts = SpacedValues(v->text);
    if (parts.empty()) {
      expanded.push_back(v);
      continue;
    }
    for (std::string& part : parts) expanded.push_back(Make(storage, std::move(part), v->src));
    changed = true;
  }
  if (changed) {
    notes.push_back({split.values.front()->src,
                     "“" + JoinedLabel(split) + "”一行有几个数字写在同一单元格中，已按空格分开读取。"});
    split.values = std::move(expanded);
  }
  if (TrimmedValueCount(split) + 1 != n || split.labels.empty()) return notes;
  // The first number stuck to the label: trailing digits (any width) after
  // a Chinese character, so that "1.属于…" keeps its item number.
  const DocCell* last = split.labels.back();
  const std::u32string label = utf8::Decode(utf8::Trim(last->text));
  size_t digits = label.size();
  while (digits > 0 && utf8::IsAsciiDigit(utf8::FoldWidth(label[digits - 1]))) --digits;
  if (digits == label.size() || digits == 0 || !utf8::IsCjk(label[digits - 1])) return notes;
  std::u32string number = label.substr(digits);
  for (char32_t& c : number) c = utf8::FoldWidth(c);
  const std::string words = utf8::Encode(label.substr(0, digits));
  const std::string value = utf8::Encode(number);
  notes.push_back({last->src, "“" + utf8::Encode(label) + "”中栏目名称与第一个数字连在一起，已读作“" +
                                  words + "”和数字" + value + "。"});
  split.labels.back() = Make(storage, words, last->src);
  split.values.insert(split.values.begin(), Make(storage, value, last->src));
  return notes;
}

}  // namespace gongkai::formats
