#include "report/section_titles.h"

#include <array>
#include <initializer_list>

#include "core/edit_distance.h"
#include "core/utf8.h"
#include "report/labels.h"

namespace gongkai::report {
namespace {

// Key terms of a section: the title names the section when it holds one of
// `any` (and, when `also` is not empty, one of `also`) and none of `none`.
struct KeyTerms {
  std::initializer_list<std::u32string_view> any;
  std::initializer_list<std::u32string_view> also;
  std::initializer_list<std::u32string_view> none;
};

const std::array<KeyTerms, kSectionCount>& Keys() {
  static const std::array<KeyTerms, kSectionCount> keys = {{
      {{U"总体情况", U"基本情况", U"总体", U"概述", U"概况"}, {}, {}},
      {{U"主动公开"}, {}, {}},
      // 被申请行政复议 is section 四's wording, not an application.
      {{U"申请"}, {}, {U"复议", U"诉讼"}},
      {{U"复议", U"诉讼"}, {}, {}},
      {{U"问题", U"改进", U"整改", U"不足"}, {}, {}},
      {{U"其他", U"其它"}, {U"事项", U"报告", U"说明"}, {}},
  }};
  return keys;
}

// Words that name a section only when no key term names another and the
// printed number says it is that section: 五、下一步工作计划, 六、其他.
const std::array<std::initializer_list<std::u32string_view>, kSectionCount>& LooseKeys() {
  static const std::array<std::initializer_list<std::u32string_view>, kSectionCount> keys = {{
      {U"工作情况", U"总体"},
      {},
      {U"依申请"},
      {U"复议", U"诉讼"},
      {U"下一步", U"计划", U"打算", U"思路"},
      {U"其他", U"其它"},
  }};
  return keys;
}

bool Holds(std::u32string_view hay, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view w : words) {
    if (hay.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

bool Names(std::u32string_view title, const KeyTerms& k) {
  if (!Holds(title, k.any)) return false;
  if (k.also.size() > 0 && !Holds(title, k.also)) return false;
  return !Holds(title, k.none);
}

const std::array<std::u32string, kSectionCount>& Officials() {
  static const std::array<std::u32string, kSectionCount> titles = [] {
    std::array<std::u32string, kSectionCount> t;
    for (int i = 0; i < kSectionCount; ++i) t[i] = utf8::Decode(kSectionTitles[i]);
    return t;
  }();
  return titles;
}

// The official title nearest to `title` within a small tolerance (a fifth
// of its length, at least one character), when exactly one is that near.
int NearestOfficial(std::u32string_view title) {
  int best = 0;
  size_t best_distance = 0;
  bool tie = false;
  for (int i = 0; i < kSectionCount; ++i) {
    const std::u32string& official = Officials()[i];
    const size_t limit = std::max<size_t>(1, official.size() / 5);
    const size_t d = BoundedEditDistance(title, official, limit);
    if (d > limit) continue;
    if (best == 0 || d < best_distance) {
      best = i + 1;
      best_distance = d;
      tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  return tie ? 0 : best;
}

}  // namespace

std::vector<int> SectionsNamedBy(std::u32string_view title) {
  std::vector<int> out;
  for (int i = 0; i < kSectionCount; ++i) {
    if (Names(title, Keys()[i])) out.push_back(i + 1);
  }
  return out;
}

int MatchSectionTitle(std::u32string_view title, int printed_number) {
  if (title.empty()) return 0;
  for (int i = 0; i < kSectionCount; ++i) {
    if (title == Officials()[i]) return i + 1;
  }
  // The official title inside a longer one: 政府信息公开工作存在的主要问题及改进情况.
  for (int i = 0; i < kSectionCount; ++i) {
    if (title.find(Officials()[i]) != std::u32string_view::npos) return i + 1;
  }
  const std::vector<int> named = SectionsNamedBy(title);
  for (int n : named) {
    if (n == printed_number) return n;
  }
  if (named.empty() && printed_number >= 1 && printed_number <= kSectionCount &&
      Holds(title, LooseKeys()[printed_number - 1])) {
    return printed_number;
  }
  if (named.size() == 1) return named.front();
  if (named.size() > 1) {
    // Several sections' terms and no number to decide: the nearest title
    // among them, else the first named (the heading's leading subject).
    const int nearest = NearestOfficial(title);
    for (int n : named) {
      if (n == nearest) return n;
    }
    return named.front();
  }
  return NearestOfficial(title);
}

}  // namespace gongkai::report
