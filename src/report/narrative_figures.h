// Figures that a report's narrative quotes ("全市共收到政府信息公开申请11件",
// "行政复议351件，其中结果维持72件…", "行政复议两起"), found by a small
// scanner over the text and classified by the phrase table of
// narrative_phrases.h, so rule S2 can compare them with the tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/annual_report.h"
#include "report/narrative_phrases.h"

namespace gongkai::report {

struct QuotedFigure {
  FigureKind kind = FigureKind::kReceived;
  FigureBlock block = FigureBlock::kNone;
  int outcome = -1;  // for kOutcome: 0 维持, 1 纠正, 2 其他结果, 3 尚未审结
  // The count; for amounts (元, 万元) the amount in 分 (exact for 元 with up to
  // 2 decimals and 万元 with up to 6).
  int64_t value = 0;
  unsigned unit = kUnitJian;      // one FigureUnit bit
  std::string written;            // the number and unit as written ("2836.25万元", "两起")
  std::string_view phrase;        // id of the FigurePhrase that classified it
  std::vector<CellRef> accepted;  // what it may equal (resolved for the block in context)
  int section = 0;                // 1 … 6, 0 for the preamble
  SourceRef src;
  std::string excerpt;  // the clause, as normalised text
};

// Normalises narrative text for scanning and quoting: folds full-width
// forms, and removes white space except between two ASCII letters or digits
// ("申请 3119 件" → "申请3119件").
std::string NormalizeNarrative(const std::string& text);
// The same, decoded: what the scanners work on (one decoding, no re-encoding).
std::u32string NormalizeNarrative32(std::string_view text);

// False when `text` (raw or normalised) cannot quote a figure: no 件/起/宗/份/元
// right after a digit (ASCII or full-width), a Chinese numeral, or 余/多/万
// after one. A byte scan, no decoding: the fast path for most paragraphs.
bool MayQuoteFigure(std::string_view text);

// A number with a unit in normalised text: 12件, 3,119件, 两起, 十二件, 5500余件,
// 3940元, 2836.25万元. Chinese numerals are one to three characters
// (ParseChineseNumeral); ambiguous ones are skipped (一起 "together" unless a
// clause ends right after it, 一件事, 十件实事, 第一件, 几十件, 一百二十件).
struct NumberToken {
  size_t begin = 0;   // code point offsets into the scanned text
  size_t unit = 0;    // first code point of the unit
  size_t end = 0;     // one past the unit
  int64_t value = 0;  // count, or amount in 分 for 元/万元
  unsigned unit_kind = kUnitJian;
  bool approximate = false;  // 余/多 before the unit ("5500余件")
  bool chinese = false;      // written in Chinese numerals
};
std::vector<NumberToken> ScanNumbers(std::u32string_view text);

// Ends a sentence (。；;！？ and newline) / a clause (also ，,、（）():：).
bool IsSentenceEnd(char32_t c);
bool IsClauseEnd(char32_t c);

// The Table 4 block named last in `text` (复议, 诉讼, 直接起诉, 复议后起诉).
FigureBlock LastBlock(std::u32string_view text);

std::vector<QuotedFigure> ExtractFigures(const std::string& text, int section, SourceRef src);
std::vector<QuotedFigure> ExtractFigures(const AnnualReport& r);

}  // namespace gongkai::report
