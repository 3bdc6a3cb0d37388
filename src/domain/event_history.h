// An application's history as it stands after corrections. The log is
// append-only: a mistaken event is never changed, a later event with
// corrects_seq = its seq supersedes it — replaced by the correction's kind,
// date and data, or struck out when the correction's kind is
// kVoidEventKind. The clock replays the events in force, in the order the
// originals were recorded.
#pragma once

#include <cstdint>
#include <vector>

#include "core/status.h"
#include "domain/application.h"

namespace gongkai::domain {

struct HistoryEntry {
  const ApplicationEvent* original = nullptr;  // as first recorded
  const ApplicationEvent* current = nullptr;   // in force: the original or its newest correction
  std::vector<const ApplicationEvent*> corrections;  // oldest first

  bool voided() const { return current->kind == kVoidEventKind; }
  bool corrected() const { return !corrections.empty(); }
};

// One entry per original event (an event without corrects_seq), in seq
// order. Fails (kDamaged) when a correction names no earlier original event:
// corrections always point at the original they supersede, never at another
// correction (CorrectedSeq resolves that when one is recorded). The entries
// point into `log`, which must outlive them.
Result<std::vector<HistoryEntry>> EffectiveHistory(const std::vector<ApplicationEvent>& log);

// The original event a correction of `seq` must name: `seq` itself for an
// original, the event it corrects for a correction. kNotFound when the log
// has no event `seq`.
Result<int64_t> CorrectedSeq(const std::vector<ApplicationEvent>& log, int64_t seq);

}  // namespace gongkai::domain
