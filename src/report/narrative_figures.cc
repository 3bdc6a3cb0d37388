#include "report/narrative_figures.h"

#include <array>
#include <initializer_list>
#include <optional>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "report/narrative_scan.h"

namespace gongkai::report {
namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The characters of the Chinese numerals the scanner reads (一 … 九十九).
bool IsNumeralChar(char32_t c) {
  switch (c) {
    case U'一':
    case U'二':
    case U'两':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
      return true;
    default:
      return false;
  }
}

// A Chinese numeral right after one of these is not a count of its own:
// 第一件 (ordinal), 几十件 / 数十件 / 上百件 / 近十件 / 约十件 (estimates),
// 一百二十件 / 三千零五件 (beyond 九十九: the run would be read in part),
// 每一件, 唯一, 统一起草, 同一件事.
bool BlocksNumeral(char32_t c) {
  switch (c) {
    case U'第':
    case U'几':
    case U'数':
    case U'上':
    case U'近':
    case U'约':
    case U'逾':
    case U'超':
    case U'百':
    case U'千':
    case U'万':
    case U'亿':
    case U'零':
    case U'〇':
    case U'余':
    case U'多':
    case U'每':
    case U'唯':
    case U'统':
    case U'同':
    case U'单':
    case U'任':
    case U'某':
      return true;
    default:
      return false;
  }
}

bool TestHolds(const WordTest& t, U32View clause, U32View sentence, U32View after) {
  const U32View hay = t.scope == Scope::kClause     ? clause
                      : t.scope == Scope::kSentence ? sentence
                                                    : after;
  switch (t.match) {
    case Match::kAllOf:
      for (U32View w : t.words) {
        if (!narrative_internal::HasWord(hay, w)) return false;
      }
      return true;
    case Match::kAnyOf:
      for (U32View w : t.words) {
        if (narrative_internal::HasWord(hay, w)) return true;
      }
      return false;
    case Match::kNoneOf:
      for (U32View w : t.words) {
        if (narrative_internal::HasWord(hay, w)) return false;
      }
      return true;
  }
  return false;
}

// The cells an outcome (column 0…3) of the block in context counts.
std::vector<CellRef> OutcomeCells(FigureBlock block, int column) {
  switch (block) {
    case FigureBlock::kReview:
      return {{CellSource::kTable4Blocks, 0, 0, column, {}}};
    case FigureBlock::kDirectSuit:
      return {{CellSource::kTable4Blocks, 1, 1, column, {}}};
    case FigureBlock::kSuitAfterReview:
      return {{CellSource::kTable4Blocks, 2, 2, column, {}}};
    case FigureBlock::kLitigation:
      return {{CellSource::kTable4Blocks, 1, 2, column, {}},
              {CellSource::kTable4Blocks, 1, 1, column, "未经复议直接起诉"},
              {CellSource::kTable4Blocks, 2, 2, column, "复议后起诉"}};
    case FigureBlock::kNone:
      break;
  }
  return {};
}

}  // namespace

bool IsSentenceEnd(char32_t c) {
  return c == U'。' || c == U'；' || c == ';' || c == U'！' || c == U'？' || c == '\n';
}

bool IsClauseEnd(char32_t c) {
  return IsSentenceEnd(c) || c == U'，' || c == ',' || c == U'、' || c == U'（' || c == '(' ||
         c == U'）' || c == ')' || c == U'：' || c == ':';
}

FigureBlock LastBlock(U32View text) {
  size_t best = U32View::npos;
  FigureBlock block = FigureBlock::kNone;
  const auto consider = [&](U32View word, FigureBlock b) {
    const size_t at = text.rfind(word);
    if (at != U32View::npos && (best == U32View::npos || at >= best)) {
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

namespace {

// Whether `text` has nothing to fold or remove: no white space of any kind and
// no full-width form (lead bytes C2/E2/E3/EF cover NBSP, U+2000…, U+3000 and
// U+FF01…).
bool IsPlain(std::string_view text) {
  for (unsigned char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xC2 || c == 0xE2 ||
        c == 0xE3 || c == 0xEF) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::u32string NormalizeNarrative32(std::string_view text) {
  U32 in = utf8::Decode(text);
  if (IsPlain(text)) return in;
  // Fold full-width digits and letters only: Chinese punctuation stays as
  // written, so quoted excerpts read as the report does. In place: the
  // result is never longer.
  size_t out = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const char32_t c = in[i];
    if (utf8::IsSpace(c) && c != '\n') {
      size_t j = i;
      while (j < in.size() && utf8::IsSpace(in[j]) && in[j] != '\n') ++j;
      const char32_t next = j < in.size() ? utf8::FoldWidth(in[j]) : 0;
      if (out > 0 && j < in.size() && IsAsciiAlnum(in[out - 1]) && IsAsciiAlnum(next)) {
        in[out++] = ' ';
      }
      i = j - 1;
      continue;
    }
    const char32_t f = utf8::FoldWidth(c);
    in[out++] = IsAsciiAlnum(f) ? f : c;
  }
  in.resize(out);
  return in;
}

std::string NormalizeNarrative(const std::string& text) {
  if (IsPlain(text)) return text;
  return utf8::Encode(NormalizeNarrative32(text));
}

namespace {

// A set of the low 12 bits of code points (the payload of the last two bytes
// of a three-byte UTF-8 form): a quick filter before an exact comparison.
struct Low12Set {
  std::array<uint64_t, 64> bits{};
  constexpr explicit Low12Set(std::initializer_list<char32_t> cps) {
    for (char32_t cp : cps) bits[(cp & 0xFFFu) >> 6] |= uint64_t{1} << (cp & 0x3Fu);
  }
  constexpr bool MayHold(uint32_t low12) const {
    return (bits[low12 >> 6] >> (low12 & 0x3Fu)) & 1u;
  }
};

constexpr Low12Set kFigureChars{
    {U'件',  U'份',  U'起',  U'宗',  U'元',  U'余',  U'多',  U'万',  0x3000, U'一',  U'二',
     U'两',  U'三',  U'四',  U'五',  U'六',  U'七',  U'八',  U'九',  U'十',  0xFF10, 0xFF11,
     0xFF12, 0xFF13, 0xFF14, 0xFF15, 0xFF16, 0xFF17, 0xFF18, 0xFF19, 0x2000, 0x2001, 0x2002,
     0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F}};

}  // namespace

bool MayQuoteFigure(std::string_view text) {
  // One forward pass: `numeric` says whether the last character that was not
  // white space (nor 余/多/万) is a digit or a Chinese numeral.
  bool numeric = false;
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= '0' && c <= '9') {
        numeric = true;
      } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
        numeric = false;
      }
      ++i;
      continue;
    }
    if (c < 0xE0 || c >= 0xF0 || i + 3 > n) {
      // Two- and four-byte forms: NBSP (C2 A0) is white space, the rest ends a number.
      const bool nbsp = c == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0xA0;
      if (!nbsp) numeric = false;
      i += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      continue;
    }
    const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
    const unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
    i += 3;
    // Most characters are none of those below: one bit test rules them out.
    if (!kFigureChars.MayHold(((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu))) {
      numeric = false;
      continue;
    }
    const uint32_t key = (uint32_t{c} << 16) | (uint32_t{b1} << 8) | b2;
    switch (key) {
      case 0xE4BBB6:  // 件
      case 0xE4BBBD:  // 份
      case 0xE8B5B7:  // 起
      case 0xE5AE97:  // 宗
      case 0xE58583:  // 元
        if (numeric) return true;
        break;
      case 0xE4BD99:  // 余
      case 0xE5A49A:  // 多
      case 0xE4B887:  // 万
      case 0xE38080:  // U+3000
        continue;     // keeps `numeric`
      case 0xE4B880:  // 一
      case 0xE4BA8C:  // 二
      case 0xE4B8A4:  // 两
      case 0xE4B889:  // 三
      case 0xE59B9B:  // 四
      case 0xE4BA94:  // 五
      case 0xE585AD:  // 六
      case 0xE4B883:  // 七
      case 0xE585AB:  // 八
      case 0xE4B99D:  // 九
      case 0xE58D81:  // 十
        numeric = true;
        continue;
      default:
        // Full-width digits EF BC 90…99; U+2000…200A, U+202F, U+205F are white space.
        if (key >= 0xEFBC90 && key <= 0xEFBC99) {
          numeric = true;
          continue;
        }
        if ((key >= 0xE28080 && key <= 0xE2808A) || key == 0xE280AF || key == 0xE2819F) continue;
        break;
    }
    numeric = false;
  }
  return false;
}

std::vector<NumberToken> ScanNumbers(U32View t) {
  std::vector<NumberToken> out;
  const auto digit = [](char32_t c) { return utf8::IsAsciiDigit(c); };
  for (size_t i = 0; i < t.size(); ++i) {
    const bool arabic = digit(t[i]);
    if (!arabic && !IsNumeralChar(t[i])) continue;
    NumberToken tok;
    tok.begin = i;
    tok.chinese = !arabic;
    size_t j = i;
    int64_t whole = 0;
    int64_t fraction = 0;  // the first 6 decimals, scaled to 10^6
    bool has_fraction = false;
    bool ok = true;
    if (arabic) {
      // Digits glued to a letter ("G20") or after a decimal point are no count.
      ok = i == 0 || (!IsAsciiAlpha(t[i - 1]) && t[i - 1] != '.');
      size_t group = 0;
      while (j < t.size()) {
        if (digit(t[j])) {
          if (whole > 100000000000LL) ok = false;  // no count or amount is this large
          if (ok) whole = whole * 10 + static_cast<int64_t>(t[j] - '0');
          ++j;
          ++group;
          continue;
        }
        // 3,119: a thousands separator is followed by exactly three digits.
        if (t[j] == ',' && group >= 1 && group <= 3 && j + 3 < t.size() && digit(t[j + 1]) &&
            digit(t[j + 2]) && digit(t[j + 3]) && (j + 4 >= t.size() || !digit(t[j + 4]))) {
          group = 0;
          ++j;
          continue;
        }
        break;
      }
      if (j < t.size() && t[j] == '.' && j + 1 < t.size() && digit(t[j + 1])) {
        has_fraction = true;
        ++j;
        int64_t scale = 100000;
        while (j < t.size() && digit(t[j])) {
          fraction += static_cast<int64_t>(t[j] - '0') * scale;
          scale /= 10;
          ++j;
        }
      }
    } else {
      ok = i == 0 || !BlocksNumeral(t[i - 1]);
      while (j < t.size() && IsNumeralChar(t[j])) ++j;
      const U32View run = t.substr(i, j - i);
      const std::optional<int> n = ParseChineseNumeral(run);
      // 两 stands alone (两起); 两十 is no numeral.
      if (!n || (run.size() > 1 && run.find(U'两') != U32View::npos)) ok = false;
      if (n) whole = *n;
    }
    size_t u = j;
    while (u < t.size() && (t[u] == U'余' || t[u] == U'多')) ++u;
    tok.approximate = u != j;
    size_t end = u;
    if (ok && u < t.size()) {
      switch (t[u]) {
        case U'件':
          tok.unit_kind = kUnitJian;
          end = u + 1;
          break;
        case U'起':
          tok.unit_kind = kUnitQi;
          end = u + 1;
          break;
        case U'宗':
          tok.unit_kind = kUnitZong;
          end = u + 1;
          break;
        case U'份':
          tok.unit_kind = kUnitFen;
          end = u + 1;
          break;
        case U'元':
          tok.unit_kind = kUnitYuan;
          end = u + 1;
          break;
        case U'万':
          if (u + 1 < t.size() && t[u + 1] == U'元') {
            tok.unit_kind = kUnitWanYuan;
            end = u + 2;
          }
          break;
        default:
          break;
      }
    }
    const bool money = (tok.unit_kind & kUnitsMoney) != 0;
    if (!ok || end == u || (has_fraction && !money)) {
      i = j - 1;
      continue;
    }
    const char32_t next = end < t.size() ? t[end] : 0;
    // 一件事, 十件实事: an idiom, not a count. 一件一策: neither.
    if (!money && (next == U'事' || next == U'实')) ok = false;
    if (tok.chinese && IsNumeralChar(next)) ok = false;
    // 一起 is mostly "together"; only a clause end right after it makes it a count.
    if (tok.chinese && tok.unit_kind == kUnitQi && whole == 1 && next != 0 && !IsClauseEnd(next)) {
      ok = false;
    }
    if (!ok) {
      i = j - 1;
      continue;
    }
    if (tok.unit_kind == kUnitYuan) {
      tok.value = whole * 100 + fraction / 10000;
    } else if (tok.unit_kind == kUnitWanYuan) {
      tok.value = whole * 1000000 + fraction;
    } else {
      tok.value = whole;
    }
    tok.unit = u;
    tok.end = end;
    out.push_back(tok);
    i = end - 1;
  }
  return out;
}

std::vector<QuotedFigure> ExtractFigures(const std::string& text, int section, SourceRef src) {
  std::vector<QuotedFigure> out;
  if (!MayQuoteFigure(text)) return out;
  const U32 t = NormalizeNarrative32(text);
  const U32View tv(t);
  const std::vector<NumberToken> tokens = ScanNumbers(tv);
  size_t sentence_start = 0;
  size_t clause_start = 0;
  size_t cursor = 0;
  for (const NumberToken& tok : tokens) {
    for (; cursor < tok.begin; ++cursor) {
      if (IsSentenceEnd(t[cursor])) {
        sentence_start = clause_start = cursor + 1;
      } else if (IsClauseEnd(t[cursor])) {
        clause_start = cursor + 1;
      }
    }
    cursor = tok.end;
    const U32View clause = tv.substr(clause_start, tok.begin - clause_start);
    const U32View sentence = tv.substr(sentence_start, tok.begin - sentence_start);
    size_t after_end = tok.end;
    while (after_end < t.size() && after_end < tok.end + 12 && !IsClauseEnd(t[after_end])) {
      ++after_end;
    }
    const U32View after = tv.substr(tok.end, after_end - tok.end);

    const FigurePhrase* match = nullptr;
    FigureBlock block = FigureBlock::kNone;
    for (const FigurePhrase& p : FigurePhrases()) {
      if ((p.units & tok.unit_kind) == 0) continue;
      bool holds = true;
      for (const WordTest& w : p.tests) {
        if (!TestHolds(w, clause, sentence, after)) {
          holds = false;
          break;
        }
      }
      if (!holds) continue;
      if (p.outcome >= 0) {
        block = LastBlock(sentence);
        if (block == FigureBlock::kNone) continue;
      } else {
        block = p.block;
      }
      match = &p;
      break;
    }
    // "5500余件" is an estimate, not a figure to hold the tables to.
    if (match == nullptr || tok.approximate) continue;
    QuotedFigure f;
    f.kind = match->kind;
    f.block = block;
    f.outcome = match->outcome;
    f.value = tok.value;
    f.unit = tok.unit_kind;
    f.written = utf8::Encode(tv.substr(tok.begin, tok.end - tok.begin));
    f.phrase = match->id;
    f.accepted = match->outcome >= 0 ? OutcomeCells(block, match->outcome) : match->accepted;
    f.section = section;
    f.src = src;
    f.excerpt = utf8::Encode(tv.substr(clause_start, after_end - clause_start));
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<QuotedFigure> ExtractFigures(const AnnualReport& r) {
  std::vector<QuotedFigure> out;
  ForEachParagraph(r, [&](const Paragraph& p, int section) {
    std::vector<QuotedFigure> found = ExtractFigures(p.text, section, p.src);
    out.insert(out.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  });
  return out;
}

}  // namespace gongkai::report
