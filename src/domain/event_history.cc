#include "domain/event_history.h"

#include <map>
#include <string>

namespace gongkai::domain {

Result<std::vector<HistoryEntry>> EffectiveHistory(const std::vector<ApplicationEvent>& log) {
  std::vector<HistoryEntry> entries;
  std::map<int64_t, size_t> entry_of;  // original seq → index in entries
  for (const ApplicationEvent& e : log) {
    if (!e.corrects_seq) {
      if (e.kind == kVoidEventKind) {
        return Status::Damaged("第" + std::to_string(e.seq) + "条办理记录是作废记录，却没有指明作废哪一条");
      }
      entry_of[e.seq] = entries.size();
      entries.push_back({&e, &e, {}});
      continue;
    }
    const auto it = entry_of.find(*e.corrects_seq);
    if (*e.corrects_seq >= e.seq || it == entry_of.end()) {
      return Status::Damaged("第" + std::to_string(e.seq) + "条办理记录更正的第" +
                             std::to_string(*e.corrects_seq) + "条不是在它之前记录的原始记录");
    }
    HistoryEntry& entry = entries[it->second];
    entry.current = &e;
    entry.corrections.push_back(&e);
  }
  return entries;
}

Result<int64_t> CorrectedSeq(const std::vector<ApplicationEvent>& log, int64_t seq) {
  for (const ApplicationEvent& e : log) {
    if (e.seq == seq) return e.corrects_seq.value_or(seq);
  }
  return Status::NotFound("没有第" + std::to_string(seq) + "条办理记录（共" + std::to_string(log.size()) +
                          "条）");
}

}  // namespace gongkai::domain
