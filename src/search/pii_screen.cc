#include "search/pii_screen.h"

#include <hs.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "search/normalized_text.h"
#include "search/pii_candidates.h"
#include "search/pii_digit_runs.h"
#include "search/pii_hit_text.h"
#include "search/pii_patterns.h"

namespace gongkai::search {
namespace {

using service::ScreenHit;
using service::ScreenHitKind;

// Pieces of the text scanned at once: small enough (256 KiB) that the NFKC
// copy stays in cache while vectorscan and the digit-run pass read it; cut
// only after a line break up to kMaxPiece (then anywhere on a character
// boundary). kMaxPiece keeps the NFKC form (at most 18 bytes per input byte)
// within 32-bit offsets.
constexpr size_t kPiece = size_t{256} << 10;
constexpr size_t kMaxPiece = size_t{64} << 20;

struct DatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};

// This thread's scratch, grown by hs_alloc_scratch to fit every database it
// has served; freed when the thread ends. Null when allocation failed.
hs_scratch_t* ThreadScratch(const hs_database_t* db) {
  struct Holder {
    hs_scratch_t* scratch = nullptr;
    ~Holder() {
      if (scratch != nullptr) hs_free_scratch(scratch);
    }
  };
  thread_local Holder holder;
  if (hs_alloc_scratch(db, &holder.scratch) != HS_SUCCESS) return nullptr;
  return holder.scratch;
}

// What the match callback needs and fills for one piece.
struct PieceScan {
  std::string_view text;  // the NFKC form of the piece
  const std::vector<uint32_t>* word_widths = nullptr;
  std::vector<pii::Candidate> found;
};

void Keep(PieceScan& scan, const std::optional<pii::Candidate>& candidate) {
  if (candidate) scan.found.push_back(*candidate);
}

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
            unsigned int /*flags*/, void* context) {
  auto& scan = *static_cast<PieceScan*>(context);
  const auto end = static_cast<size_t>(to);
  switch (id) {
    case pii::kGroupedDigitsPattern:
      pii::VerifyGroupedDigits(scan.text, end - 11, scan.found);
      break;
    case pii::kEmailPattern:
      Keep(scan, pii::VerifyEmail(scan.text, end - 2));
      break;
    default: {
      const size_t k = id - pii::kFirstWordPattern;
      if (id >= pii::kFirstWordPattern && k < scan.word_widths->size()) {
        const size_t width = (*scan.word_widths)[k];
        scan.found.push_back({ScreenHitKind::kSensitiveWord, end - width, end});
      }
      break;
    }
  }
  return 0;  // continue scanning
}

// Sorted by position; of overlapping hits only the longest stays (an e-mail
// address over the mobile number in its local part, 工作秘密 over 秘密).
std::vector<pii::Candidate> WithoutOverlaps(std::vector<pii::Candidate> found) {
  std::sort(found.begin(), found.end(), [](const pii::Candidate& a, const pii::Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.kind < b.kind;
  });
  std::vector<pii::Candidate> kept;
  for (const pii::Candidate& c : found) {
    if (!kept.empty() && c.begin < kept.back().end) {
      if (c.end - c.begin > kept.back().end - kept.back().begin) kept.back() = c;
      continue;
    }
    kept.push_back(c);
  }
  return kept;
}

// End of the piece starting at `start`.
size_t PieceEnd(std::string_view text, size_t start) {
  if (text.size() - start <= kPiece) return text.size();
  const size_t limit = std::min(text.size(), start + kMaxPiece);
  const void* newline = std::memchr(text.data() + start + kPiece, '\n', limit - start - kPiece);
  if (newline != nullptr)
    return static_cast<size_t>(static_cast<const char*>(newline) - text.data()) + 1;
  size_t stop = limit;
  if (stop == text.size()) return stop;
  // Back off to a character boundary (at most 3 continuation bytes).
  for (int i = 0;
       i < 3 && stop > start + 1 && (static_cast<unsigned char>(text[stop]) & 0xC0) == 0x80; ++i) {
    --stop;
  }
  return stop;
}

std::vector<ScreenHit> FailedScan(std::string_view text) {
  ScreenHit hit;
  hit.kind = ScreenHitKind::kSensitiveWord;
  hit.begin = 0;
  hit.end = text.size();
  hit.masked = "（个人信息筛查未能完成，请重试或联系管理员）";
  hit.context = hit.masked;
  return {hit};
}

}  // namespace

struct PiiScreen::Impl {
  std::unique_ptr<hs_database_t, DatabaseDeleter> db;
  std::vector<uint32_t> word_widths;
  PiiMasks masks;

  domain::MaskStyle StyleOf(ScreenHitKind kind) const {
    switch (kind) {
      case ScreenHitKind::kResidentId:
        return masks.resident_id;
      case ScreenHitKind::kMobile:
        return masks.mobile;
      case ScreenHitKind::kBankCard:
        return masks.bank_card;
      case ScreenHitKind::kEmail:
        return masks.email;
      case ScreenHitKind::kSensitiveWord:
        break;
    }
    return {};
  }
};

PiiScreen::PiiScreen(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PiiScreen::~PiiScreen() = default;

size_t PiiScreen::word_count() const { return impl_->word_widths.size(); }

Result<std::unique_ptr<PiiScreen>> PiiScreen::Create(std::vector<std::string> sensitive_words,
                                                     PiiMasks masks) {
  if (hs_valid_platform() != HS_SUCCESS) {
    return Status::Unsupported(
        "本机处理器不支持个人信息筛查所用的 vectorscan（x86-64 需要 SSE4.2）");
  }
  pii::PatternSet set = pii::BuildPatterns(sensitive_words);
  std::vector<const char*> expressions;
  expressions.reserve(set.expressions.size());
  for (const std::string& e : set.expressions) expressions.push_back(e.c_str());

  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  hs_error_t rc = HS_UNKNOWN_ERROR;
  try {  // a C API, but its C++ core must not leak an exception past us
    rc = hs_compile_multi(expressions.data(), set.flags.data(), set.ids.data(),
                          static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &db,
                          &error);
  } catch (...) {
    rc = HS_UNKNOWN_ERROR;
  }
  if (rc != HS_SUCCESS) {
    const std::string message = error != nullptr && error->message != nullptr ? error->message : "";
    const int index = error != nullptr ? error->expression : -1;
    hs_free_compile_error(error);
    const size_t first_word = set.expressions.size() - set.words.size();
    if (index >= 0 && static_cast<size_t>(index) >= first_word) {
      return Status::InvalidInput("敏感词“" + set.words[static_cast<size_t>(index) - first_word] +
                                  "”无法编入筛查规则：" + message);
    }
    return Status::Internal("个人信息筛查规则无法编译：" + message);
  }
  auto impl = std::make_unique<Impl>();
  impl->db.reset(db);
  impl->word_widths = std::move(set.word_widths);
  impl->masks = masks;
  if (ThreadScratch(impl->db.get()) == nullptr) {
    return Status::Internal("无法为个人信息筛查分配内存");
  }
  return std::unique_ptr<PiiScreen>(new PiiScreen(std::move(impl)));
}

std::vector<ScreenHit> PiiScreen::Scan(std::string_view text) const {
  std::vector<ScreenHit> hits;
  hs_scratch_t* scratch = ThreadScratch(impl_->db.get());
  if (scratch == nullptr) return FailedScan(text);
  size_t line = 1;
  size_t line_pos = 0;        // newlines before line_pos are counted in `line`
  NormalizedRuns normalized;  // reused by every piece
  for (size_t start = 0; start < text.size();) {
    const size_t stop = PieceEnd(text, start);
    const std::string_view original = text.substr(start, stop - start);
    NormalizeNfkcRuns(original, normalized);
    PieceScan scan;
    scan.text = normalized.Text(original);
    scan.word_widths = &impl_->word_widths;
    const hs_error_t rc =
        hs_scan(impl_->db.get(), scan.text.data(), static_cast<unsigned>(scan.text.size()), 0,
                scratch, OnMatch, &scan);
    if (rc != HS_SUCCESS) return FailedScan(text);
    for (const pii::DigitRun& run : pii::LongDigitRuns(scan.text)) {
      Keep(scan, pii::VerifyDigitRun(scan.text, run));
    }
    for (const pii::Candidate& c : WithoutOverlaps(std::move(scan.found))) {
      ScreenHit hit;
      hit.kind = c.kind;
      hit.begin = start + normalized.OriginOf(c.begin);
      hit.end = start + normalized.OriginalEndOf(c.end);
      line += pii::CountNewlines(text.substr(line_pos, hit.begin - line_pos));
      line_pos = hit.begin;
      hit.line = static_cast<int>(std::min<size_t>(line, std::numeric_limits<int>::max()));
      hit.masked = pii::MaskHit(c.kind, text.substr(hit.begin, hit.end - hit.begin),
                                scan.text.substr(c.begin, c.end - c.begin), impl_->StyleOf(c.kind));
      hits.push_back(std::move(hit));
    }

    start = stop;
  }
  // Contexts once every hit is known: each masks the neighbours it shows.
  for (size_t i = 0; i < hits.size(); ++i) hits[i].context = pii::HitContextMasked(text, hits, i);
  return hits;
}

}  // namespace gongkai::search
