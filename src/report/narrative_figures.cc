#include "report/narrative_figures.h"

#include "core/utf8.h"

namespace gongkai::report {
namespace {

using U32 = std::u32string;

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Ends a sentence: resets the Table 4 block in context.
bool IsSentenceEnd(char32_t c) {
  return c == U'。' || c == U'；' || c == ';' || c == U'！' || c == U'？' || c == '\n';
}

// Ends a clause: the words that classify the next number sit after it.
bool IsClauseEnd(char32_t c) {
  return IsSentenceEnd(c) || c == U'，' || c == ',' || c == U'、' || c == U'（' || c == '(' ||
         c == U'）' || c == ')' || c == U'：' || c == ':';
}

bool Has(const U32& hay, std::u32string_view needle) {
  return hay.find(needle) != U32::npos;
}

bool HasAny(const U32& hay, std::initializer_list<std::u32string_view> needles) {
  for (auto n : needles) {
    if (Has(hay, n)) return true;
  }
  return false;
}

// Table 4 block named last in `text`.
FigureBlock LastBlock(const U32& text) {
  size_t best = U32::npos;
  FigureBlock block = FigureBlock::kNone;
  const auto consider = [&](std::u32string_view word, FigureBlock b) {
    const size_t at = text.rfind(word);
    if (at != U32::npos && (best == U32::npos || at >= best)) {
      best = at;
      block = b;
    }
  };
  consider(U"复议", FigureBlock::kReview);
  consider(U"诉讼", FigureBlock::kLitigation);
  consider(U"直接起诉", FigureBlock::kDirectSuit);
  consider(U"复议后起诉", FigureBlock::kSuitAfterReview);
  return block;
}

int OutcomeOf(const U32& clause) {
  if (Has(clause, U"维持")) return 0;
  if (Has(clause, U"纠正")) return 1;
  if (Has(clause, U"其他结果")) return 2;
  if (Has(clause, U"未审结") || Has(clause, U"审理中")) return 3;
  return -1;
}

}  // namespace

std::string NormalizeNarrative(const std::string& text) {
  // Fast path: nothing to fold or remove (no white space of any kind and no
  // full-width form: lead bytes C2/E2/E3/EF cover NBSP, U+2000…, U+3000 and
  // U+FF01…).
  bool plain = true;
  for (unsigned char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xC2 || c == 0xE2 ||
        c == 0xE3 || c == 0xEF) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  // Fold full-width digits and letters only: Chinese punctuation stays as
  // written, so quoted excerpts read as the report does.
  U32 in = utf8::Decode(text);
  for (char32_t& c : in) {
    const char32_t f = utf8::FoldWidth(c);
    if (IsAsciiAlnum(f) || c == 0x3000) c = f;
  }
  U32 out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (utf8::IsSpace(in[i]) && in[i] != '\n') {
      size_t j = i;
      while (j < in.size() && utf8::IsSpace(in[j]) && in[j] != '\n') ++j;
      if (!out.empty() && j < in.size() && IsAsciiAlnum(out.back()) && IsAsciiAlnum(in[j])) {
        out.push_back(' ');
      }
      i = j - 1;
      continue;
    }
    out.push_back(in[i]);
  }
  return utf8::Encode(out);
}

std::vector<QuotedFigure> ExtractFigures(const std::string& text, int section, SourceRef src) {
  std::vector<QuotedFigure> out;
  // Only text with a digit and a 件 (or a full-width digit) can quote a figure.
  if (text.find("件") == std::string::npos) return out;
  const U32 t = utf8::Decode(NormalizeNarrative(text));
  size_t sentence_start = 0;
  size_t clause_start = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsSentenceEnd(t[i])) {
      sentence_start = clause_start = i + 1;
      continue;
    }
    if (IsClauseEnd(t[i])) {
      clause_start = i + 1;
      continue;
    }
    if (!utf8::IsAsciiDigit(t[i])) continue;
    // A number: digits (thousands separators are folded to ',' and end a
    // clause, so reports writing 3,119 are rare enough to be missed).
    size_t j = i;
    int64_t value = 0;
    bool overflow = false;
    while (j < t.size() && utf8::IsAsciiDigit(t[j])) {
      if (value > 100000000000LL) overflow = true;  // no count is this large
      if (!overflow) value = value * 10 + static_cast<int64_t>(t[j] - '0');
      ++j;
    }
    size_t unit = j;
    while (unit < t.size() && (t[unit] == U'余' || t[unit] == U'多')) ++unit;
    const bool approximate = unit != j;
    if (overflow || unit >= t.size() || t[unit] != U'件' || (j < t.size() && t[j] == '.')) {
      i = j - 1;
      continue;
    }
    const U32 clause = t.substr(clause_start, i - clause_start);
    const U32 sentence = t.substr(sentence_start, i - sentence_start);
    size_t after_end = unit + 1;
    while (after_end < t.size() && after_end < unit + 12 && !IsClauseEnd(t[after_end])) {
      ++after_end;
    }
    const U32 after = t.substr(unit + 1, after_end - unit - 1);

    QuotedFigure f;
    f.value = value;
    f.section = section;
    f.src = src;
    f.excerpt = utf8::Encode(t.substr(clause_start, after_end - clause_start));
    bool found = true;
    const bool about_cases = !HasAny(clause, {U"信箱", U"留言", U"来信", U"咨询", U"热线",
                                              U"建议", U"提案", U"信访"});
    if (HasAny(after, {U"下年度", U"下一年度", U"下年"}) &&
        HasAny(after, {U"结转", U"顺延", U"转入", U"延续"})) {
      f.kind = FigureKind::kCarriedOver;
    } else if (HasAny(clause, {U"结转下年度", U"结转至下年度", U"结转到下年度", U"转入下年度"})) {
      f.kind = FigureKind::kCarriedOver;
    } else if (HasAny(clause, {U"上年", U"上一年"}) && Has(clause, U"结转")) {
      f.kind = FigureKind::kCarriedIn;
    } else if (const int outcome = OutcomeOf(clause); outcome >= 0 &&
               LastBlock(sentence) != FigureBlock::kNone) {
      f.kind = FigureKind::kOutcome;
      f.outcome = outcome;
      f.block = LastBlock(sentence);
    } else if (Has(clause, U"复议后起诉")) {
      f.kind = FigureKind::kSuitAfterReview;
      f.block = FigureBlock::kSuitAfterReview;
    } else if (Has(clause, U"直接起诉")) {
      f.kind = FigureKind::kDirectSuit;
      f.block = FigureBlock::kDirectSuit;
    } else if (Has(clause, U"行政复议") && !Has(clause, U"诉讼")) {
      f.kind = FigureKind::kReviewTotal;
      f.block = FigureBlock::kReview;
    } else if (Has(clause, U"行政诉讼") && !Has(clause, U"复议")) {
      f.kind = FigureKind::kLitigationTotal;
      f.block = FigureBlock::kLitigation;
    } else if (Has(clause, U"规章") &&
               HasAny(clause, {U"制发", U"印发", U"出台", U"新增", U"制定", U"发布"})) {
      f.kind = FigureKind::kRulesIssued;
    } else if (about_cases && Has(sentence, U"申请") && !HasAny(clause, {U"复议", U"诉讼"}) &&
               HasAny(clause, {U"收到", U"受理", U"新收", U"接收", U"接到"})) {
      f.kind = FigureKind::kReceived;
    } else if (about_cases && Has(sentence, U"申请") && !HasAny(clause, {U"复议", U"诉讼"}) &&
               HasAny(clause, {U"答复", U"办结"})) {
      f.kind = FigureKind::kAnswered;
    } else {
      found = false;
    }
    // "5500余件" is an estimate, not a figure to hold the tables to.
    if (found && !approximate) out.push_back(std::move(f));
    i = unit;
  }
  return out;
}

std::vector<QuotedFigure> ExtractFigures(const AnnualReport& r) {
  std::vector<QuotedFigure> out;
  const auto add = [&](const std::vector<Paragraph>& paragraphs, int section) {
    for (const Paragraph& p : paragraphs) {
      std::vector<QuotedFigure> found = ExtractFigures(p.text, section, p.src);
      out.insert(out.end(), found.begin(), found.end());
    }
  };
  add(r.preamble, 0);
  for (const Section& s : r.sections) add(s.paragraphs, s.number);
  return out;
}

}  // namespace gongkai::report
