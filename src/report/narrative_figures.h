// Figures that a report's narrative quotes ("全市共收到政府信息公开申请11件",
// "行政复议351件，其中结果维持72件…"), found by a small scanner over the text,
// so rule S2 can compare them with the tables.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/annual_report.h"

namespace gongkai::report {

enum class FigureKind {
  kReceived,          // applications received (一、本年新收, maybe with 二)
  kAnswered,          // applications answered (（七）总计)
  kCarriedIn,         // carried in from last year (二、上年结转)
  kCarriedOver,       // carried over to next year (四、结转下年度继续办理)
  kReviewTotal,       // 行政复议 cases
  kLitigationTotal,   // 行政诉讼 cases (both blocks together)
  kDirectSuit,        // 未经复议直接起诉
  kSuitAfterReview,   // 复议后起诉
  kOutcome,           // 结果维持/纠正/其他结果/尚未审结 of the block in context
  kRulesIssued,       // 规章 issued this year
};

// Which Table 4 block an outcome or total figure belongs to.
enum class FigureBlock { kNone, kReview, kLitigation, kDirectSuit, kSuitAfterReview };

struct QuotedFigure {
  FigureKind kind = FigureKind::kReceived;
  FigureBlock block = FigureBlock::kNone;
  int outcome = -1;  // for kOutcome: 0 维持, 1 纠正, 2 其他结果, 3 尚未审结
  int64_t value = 0;
  int section = 0;   // 1 … 6, 0 for the preamble
  SourceRef src;
  std::string excerpt;  // the clause, as normalised text
};

// Normalises narrative text for scanning and quoting: folds full-width
// forms, and removes white space except between two ASCII letters or digits
// ("申请 3119 件" → "申请3119件").
std::string NormalizeNarrative(const std::string& text);

std::vector<QuotedFigure> ExtractFigures(const std::string& text, int section, SourceRef src);
std::vector<QuotedFigure> ExtractFigures(const AnnualReport& r);

}  // namespace gongkai::report
