// The claims in words that rule S10 holds to the tables (ClaimPhrases of
// narrative_phrases.h) and the scanner that finds them; the gate that tells
// which S10 scanners a paragraph needs. Breakdowns: narrative_breakdowns.cc.
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

// ---- Claims ----

// A sentence that names carry-over or unfinished applications, or is about
// something other than applications, makes no "all handled" claim.
const Words kAllHandledNone = {U"结转", U"下年度",     U"下一年度", U"顺延", U"正在办理", U"未办结",
                               U"尚未", U"未办理完毕", U"信箱",     U"留言", U"来信",     U"咨询",
                               U"热线", U"建议",       U"提案",     U"信访", U"复议",     U"诉讼"};
// Words of outcomes: "未发生被纠错的情况", "无一例被纠错" deny outcomes, not cases.
const Words kOutcomeWords = {U"纠错", U"纠正", U"败诉", U"撤销", U"确认违法",
                             U"被纠", U"维持", U"一例", U"结果", U"率"};

std::vector<ClaimPhrase> MakeClaimPhrases() {
  std::vector<ClaimPhrase> c;
  {
    ClaimPhrase e;
    e.id = "all_handled_subject";  // 所有申请均已办理完毕
    e.kind = ClaimKind::kAllHandled;
    // Not 申请全部: "依申请全部公开5件" is an outcome.
    e.anchors = {U"所有申请", U"全部申请", U"各类申请", U"申请均已", U"申请已全部"};
    e.after_anchor = {U"办理完毕", U"办结", U"答复完毕", U"处理完毕", U"答复", U"办理"};
    e.sentence_none = kAllHandledNone;
    e.span_none = {U"未", U"没有", U"尚"};
    c.push_back(std::move(e));
  }
  {
    ClaimPhrase e;
    e.id = "all_handled_verb";  // 共收到申请11件，均已按时办结
    e.kind = ClaimKind::kAllHandled;
    e.anchors = {U"均已办理完毕", U"全部办理完毕", U"均办理完毕",   U"均已办结",    U"均已按时办结",
                 U"均按时办结",   U"均已按期办结", U"均按期办结",   U"已全部办结",  U"全部办结",
                 U"全部按时办结", U"均已答复完毕", U"全部答复完毕", U"均已全部办结"};
    e.sentence_any = {U"申请"};
    e.sentence_none = kAllHandledNone;
    e.span_none = {U"未全部", U"没有全部", U"并非"};
    e.antecedent_none = {U"办结", U"答复", U"办理", U"处理"};
    c.push_back(std::move(e));
  }
  {
    ClaimPhrase e;
    e.id = "no_appeals_negation";  // 未发生行政复议、行政诉讼
    e.kind = ClaimKind::kNoAppeals;
    e.anchors = {U"未发生", U"没有发生", U"未出现", U"没有出现", U"未产生",        U"没有产生",
                 U"未收到", U"没有收到", U"未接到", U"没有接到", U"未有",          U"无因",
                 U"无涉及", U"无行政",   U"无复议", U"无诉讼",   U"无政府信息公开"};
    e.span_none = kOutcomeWords;
    e.denied = DeniedSide::kAfter;
    c.push_back(std::move(e));
  }
  {
    ClaimPhrase e;
    e.id = "no_appeals_zero";  // 行政复议和行政诉讼均为0
    e.kind = ClaimKind::kNoAppeals;
    e.anchors = {U"均为0",   U"均为零",   U"均为〇", U"均未发生", U"均未出现", U"均无", U"均没有",
                 U"数量为0", U"数量为零", U"数为0",  U"数为零",   U"为0",      U"为零"};
    e.span_none = kOutcomeWords;
    e.denied = DeniedSide::kBefore;
    c.push_back(std::move(e));
  }
  {
    ClaimPhrase e;
    e.id = "no_applications";  // 未收到政府信息公开申请
    e.kind = ClaimKind::kNoApplications;
    e.anchors = {U"未收到", U"没有收到", U"未接到", U"没有接到", U"未受理", U"没有受理", U"无"};
    e.fillers = {U"公民、法人或者其他组织",
                 U"公民、法人或其他组织",
                 U"公民、法人和其他组织",
                 U"公民、法人及其他组织",
                 U"政府信息公开",
                 U"依申请公开",
                 U"信息公开",
                 U"依申请",
                 U"任何",
                 U"提出的",
                 U"提交的",
                 U"公开",
                 U"过",
                 U"的"};
    c.push_back(std::move(e));
  }
  return c;
}

// ---- Helpers ----

bool IsSpanEnd(char32_t c) {
  return IsSentenceEnd(c) || c == U'，' || c == ',' || c == U'：' || c == ':';
}

// Which Table 4 parts `text` names: 复议后起诉 and 直接起诉 are litigation, not
// 复议; 诉讼 alone covers both litigation blocks.
unsigned AppealParts(U32View text) {
  U32 rest(text);
  unsigned parts = 0;
  const auto take = [&](U32View word, unsigned bits) {
    for (size_t at = rest.find(word); at != U32::npos; at = rest.find(word)) {
      parts |= bits;
      rest.replace(at, word.size(), U"·");
    }
  };
  take(U"复议后起诉", kAppealSuitAfterReview);
  take(U"复议后提起", kAppealSuitAfterReview);
  take(U"复议后", kAppealSuitAfterReview);
  take(U"未经复议直接起诉", kAppealDirectSuit);
  take(U"未经复议", kAppealDirectSuit);
  take(U"直接起诉", kAppealDirectSuit);
  if (HasWord(rest, U"复议")) parts |= kAppealReview;
  if (HasWord(rest, U"诉讼") || HasWord(rest, U"起诉")) {
    // "复议后提起行政诉讼" named its block already.
    if ((parts & kAppealLitigation) == 0) parts |= kAppealLitigation;
  }
  return parts;
}

std::string Excerpt(U32View sentence, size_t span_begin, size_t span_end) {
  size_t end = sentence.size();
  while (end > 0 && IsSentenceEnd(sentence[end - 1])) --end;
  if (end <= 80) return utf8::Encode(sentence.substr(0, end));
  return utf8::Encode(sentence.substr(span_begin, span_end - span_begin));
}

// Sentences of `t` as [begin, end) without the ending mark.
template <typename F>
void ForEachSentence(U32View t, F&& f) {
  size_t start = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || IsSentenceEnd(t[i])) {
      if (i > start) f(start, i);
      start = i + 1;
    }
  }
}

// Which of the words that S10 needs occur in `text`: one pass over the
// characters, no decoding. A character whose code point's low 12 bits are
// not those of a word's first character is skipped after one bit test.
constexpr std::array<std::string_view, 4> kClaimWords = {"申请", "复议", "诉讼", "起诉"};
constexpr std::array<std::string_view, 4> kMarkerWords = {"其中", "包括", "分别", "含"};

bool StartsWithAny(std::string_view text, size_t i, const std::array<std::string_view, 4>& words) {
  for (std::string_view w : words) {
    if (text.substr(i, w.size()) == w) return true;
  }
  return false;
}

bool MayClaim(std::string_view text) { return GatesOf(text).claim; }

// The denial of applications holds when only fillers stand between the anchor
// and 申请, and nothing but 事项/情况 after it.
bool DeniesApplications(U32View rest, const Words& fillers) {
  for (bool progress = true; progress && !rest.empty();) {
    progress = false;
    if (rest.substr(0, 2) == U"申请") break;
    for (U32View f : fillers) {
      if (rest.substr(0, f.size()) == f) {
        rest.remove_prefix(f.size());
        progress = true;
        break;
      }
    }
  }
  if (rest.substr(0, 2) != U"申请") return false;
  rest.remove_prefix(2);
  return rest.empty() || rest == U"事项" || rest == U"情况" || rest == U"的情况";
}

}  // namespace

namespace narrative_internal {

Gates GatesOf(std::string_view text) {
  struct Low12 {
    std::array<uint64_t, 64> bits{};
    constexpr explicit Low12(std::initializer_list<char32_t> cps) {
      for (char32_t cp : cps) bits[(cp & 0xFFFu) >> 6] |= uint64_t{1} << (cp & 0x3Fu);
    }
    constexpr bool MayHold(uint32_t v) const { return (bits[v >> 6] >> (v & 0x3Fu)) & 1u; }
  };
  static constexpr Low12 kFirst{{U'申', U'复', U'诉', U'起', U'其', U'包', U'分', U'含'}};
  Gates g;
  const size_t n = text.size();
  for (size_t i = 0; i + 3 <= n;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0xE0 || c >= 0xF0) {
      i += c < 0xC0 ? 1 : c < 0xE0 ? 2 : 4;
      continue;
    }
    const uint32_t low12 = ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                           (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
    if (kFirst.MayHold(low12)) {
      g.claim = g.claim || StartsWithAny(text, i, kClaimWords);
      g.breakdown = g.breakdown || StartsWithAny(text, i, kMarkerWords);
      if (g.claim && g.breakdown) break;
    }
    i += 3;
  }
  g.breakdown = g.breakdown && MayQuoteFigure(text);
  return g;
}


}  // namespace narrative_internal

const std::vector<ClaimPhrase>& ClaimPhrases() {
  static const std::vector<ClaimPhrase> table = MakeClaimPhrases();
  return table;
}

namespace {

// The anchors of ClaimPhrases() by first character, so that one pass over a
// sentence finds every occurrence of every anchor.
struct AnchorIndex {
  struct Entry {
    char32_t first;
    uint16_t phrase;
    uint16_t anchor;
  };
  std::vector<Entry> entries;  // sorted by first character
  std::array<uint64_t, 64> low12{};

  AnchorIndex() {
    const std::vector<ClaimPhrase>& phrases = ClaimPhrases();
    for (size_t p = 0; p < phrases.size(); ++p) {
      for (size_t a = 0; a < phrases[p].anchors.size(); ++a) {
        const char32_t c = phrases[p].anchors[a][0];
        entries.push_back({c, static_cast<uint16_t>(p), static_cast<uint16_t>(a)});
        low12[(c & 0xFFFu) >> 6] |= uint64_t{1} << (c & 0x3Fu);
      }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& x, const Entry& y) { return x.first < y.first; });
  }
  bool MayStart(char32_t c) const { return (low12[(c & 0xFFFu) >> 6] >> (c & 0x3Fu)) & 1u; }
};

struct AnchorHit {
  uint16_t phrase;
  uint16_t anchor;
  uint32_t at;
};

void ClaimsIn(U32View tv, int section, SourceRef src, std::vector<Claim>& out) {
  static const AnchorIndex index;
  const std::vector<ClaimPhrase>& phrases = ClaimPhrases();
  std::vector<AnchorHit> hits;
  ForEachSentence(tv, [&](size_t sb, size_t se) {
    const U32View s = tv.substr(sb, se - sb);
    hits.clear();
    for (size_t i = 0; i < s.size(); ++i) {
      if (!index.MayStart(s[i])) continue;
      auto it =
          std::lower_bound(index.entries.begin(), index.entries.end(), s[i],
                           [](const AnchorIndex::Entry& e, char32_t c) { return e.first < c; });
      for (; it != index.entries.end() && it->first == s[i]; ++it) {
        const U32View anchor = phrases[it->phrase].anchors[it->anchor];
        if (s.substr(i, anchor.size()) == anchor) {
          hits.push_back({it->phrase, it->anchor, static_cast<uint32_t>(i)});
        }
      }
    }
    if (hits.empty()) return;
    // Table order: phrase, then anchor, then position (as if each anchor were
    // searched in turn), so the first phrase of a kind names the claim.
    std::stable_sort(hits.begin(), hits.end(), [](const AnchorHit& x, const AnchorHit& y) {
      return x.phrase != y.phrase ? x.phrase < y.phrase : x.anchor < y.anchor;
    });
    // One claim per kind and sentence; denials of appeals are merged.
    Claim found[3];
    bool have[3] = {false, false, false};
    std::vector<NumberToken> tokens;
    bool tokens_done = false;
    int checked_phrase = -1;
    bool sentence_ok = false;
    for (const AnchorHit& hit : hits) {
      const ClaimPhrase& p = phrases[hit.phrase];
      if (checked_phrase != hit.phrase) {
        checked_phrase = hit.phrase;
        sentence_ok =
            (p.sentence_any.empty() || HasAnyWord(s, p.sentence_any)) && !HasAnyWord(s, p.sentence_none);
      }
      if (!sentence_ok) continue;
      const U32View anchor = p.anchors[hit.anchor];
      const size_t at = hit.at;
      size_t span_b = at;
      while (span_b > 0 && !IsSpanEnd(s[span_b - 1])) --span_b;
      size_t span_e = at + anchor.size();
      while (span_e < s.size() && !IsSpanEnd(s[span_e])) ++span_e;
      const U32View span = s.substr(span_b, span_e - span_b);
      if (HasAnyWord(span, p.span_none)) continue;
      const U32View rest = s.substr(at + anchor.size());
      if (!p.after_anchor.empty() && !HasAnyWord(rest, p.after_anchor)) continue;
      unsigned parts = 0;
      if (p.kind == ClaimKind::kNoAppeals) {
        const U32View named = p.denied == DeniedSide::kAfter
                                  ? s.substr(at, span_e - at)
                                  : s.substr(span_b, at + anchor.size() - span_b);
        parts = AppealParts(named);
        if (parts == 0) continue;
        // "行政复议为0件" is a figure: rule S2 compares it. Only a zero
        // naming both 复议 and 诉讼 (which S2 leaves alone) is a claim here.
        const size_t after = at + anchor.size();
        const bool zero_figure = (anchor.back() == U'0' || anchor.back() == U'零') &&
                                 after < s.size() &&
                                 (s[after] == U'件' || s[after] == U'起' || s[after] == U'宗');
        const bool both = (parts & kAppealReview) != 0 && (parts & kAppealLitigation) != 0;
        if (zero_figure && !both) continue;
      }
      if (p.kind == ClaimKind::kNoApplications) {
        if (!DeniesApplications(s.substr(at + anchor.size(), span_e - at - anchor.size()),
                                p.fillers)) {
          continue;
        }
      }
      if (!p.antecedent_none.empty()) {
        if (!tokens_done) {
          tokens = ScanNumbers(s);
          tokens_done = true;
        }
        const NumberToken* last = nullptr;
        for (const NumberToken& tok : tokens) {
          if (tok.end <= at) last = &tok;
        }
        if (last != nullptr) {
          size_t cb = last->begin;
          while (cb > 0 && !IsClauseEnd(s[cb - 1])) --cb;
          if (HasAnyWord(s.substr(cb, last->begin - cb), p.antecedent_none)) continue;
        }
      }
      const int k = static_cast<int>(p.kind);
      if (!have[k]) {
        have[k] = true;
        found[k].phrase = p.id;
        found[k].kind = p.kind;
        found[k].section = section;
        found[k].src = src;
        found[k].excerpt = Excerpt(s, span_b, span_e);
      }
      found[k].parts |= parts;
    }
    for (int k = 0; k < 3; ++k) {
      if (have[k]) out.push_back(std::move(found[k]));
    }
  });
}

}  // namespace

std::vector<Claim> FindClaims(const std::string& text, int section, SourceRef src) {
  std::vector<Claim> out;
  if (!MayClaim(text)) return out;
  ClaimsIn(NormalizeNarrative32(text), section, src, out);
  return out;
}

std::vector<Claim> FindClaims(const AnnualReport& r) {
  std::vector<Claim> out;
  ForEachParagraph(r, [&](const Paragraph& p, int section) {
    std::vector<Claim> found = FindClaims(p.text, section, p.src);
    out.insert(out.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  });
  return out;
}

void FindClaimsAndBreakdowns(const std::string& text, int section, SourceRef src,
                             std::vector<Claim>& claims, std::vector<Breakdown>& breakdowns) {
  const Gates g = GatesOf(text);
  if (!g.claim && !g.breakdown) return;
  const U32 t = NormalizeNarrative32(text);
  if (g.claim) ClaimsIn(t, section, src, claims);
  if (g.breakdown) narrative_internal::BreakdownsIn(t, section, src, breakdowns);
}

}  // namespace gongkai::report
