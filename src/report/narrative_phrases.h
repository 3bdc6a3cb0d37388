// The phrase tables of the narrative rules, as data:
//
//   FigurePhrases()  which Table 2/3/4 cell (or sum of cells) a figure quoted in
//                    the narrative counts, by the words around it (rule S2);
//   ClaimPhrases()   statements in words that the tables can contradict:
//                    "all handled", "no 复议/诉讼", "no applications" (rule S10);
//   PartFamilies()   breakdowns of a stated total ("共收到申请10件，其中自然人申请
//                    6件、法人或其他组织申请3件") whose parts are disjoint, so
//                    that their sum can be held to the total (rule S10).
//
// FigurePhrases is defined in narrative_phrases.cc; ClaimPhrases and
// FindClaims in narrative_claims.cc; PartFamilies and FindBreakdowns in
// narrative_breakdowns.cc. Every table is tried in order, most specific entry first. The words are
// matched in text normalised by NormalizeNarrative (narrative_figures.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/annual_report.h"

namespace gongkai::report {

// ---- Figures (S2) ----

enum class FigureKind {
  kReceived,         // applications received (一、本年新收, maybe with 二)
  kAnswered,         // applications answered (（七）总计)
  kCarriedIn,        // carried in from last year (二、上年结转)
  kCarriedOver,      // carried over to next year (四、结转下年度继续办理)
  kReviewTotal,      // 行政复议 cases
  kLitigationTotal,  // 行政诉讼 cases (both blocks together)
  kDirectSuit,       // 未经复议直接起诉
  kSuitAfterReview,  // 复议后起诉
  kOutcome,          // 结果维持/纠正/其他结果/尚未审结 of the block in context
  kRulesIssued,      // 规章 issued this year
  kDisclosed,        // （一）予以公开
  kPartlyDisclosed,  // （二）部分公开
  kWithheld,         // （三）不予公开 (its 8 items together)
  kCannotProvide,    // （四）无法提供 (its 3 items together)
  kNotHeld,  // （四）1.本机关不掌握相关政府信息 (often meant for all of （四）)
  kNotProcessed,     // （五）不予处理 (its 5 items together)
  kOtherProcessing,  // （六）其他处理 (its 3 items together)
  kTable2Fees,       // 表二 行政事业性收费 本年收费金额 (万元)
  kFeeAmount,        // 信息处理费 charged (section 六): compared with nothing
  kFeeNotices,       // fee notices (收费通知) issued
};

// Which Table 4 block an outcome or total figure belongs to.
enum class FigureBlock { kNone, kReview, kLitigation, kDirectSuit, kSuitAfterReview };

// Units a quoted figure may carry (a bit set).
enum FigureUnit : unsigned {
  kUnitJian = 1u << 0,     // 件
  kUnitQi = 1u << 1,       // 起
  kUnitZong = 1u << 2,     // 宗
  kUnitFen = 1u << 3,      // 份
  kUnitYuan = 1u << 4,     // 元
  kUnitWanYuan = 1u << 5,  // 万元
};
inline constexpr unsigned kUnitsCases = kUnitJian | kUnitQi | kUnitZong;
inline constexpr unsigned kUnitsMoney = kUnitYuan | kUnitWanYuan;

// Where a word test looks, relative to the quoted number.
enum class Scope {
  kClause,    // the clause before the number (since the last ，、：（ or sentence end)
  kSentence,  // the sentence before the number (since the last 。；！？)
  kAfter,     // after the unit, up to the clause end (at most 12 characters)
};
enum class Match { kAllOf, kAnyOf, kNoneOf };

struct WordTest {
  Scope scope = Scope::kClause;
  Match match = Match::kAnyOf;
  std::vector<std::u32string_view> words;
};

// A table cell, or a sum of cells, that a figure is compared with.
enum class CellSource {
  kTable3Rows,  // Table 3 rows first…last (0-based, kR01 …), 总计 column, summed
  kTable4Blocks,  // Table 4 blocks first…last (0 复议, 1 直接起诉, 2 复议后起诉), `column`, summed
  kTable2RulesIssued,  // Table 2 规章 本年制发件数
  kTable2Fees,         // Table 2 行政事业性收费 本年收费金额; compared in 分
  kTable3ImpliesSome,  // Table 3 row `first` 总计: when it is > 0 the quoted count must be > 0
};

struct CellRef {
  CellSource source = CellSource::kTable3Rows;
  int first = 0;
  int last = 0;
  int column = 4;         // Table 4 column (0 结果维持 … 4 总计)
  std::string_view note;  // how a message names it as an alternative ("加上年结转共")
};

struct FigurePhrase {
  std::string_view id;  // stable, e.g. "disclosed"
  FigureKind kind = FigureKind::kReceived;
  FigureBlock block = FigureBlock::kNone;
  // For kOutcome: the Table 4 column (0 维持 … 3 尚未审结); the block comes
  // from the sentence (the block named last before the number), which must
  // name one.
  int outcome = -1;
  std::vector<WordTest> tests;  // all must hold
  unsigned units = kUnitJian;
  // Values the figure may equal; the first is the one messages name. Empty:
  // recognised (so no other entry claims it) but compared with nothing.
  std::vector<CellRef> accepted;
};

const std::vector<FigurePhrase>& FigurePhrases();
const FigurePhrase* FindFigurePhrase(std::string_view id);  // nullptr if unknown

// ---- Claims in words (S10) ----

enum class ClaimKind {
  kAllHandled,  // every application was handled: contradicts 四、结转下年度继续办理 > 0
  kNoAppeals,   // no 复议 and/or 诉讼: contradicts the Table 4 totals it names
  kNoApplications,  // no applications received: contradicts 一、本年新收 > 0
};

// Which parts of Table 4 a denial covers (a bit set).
enum AppealPart : unsigned {
  kAppealReview = 1u << 0,           // 行政复议
  kAppealDirectSuit = 1u << 1,       // 行政诉讼 › 未经复议直接起诉
  kAppealSuitAfterReview = 1u << 2,  // 行政诉讼 › 复议后起诉
};
inline constexpr unsigned kAppealLitigation = kAppealDirectSuit | kAppealSuitAfterReview;

// Where the things a denial denies are named, relative to its anchor.
enum class DeniedSide {
  kNone,    // not a denial of appeals
  kAfter,   // "未发生行政复议、行政诉讼": after the anchor
  kBefore,  // "行政复议和行政诉讼均为0": before the anchor
};

// A claim is made where one of `anchors` occurs in a sentence and the other
// tests hold. "Span" is the stretch of the sentence around the anchor up to
// the nearest ，or sentence end (a 、 does not end it).
struct ClaimPhrase {
  std::string_view id;
  ClaimKind kind = ClaimKind::kAllHandled;
  std::vector<std::u32string_view> anchors;        // any of
  std::vector<std::u32string_view> after_anchor;   // any of, later in the sentence (empty: no test)
  std::vector<std::u32string_view> sentence_any;   // any of, in the sentence (empty: no test)
  std::vector<std::u32string_view> sentence_none;  // none of, in the sentence
  std::vector<std::u32string_view> span_none;      // none of, in the span
  DeniedSide denied = DeniedSide::kNone;
  // kAllHandled without an explicit subject ("均已按时办结"): the nearest
  // figure before the anchor must not sit in a clause with these words (then
  // "均" refers to the answered applications, not to all of them).
  std::vector<std::u32string_view> antecedent_none;
  // kNoApplications: between the anchor and 申请 only these fillers may stand
  // ("没有收到公民、法人或者其他组织提出的政府信息公开申请").
  std::vector<std::u32string_view> fillers;
};

const std::vector<ClaimPhrase>& ClaimPhrases();

struct Claim {
  std::string_view phrase;  // the ClaimPhrase id
  ClaimKind kind = ClaimKind::kAllHandled;
  unsigned parts = 0;  // kNoAppeals: the AppealPart bits denied
  int section = 0;
  SourceRef src;
  std::string excerpt;  // the sentence (or, when long, the span), normalised
};

std::vector<Claim> FindClaims(const std::string& text, int section, SourceRef src);
std::vector<Claim> FindClaims(const AnnualReport& r);

// ---- Breakdowns of a stated total (S10) ----

struct PartCategory {
  std::string_view name;
  std::vector<std::u32string_view> words;   // any of names the category
  std::vector<std::u32string_view> unless;  // none of (e.g. 其他 but not 法人或其他组织)
};

// Disjoint categories that the parts of one total may name. A list of parts
// is a breakdown of the family when every part's label names exactly one of
// its categories and no category twice.
struct PartFamily {
  std::string_view id;
  std::vector<PartCategory> categories;
  std::vector<std::u32string_view> total_any;   // the total's clause names one of these
  std::vector<std::u32string_view> total_none;  // and none of these
  bool sentence_needs_application = false;      // the sentence mentions 申请
  // Listing every category makes the list exhaustive (the parts must then add
  // up to the total). False for open families (channels).
  bool complete_when_all = false;
};

const std::vector<PartFamily>& PartFamilies();

struct Breakdown {
  std::string_view family;  // the PartFamily id
  int64_t total = 0;
  int64_t sum = 0;
  int parts = 0;
  // True when the parts must add up to the total: the list follows 分别为/分别是
  // directly, or names every category of a complete family without 等/…
  bool exhaustive = false;
  int section = 0;
  SourceRef src;
  std::string excerpt;  // from the total's clause to the last part
};

// Every total followed by 其中/包括/含/分别为 and a list of parts of one family.
std::vector<Breakdown> FindBreakdowns(const std::string& text, int section, SourceRef src);
std::vector<Breakdown> FindBreakdowns(const AnnualReport& r);

// Both of the above on one paragraph, decoding it at most once (rule S10).
void FindClaimsAndBreakdowns(const std::string& text, int section, SourceRef src,
                             std::vector<Claim>& claims, std::vector<Breakdown>& breakdowns);

}  // namespace gongkai::report
