// The breakdowns of a stated total that rule S10 holds to the total
// (PartFamilies of narrative_phrases.h: "共收到申请10件，其中自然人申请6件、
// 法人或其他组织申请3件") and the scanner that finds them.
#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/utf8.h"
#include "report/narrative_figures.h"
#include "report/narrative_phrases.h"
#include "report/narrative_scan.h"

namespace gongkai::report {
namespace {

using namespace narrative_internal;
using U32 = std::u32string;
using U32View = std::u32string_view;

// ---- Breakdown families ----

std::vector<PartFamily> MakePartFamilies() {
  std::vector<PartFamily> f;
  const Words not_appeals = {U"复议", U"诉讼", U"起诉"};
  f.push_back({"applicant",
               {{"自然人", {U"自然人", U"个人", U"公民"}, {}},
                {"法人或其他组织",
                 {U"法人或其他组织", U"法人或者其他组织", U"法人和其他组织", U"法人及其他组织",
                  U"法人或其他社会组织"},
                 {}}},
               {},
               not_appeals,
               true,
               true});
  f.push_back({"applicant_detail",
               {{"自然人", {U"自然人", U"个人", U"公民"}, {}},
                {"商业企业", {U"商业企业", U"企业"}, {}},
                {"科研机构", {U"科研机构"}, {}},
                {"社会公益组织", {U"社会公益组织", U"公益组织"}, {}},
                {"法律服务机构", {U"法律服务机构", U"律师事务所", U"律所"}, {}},
                {"其他", {U"其他组织", U"其他"}, {U"法人", U"结果", U"处理", U"渠道", U"方式"}}},
               {},
               not_appeals,
               true,
               true});
  f.push_back({"channel",
               {{"网络", {U"网上", U"网络", U"在线", U"互联网", U"网站", U"平台"}, {}},
                {"当面", {U"当面", U"现场", U"窗口"}, {}},
                {"信函", {U"信函", U"邮寄", U"来信", U"邮政"}, {}},
                {"传真", {U"传真"}, {}},
                {"电子邮件", {U"电子邮件", U"邮箱", U"电邮"}, {}},
                {"其他渠道", {U"其他渠道", U"其他方式"}, {}}},
               {},
               not_appeals,
               true,
               false});
  f.push_back({"t3_outcome",
               {{"予以公开", {U"予以公开", U"同意公开", U"全部公开"}, {U"不予", U"部分"}},
                {"部分公开", {U"部分公开"}, {}},
                {"不予公开", {U"不予公开", U"不予以公开", U"不公开"}, {U"部分"}},
                {"无法提供", {U"无法提供"}, {}},
                {"不予处理", {U"不予处理"}, {}},
                {"其他处理", {U"其他处理"}, {}}},
               {U"办结", U"答复", U"办理", U"处理"},
               {U"收到", U"受理", U"新收", U"接收", U"接到", U"复议", U"诉讼"},
               true,
               true});
  f.push_back({"t4_outcome",
               {{"结果维持", {U"维持"}, {}},
                {"结果纠正", {U"纠正", U"纠错"}, {}},
                {"其他结果", {U"其他结果", U"其他"}, {}},
                {"尚未审结", {U"尚未审结", U"未审结", U"审理中"}, {}}},
               {U"复议", U"诉讼", U"起诉"},
               {},
               false,
               true});
  f.push_back({"litigation",
               {{"未经复议直接起诉", {U"直接起诉", U"未经复议"}, {}},
                {"复议后起诉", {U"复议后"}, {U"未经复议"}}},
               {U"诉讼"},
               {},
               false,
               true});
  return f;
}

// The category of `label` in `family`: exactly one must match, else -1.
int CategoryOf(const PartFamily& family, U32View label) {
  int found = -1;
  for (size_t c = 0; c < family.categories.size(); ++c) {
    const PartCategory& cat = family.categories[c];
    if (!HasAnyWord(label, cat.words) || HasAnyWord(label, cat.unless)) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(c);
  }
  return found;
}

bool SameUnit(unsigned a, unsigned b) {
  return a == b || ((a & kUnitsCases) != 0 && (b & kUnitsCases) != 0);
}

const Words kMarkers = {U"其中", U"包括", U"分别为", U"分别是", U"含"};

}  // namespace

const std::vector<PartFamily>& PartFamilies() {
  static const std::vector<PartFamily> table = MakePartFamilies();
  return table;
}

namespace narrative_internal {

void BreakdownsIn(U32View tv, int section, SourceRef src, std::vector<Breakdown>& out) {
  const U32View t = tv;
  const std::vector<NumberToken> tokens = ScanNumbers(tv);
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    const NumberToken& total = tokens[k];
    if (total.approximate || (total.unit_kind & kUnitsMoney) != 0) continue;
    // The marker follows the total directly, after at most one separator.
    size_t m = total.end;
    if (m < t.size() && (t[m] == U'，' || t[m] == ',' || t[m] == U'（' || t[m] == '(' ||
                         t[m] == U'：' || t[m] == ':')) {
      ++m;
    }
    U32View marker;
    for (U32View w : kMarkers) {
      if (tv.substr(m, w.size()) == w) {
        marker = w;
        break;
      }
    }
    if (marker.empty()) continue;
    size_t list_begin = m + marker.size();
    if (list_begin < t.size() && (t[list_begin] == U'：' || t[list_begin] == ':' ||
                                  t[list_begin] == U'，' || t[list_begin] == ',')) {
      ++list_begin;
    }
    // The parts: same unit, each label free of clause ends except one leading
    // 、 or ， between parts.
    std::vector<U32View> labels;
    int64_t sum = 0;
    bool approximate = false;
    size_t last_end = 0;
    size_t prev = list_begin;
    for (size_t p = k + 1; p < tokens.size(); ++p) {
      const NumberToken& part = tokens[p];
      if (!SameUnit(part.unit_kind, total.unit_kind)) break;
      U32View gap = tv.substr(prev, part.begin - prev);
      if (!labels.empty()) {
        if (gap.empty() || (gap[0] != U'、' && gap[0] != U'，' && gap[0] != ',')) break;
        gap.remove_prefix(1);
      }
      bool clean = true;
      for (char32_t c : gap) clean = clean && !IsClauseEnd(c);
      if (!clean) break;
      labels.push_back(gap);
      sum += part.value;
      approximate = approximate || part.approximate;
      last_end = part.end;
      prev = part.end;
    }
    if (labels.empty() || approximate) continue;
    size_t clause_b = total.begin;
    while (clause_b > 0 && !IsClauseEnd(t[clause_b - 1])) --clause_b;
    size_t sentence_b = total.begin;
    while (sentence_b > 0 && !IsSentenceEnd(t[sentence_b - 1])) --sentence_b;
    const U32View total_clause = tv.substr(clause_b, total.begin - clause_b);
    const U32View sentence = tv.substr(sentence_b, last_end - sentence_b);
    for (const PartFamily& family : PartFamilies()) {
      if (!family.total_any.empty() && !HasAnyWord(total_clause, family.total_any)) continue;
      if (HasAnyWord(total_clause, family.total_none)) continue;
      if (family.sentence_needs_application && !HasWord(sentence, U"申请")) continue;
      std::vector<bool> used(family.categories.size(), false);
      bool ok = true;
      for (U32View label : labels) {
        const int c = CategoryOf(family, label);
        if (c < 0 || used[c]) {
          ok = false;
          break;
        }
        used[c] = true;
      }
      if (!ok) continue;
      // "…等" or an ellipsis after the last part leaves the list open.
      const U32View tail = tv.substr(last_end, 2);
      const bool open =
          !tail.empty() && (tail[0] == U'等' || tail[0] == U'…' || tail.substr(0, 2) == U"..");
      const bool respectively = marker == U"分别为" || marker == U"分别是";
      Breakdown b;
      b.family = family.id;
      b.total = total.value;
      b.sum = sum;
      b.parts = static_cast<int>(labels.size());
      b.exhaustive =
          !open &&
          (respectively || (family.complete_when_all && labels.size() == family.categories.size()));
      b.section = section;
      b.src = src;
      b.excerpt = utf8::Encode(tv.substr(clause_b, last_end - clause_b));
      out.push_back(std::move(b));
      break;
    }
  }
}

}  // namespace narrative_internal

std::vector<Breakdown> FindBreakdowns(const std::string& text, int section, SourceRef src) {
  std::vector<Breakdown> out;
  if (!GatesOf(text).breakdown) return out;
  BreakdownsIn(NormalizeNarrative32(text), section, src, out);
  return out;
}

std::vector<Breakdown> FindBreakdowns(const AnnualReport& r) {
  std::vector<Breakdown> out;
  ForEachParagraph(r, [&](const Paragraph& p, int section) {
    std::vector<Breakdown> found = FindBreakdowns(p.text, section, p.src);
    out.insert(out.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  });
  return out;
}

}  // namespace gongkai::report
